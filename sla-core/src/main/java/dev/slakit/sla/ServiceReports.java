package dev.slakit.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Service-report rules: which reports a tier receives, when the PREMIUM monthly report is due and when the annual
 * report is delivered (《支持计划-服务报告》 section 4, and the partner acceptance criteria).
 *
 * <p>The annual report follows section 4 of 《支持计划-服务报告》 (annual subscriptions, or monthly subscriptions of 12
 * months or more); the 4.1 catalogue and section 4.10 say only "包年有效" (annual subscriptions), a narrower rule.
 *
 * <p>Report dates are calendar-month rules, not working-day rules: they do not depend on holiday data and are
 * always exact (a due date may fall on a holiday; ask {@link WorkingCalendar#dayKind(LocalDate)} if that matters).
 *
 * <p>All dates are in Asia/Shanghai. Thread-safe (stateless).
 */
public final class ServiceReports {

    /** The zone of report dates. */
    public static final ZoneId CHINA_ZONE = ZoneId.of("Asia/Shanghai");
    /**
     * The last day of the following month on which the monthly report is on time (每月10日前, read as "by the 10th":
     * a report delivered at any time on the 10th is on time).
     */
    public static final int MONTHLY_REPORT_DAY = 10;
    /** The longest subscription {@link #annualReportWindows} accepts, in months (100 years). */
    static final int MAX_MONTHS = 1_200;

    private ServiceReports() {
    }

    /**
     * The reports a tier receives: PREMIUM the monthly and annual service reports; partner ELITE the Product Usage
     * and Service Summary reports; partner FLAGSHIP those and the Critical Support Summary; nothing otherwise.
     *
     * @param tier the tier, not null
     * @return the report kinds, unmodifiable, possibly empty
     */
    public static Set<ServiceReportKind> reportKinds(SupportTier tier) {
        return Entitlements.of(tier).reportKinds();
    }

    /**
     * The due instant of the PREMIUM monthly report for a month: "每月10日前交付上月的《月度服务报告》" read as "no later
     * than the 10th of the following month", so the due instant is the 11th of month + 1 at 00:00 Asia/Shanghai,
     * exclusive: a report delivered at any time on the 10th is on time, at 11th 00:00 it is late. (A stricter literal
     * reading of "10日前", before the 10th begins, would be one day earlier: subtract a day if your contract says so.)
     *
     * @param month the month the report covers, not null, in years 1 to 9999
     * @return the exclusive due instant, not null
     */
    public static Instant monthlyReportDue(YearMonth month) {
        return monthlyReportLastDay(month).plusDays(1).atStartOfDay(CHINA_ZONE).toInstant();
    }

    /**
     * The last day on which the PREMIUM monthly report for a month is on time: the 10th of the following month
     * (Asia/Shanghai), inclusive; {@link #monthlyReportDue(YearMonth)} is the start of the day after it.
     *
     * @param month the month the report covers, not null, in years 1 to 9999
     * @return the 10th of {@code month + 1}, not null
     */
    public static LocalDate monthlyReportLastDay(YearMonth month) {
        Limits.month(month, "month");
        return month.plusMonths(1).atDay(MONTHLY_REPORT_DAY);
    }

    /**
     * The delivery windows of the PREMIUM annual report: one per complete purchase year, the last month of that year
     * (按照客户购买年周期的最后一个月交付), i.e. {@code [start + 12k - 1 months, start + 12k months)} at 00:00
     * Asia/Shanghai for k = 1, 2, …. Annual subscriptions and monthly subscriptions of 12 months or more get windows;
     * shorter monthly subscriptions get none.
     *
     * @param term annual or monthly, not null
     * @param start the first day of the subscription, not null, in years 1 to 9999
     * @param months the subscription length in months, 1 to 1200 (a multiple of 12 for {@link SubscriptionTerm#ANNUAL})
     * @return the windows, in order, unmodifiable, possibly empty
     * @throws IllegalArgumentException if {@code months} or {@code start} is out of range, or {@code months} is not a
     *     multiple of 12 for an annual term
     */
    public static List<ServicePeriod> annualReportWindows(SubscriptionTerm term, LocalDate start, int months) {
        Objects.requireNonNull(term, "term");
        Limits.date(start, "start");
        Limits.count(months, MAX_MONTHS, "months", "months (100 years)");
        if (term == SubscriptionTerm.ANNUAL && months % 12 != 0) {
            throw new IllegalArgumentException("an ANNUAL subscription lasts a multiple of 12 months, was " + months);
        }
        List<ServicePeriod> windows = new ArrayList<ServicePeriod>();
        for (int year = 1; year * 12 <= months; year++) {
            windows.add(ServicePeriod.of(start.plusMonths(12L * year - 1).atStartOfDay(CHINA_ZONE).toInstant(),
                    start.plusMonths(12L * year).atStartOfDay(CHINA_ZONE).toInstant()));
        }
        return Collections.unmodifiableList(windows);
    }
}
