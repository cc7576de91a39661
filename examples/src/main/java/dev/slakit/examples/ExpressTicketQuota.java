package dev.slakit.examples;

import dev.slakit.sla.ExpressTicketEligibility;
import dev.slakit.sla.ExpressTicketEligibility.Reason;
import dev.slakit.sla.QuotaExhaustedException;
import dev.slakit.sla.SupportTier;
import dev.slakit.sla.TicketQuota;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Scenario 4a: a month of express tickets (极速工单) for a BUSINESS account (商业级), which includes 10 per
 * calendar month in Asia/Shanghai: ten are used through the month, the 11th is refused with the reason, and
 * the first ticket of the next month is allowed again. Then who else may (not) submit one: a RAM sub-account
 * with and without the main account's permission, and a Cloud Marketplace ticket.
 *
 * <p>Run: {@code java dev.slakit.examples.ExpressTicketQuota [yyyy-MM]}, default {@link #DEMO_MONTH}.
 */
public final class ExpressTicketQuota {

    /** The month of the demo: March 2026. */
    public static final YearMonth DEMO_MONTH = YearMonth.of(2026, 3);

    private ExpressTicketQuota() {
    }

    /**
     * Prints the month.
     *
     * @param month the month, not null
     * @param out where to print, not null
     */
    public static void print(YearMonth month, PrintStream out) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(out, "out");
        out.println("Express tickets (极速工单) of a BUSINESS (商业级) account in " + month
                + ": 10 included per calendar month, Asia/Shanghai");
        TextTable table = TextTable.withHeaders("#", "Submitted (CST)", "Decision", "Reason", "Left this month");
        TicketQuota quota = TicketQuota.businessExpress(month);
        String refusal = null;
        // 11 tickets through the month (every 2nd day), then one on the 1st of the next month
        for (int i = 1; i <= 12; i++) {
            Instant at = i <= 11
                    ? month.atDay(2 * i - 1).atTime(LocalTime.of(9 + i % 8, 5 * i % 60)).atZone(Formats.CHINA).toInstant()
                    : month.plusMonths(1).atDay(1).atTime(8, 30).atZone(Formats.CHINA).toInstant();
            Reason reason = ExpressTicketEligibility.forTier(SupportTier.BUSINESS)
                    .withRemainingMonthlyQuota(quota.remainingAt(at).getAsInt()).check();
            if (reason.isAllowed()) {
                quota = quota.consume(at);
            } else {
                refusal = "Ticket " + i + " refused: " + reason.text() + "; " + consumeAnyway(quota, at);
            }
            table.row(i, Formats.china(at), reason.isAllowed() ? "allowed" : "REFUSED", reason.name(),
                    quota.remainingAt(at).getAsInt());
        }
        table.print(out);
        if (refusal != null) {
            out.println(refusal);
        }
        out.println("With a purchased express-ticket package (极速工单包) it would be "
                + ExpressTicketEligibility.forTier(SupportTier.BUSINESS).withRemainingMonthlyQuota(0).withPackage(true)
                        .check().text());
        out.println("Who else may submit one:");
        TextTable others = TextTable.withHeaders("Submitter", "Decision");
        others.row("RAM sub-account, main account granted permission", ExpressTicketEligibility
                .forTier(SupportTier.BUSINESS).withRamSubAccount(true, true).check().text());
        others.row("RAM sub-account, no permission", ExpressTicketEligibility.forTier(SupportTier.BUSINESS)
                .withRamSubAccount(true, false).check().text());
        others.row("Cloud Marketplace ticket (云市场工单)", ExpressTicketEligibility.forTier(SupportTier.BUSINESS)
                .withCloudMarketplace(true).check().text());
        others.row("ENTERPRISE (企业级) account, no package", ExpressTicketEligibility.forTier(SupportTier.ENTERPRISE)
                .check().text());
        others.print(out);
    }

    /** What {@link TicketQuota#consume} says when asked for a ticket the quota does not have. */
    private static String consumeAnyway(TicketQuota quota, Instant at) {
        try {
            quota.consume(at);
            return "yet the quota accepted it";
        } catch (QuotaExhaustedException e) {
            return "the quota renews " + Formats.china(quota.period().end()) + " Asia/Shanghai";
        }
    }

    /**
     * Prints a month.
     *
     * @param args optionally the month, {@code yyyy-MM}; default {@link #DEMO_MONTH}
     */
    public static void main(String[] args) {
        print(args.length > 0 ? YearMonth.parse(args[0]) : DEMO_MONTH, System.out);
    }
}
