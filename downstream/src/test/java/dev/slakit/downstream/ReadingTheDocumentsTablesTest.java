package dev.slakit.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.sla.Channel;
import dev.slakit.sla.ResponseSla;
import dev.slakit.sla.Severity;
import dev.slakit.sla.SlaCatalog;
import dev.slakit.sla.SlaEdition;
import dev.slakit.sla.SupportTier;
import dev.slakit.sla.TicketType;
import dev.slakit.sla.UnsupportedSlaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The response-target tables of docs/reading-the-documents.md against the catalogs, cell by cell: a number in the
 * page is the catalog's target (clock or working time), a dash is an {@link UnsupportedSlaException}.
 */
class ReadingTheDocumentsTablesTest {

    private static final Pattern AMOUNT = Pattern.compile("^(\\d+) (min|h|working day)");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Edition CN_20210122 — tickets (`Channel.TICKET`)                        | CN_20210122      | TICKET   | 32",
            "Edition CN_20210122 — dedicated DingTalk group (`Channel.IM_GROUP`)     | CN_20210122      | IM_GROUP | 20",
            "Edition CN_FAQ_20210122 — tickets                                       | CN_FAQ_20210122  | TICKET   | 20",
            "Edition PARTNER_20210908 — tickets                                      | PARTNER_20210908 | TICKET   | 25"})
    void everyCellOfTheTableIsTheCatalogs(String heading, SlaEdition edition, Channel channel, int cells) throws IOException {
        assertThat(check(heading, SlaCatalog.of(edition), channel)).as("cells checked").isEqualTo(cells);
    }

    /** Checks every cell of the table under {@code heading}; returns the number of cells checked. */
    private static int check(String heading, SlaCatalog catalog, Channel channel) throws IOException {
        List<String> page = Files.readAllLines(Markdown.root().resolve("docs/reading-the-documents.md"), StandardCharsets.UTF_8);
        List<List<String>> table = Markdown.firstTable(Markdown.section(page, heading));
        List<String> columns = table.get(0);
        int checked = 0;
        for (List<String> row : table.subList(2, table.size())) {
            for (SupportTier tier : tiers(row.get(0))) {
                for (int c = 1; c < columns.size(); c++) {
                    String column = columns.get(c);
                    String cell = row.get(c);
                    String where = heading + ": " + tier + " " + column + " '" + cell + "'";
                    Supplier<ResponseSla> lookup = lookup(catalog, tier, channel, column);
                    Matcher m = AMOUNT.matcher(cell);
                    if (m.find()) {
                        ResponseSla sla = lookup.get();
                        long n = Long.parseLong(m.group(1));
                        switch (m.group(2)) {
                            case "min" -> assertThat(sla.target().amount()).as(where).isEqualTo(Duration.ofMinutes(n));
                            case "h" -> assertThat(sla.target().amount()).as(where).isEqualTo(Duration.ofHours(n));
                            default -> {
                                assertThat(sla.target().isClockTime()).as(where + " is working time").isFalse();
                                assertThat(sla.target().amount()).as(where).isEqualTo(Duration.ofHours(24 * n));
                            }
                        }
                        if (m.group(2).equals("min") || m.group(2).equals("h")) {
                            assertThat(sla.target().isClockTime()).as(where + " is clock time").isTrue();
                        }
                    } else {
                        assertThat(cell).as(where).startsWith("–");
                        assertThatThrownBy(lookup::get).as(where).isInstanceOf(UnsupportedSlaException.class);
                    }
                    checked++;
                }
            }
        }
        return checked;
    }

    private static Supplier<ResponseSla> lookup(SlaCatalog catalog, SupportTier tier, Channel channel, String column) {
        for (TicketType t : TicketType.values()) {
            if (t.name().equals(column)) {
                return () -> catalog.responseSla(tier, channel, t);
            }
        }
        Severity s = Severity.valueOf(column);
        return () -> catalog.responseSla(tier, channel, s);
    }

    /** "BASIC (基础计划)", "ENTERPRISE, PREMIUM", "every package (SELECTED, PREMIUM, …)" to tiers. */
    private static List<SupportTier> tiers(String cell) {
        List<SupportTier> out = new ArrayList<>();
        Matcher every = Pattern.compile("every package \\((.*)\\)").matcher(cell);
        if (every.find()) {
            for (String p : every.group(1).split(",\\s*")) {
                out.add(SupportTier.valueOf("PARTNER_" + p.trim()));
            }
            return out;
        }
        for (String p : cell.replaceAll("\\(.*?\\)", "").split(",\\s*")) {
            out.add(SupportTier.valueOf(p.trim().toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}
