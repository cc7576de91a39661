package dev.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.sla.Channel;
import dev.slakit.sla.Severity;
import dev.slakit.sla.SlaEdition;
import dev.slakit.sla.SlaStatus;
import dev.slakit.sla.SupportTier;
import dev.slakit.sla.TicketType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaDeadlinesTest {

    private final List<String> lines = Output.lines(out -> SlaDeadlines.print(SlaDeadlines.DEMO_NOW, out));

    @Test
    void theSpringFestivalTicketIsDueOnTheFirstWorkingDayAfterTheHoliday() {
        // BASIC, FAQ edition, 1 working day, submitted Sat 14 Feb 2026 18:00 (a make-up working day):
        // 6 h on 14 Feb, 15-23 Feb off, the remaining 18 h on Tue 24 Feb -> 24 Feb 18:00 CST = 10:00 UTC
        assertThat(Output.cells(Output.lineStartingWith(lines, "8 "))).containsExactly("8", "CN-FAQ",
                "基础服务 Basic", "High 业务受损", "1 working day", "02-14 18:00", "02-24 18:00", "02-24 10:00",
                "ON_TIME", "8 h 00 min");
        assertThat(Output.lineStartingWith(lines, "#8 ")).isEqualTo("#8 skips non-working 2026-02-15..2026-02-23; "
                + "counts make-up working day (调休) 2026-02-14 Sat");
    }

    @Test
    void theFridayEveningTicketUsesTheMakeUpSaturday() {
        assertThat(Output.cells(Output.lineStartingWith(lines, "7 "))).containsExactly("7", "CN-FAQ",
                "基础服务 Basic", "Low 使用咨询", "1 working day", "02-13 20:00", "02-14 20:00", "02-14 12:00", "MET");
    }

    @Test
    void showsOneBreachedOneAtRiskAndTheRestOnTimeOrMet() {
        assertThat(Output.cells(Output.lineStartingWith(lines, "1 "))).containsExactly("1", "CN", "企业级 Enterprise",
                "Critical 核心业务不可用", "12 min", "02-24 09:40", "02-24 09:52", "02-24 01:52", "BREACHED", "-8 min");
        assertThat(Output.cells(Output.lineStartingWith(lines, "3 "))).containsExactly("3", "CN", "商业级 Business",
                "Express 极速工单", "10 min", "02-24 09:52", "02-24 10:02", "02-24 02:02", "AT_RISK", "2 min");
        assertThat(Output.cells(Output.lineStartingWith(lines, "5 "))).contains("IM group: High 业务受损", "1 h",
                "02-24 10:20", "ON_TIME", "20 min");
        assertThat(Output.cells(Output.lineStartingWith(lines, "6 "))).contains("CN-FAQ", "8 h", "02-24 16:30");
        assertThat(Output.cells(Output.lineStartingWith(lines, "9 "))).contains("Partner", "Partner Elite", "High",
                "4 h", "02-24 11:30", "02-24 03:30", "ON_TIME", "1 h 30 min");
        assertThat(Output.cells(Output.lineStartingWith(lines, "10 "))).contains("Partner Flagship", "Critical",
                "15 min", "02-24 10:05");
        long breached = lines.stream().filter(l -> l.contains("BREACHED")).count();
        long atRisk = lines.stream().filter(l -> l.contains("AT_RISK")).count();
        assertThat(breached).isEqualTo(1);
        assertThat(atRisk).isEqualTo(1);
    }

    @Test
    void everyEditionAppearsAndTheColumnsLineUp() {
        assertThat(lines.get(0)).isEqualTo(
                "First-response deadlines at 2026-02-24 10:00 Asia/Shanghai (times MM-dd HH:mm, year 2026)");
        String header = lines.get(1);
        int status = Output.displayColumnOf(header, "Status");
        int due = Output.displayColumnOf(header, "Due (CST)");
        for (String row : lines.subList(2, 12)) {
            String state = Output.cells(row).get(8);
            assertThat(Output.displayColumnOf(row, state)).as(row).isEqualTo(status);
            assertThat(Output.displayColumnOf(row, Output.cells(row).get(6))).as(row).isEqualTo(due);
        }
        assertThat(lines.subList(2, 12)).anyMatch(l -> Output.cells(l).get(1).equals("CN"))
                .anyMatch(l -> Output.cells(l).get(1).equals("CN-FAQ"))
                .anyMatch(l -> Output.cells(l).get(1).equals("Partner"));
        assertThat(lines).hasSize(14);
    }

    @Test
    void nowIsInjectable() {
        List<String> later = Output.lines(out -> SlaDeadlines.print(Instant.parse("2026-02-24T10:30:00Z"), out));
        assertThat(Output.cells(Output.lineStartingWith(later, "8 "))).contains("BREACHED", "-30 min");
        List<String> before = Output.lines(out -> SlaDeadlines.print(Instant.parse("2026-02-14T00:00:00Z"), out));
        assertThat(Output.cells(Output.lineStartingWith(before, "8 "))).contains("NOT_YET");
        assertThat(Output.cells(Output.lineStartingWith(before, "7 "))).contains("ON_TIME");
    }

    @Test
    void aTicketRespondedAfterNowIsStillOpenAtNow() {
        SlaDeadlines.Ticket t = SlaDeadlines.demoQueue().get(3);
        assertThat(t.statusAt(Instant.parse("2026-02-24T01:10:00Z")).map(SlaStatus::state))
                .contains(SlaStatus.State.ON_TIME);
        assertThat(t.statusAt(SlaDeadlines.DEMO_NOW).map(SlaStatus::state)).contains(SlaStatus.State.MET);
    }

    @Test
    void aTicketNeedsExactlyOneOfSeverityAndTicketType() {
        Instant at = SlaDeadlines.DEMO_NOW;
        assertThatThrownBy(() -> new SlaDeadlines.Ticket(1, SlaEdition.CN_20210122, SupportTier.BASIC, Channel.TICKET,
                Severity.LOW, TicketType.GENERAL, at, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaDeadlines.Ticket(1, SlaEdition.CN_20210122, SupportTier.BASIC, Channel.TICKET,
                null, null, at, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mainPrintsTheQueueAtTheGivenInstant() {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            SlaDeadlines.main(new String[] {"2026-02-24T02:00:00Z"});
        } finally {
            System.setOut(original);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("02-24 18:00").contains("BREACHED");
    }

    @Test
    void aDeadlineInAYearWithoutHolidayDataIsMarkedAsAnEstimate() {
        Instant submitted = Instant.parse("2030-12-31T10:00:00Z"); // 18:00 CST; 2030 and 2031 have no holiday data
        SlaDeadlines.Ticket t = new SlaDeadlines.Ticket(1, SlaEdition.CN_FAQ_20210122, SupportTier.BASIC,
                Channel.TICKET, Severity.LOW, null, submitted, Optional.empty());
        List<String> out = Output.lines(o -> SlaDeadlines.print(List.of(t), submitted.plusSeconds(3600), o));
        assertThat(Output.cells(Output.lineStartingWith(out, "1 "))).containsExactly("1", "CN-FAQ", "基础服务 Basic",
                "Low 使用咨询", "1 working day", "12-31 18:00", "01-01 18:00 (est.)", "01-01 10:00 (est.)",
                "ON_TIME (est.)", "23 h 00 min (est.)");
        assertThat(Output.lineStartingWith(out, "#1 ")).startsWith("#1 estimate: no holiday data");
    }
}
