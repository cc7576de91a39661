package dev.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressTicketQuotaTest {

    private final List<String> lines = Output.lines(out -> ExpressTicketQuota.print(ExpressTicketQuota.DEMO_MONTH, out));

    @Test
    void tenIncludedTicketsAreUsedAndTheEleventhIsRefused() {
        for (int i = 1; i <= 10; i++) {
            List<String> cells = Output.cells(Output.lineStartingWith(lines, i + " "));
            assertThat(cells.subList(2, 5)).as("ticket " + i)
                    .containsExactly("allowed", "INCLUDED_MONTHLY_QUOTA", String.valueOf(10 - i));
            assertThat(cells.get(1)).startsWith("2026-03-");
        }
        assertThat(Output.cells(Output.lineStartingWith(lines, "11 "))).containsExactly("11", "2026-03-21 12:55",
                "REFUSED", "MONTHLY_QUOTA_EXHAUSTED", "0");
        assertThat(Output.lineStartingWith(lines, "Ticket 11 refused: ")).isEqualTo("Ticket 11 refused: denied: "
                + "the 10 express tickets of this month are used and there is no express-ticket package; "
                + "the quota renews 2026-04-01 00:00 Asia/Shanghai");
    }

    @Test
    void theQuotaResetsNextMonth() {
        assertThat(Output.cells(Output.lineStartingWith(lines, "12 "))).containsExactly("12", "2026-04-01 08:30",
                "allowed", "INCLUDED_MONTHLY_QUOTA", "9");
    }

    @Test
    void ramSubAccountsNeedPermissionAndMarketplaceTicketsAreNeverExpress() {
        assertThat(Output.cells(Output.lineStartingWith(lines, "RAM sub-account, main account granted permission")))
                .last().asString().startsWith("allowed: ");
        assertThat(Output.cells(Output.lineStartingWith(lines, "RAM sub-account, no permission"))).last().asString()
                .startsWith("denied: a RAM sub-account may use the main account's express tickets only when");
        assertThat(Output.cells(Output.lineStartingWith(lines, "Cloud Marketplace ticket (云市场工单)"))).last()
                .asString().startsWith("denied: Cloud Marketplace tickets");
        assertThat(Output.lineStartingWith(lines, "With a purchased express-ticket package"))
                .endsWith("allowed: an express-ticket package covers the ticket");
        assertThat(Output.cells(Output.lineStartingWith(lines, "ENTERPRISE (企业级) account"))).last().asString()
                .startsWith("denied: no express-ticket package");
    }

    @Test
    void anyMonthWorks() {
        List<String> december = Output.lines(out -> ExpressTicketQuota.print(YearMonth.of(2026, 12), out));
        assertThat(Output.cells(Output.lineStartingWith(december, "12 "))).contains("2027-01-01 08:30", "9");
        assertThat(Output.lineStartingWith(december, "Ticket 11 refused: ")).endsWith("renews 2027-01-01 00:00 Asia/Shanghai");
    }
}
