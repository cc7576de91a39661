package dev.slakit.examples;

import dev.slakit.sla.CalendarDay;
import dev.slakit.sla.Deadline;
import dev.slakit.sla.PartnerApplication;
import dev.slakit.sla.ServicePeriod;
import dev.slakit.sla.ServiceReportKind;
import dev.slakit.sla.ServiceReports;
import dev.slakit.sla.SubscriptionTerm;
import dev.slakit.sla.SupportTier;
import dev.slakit.sla.WorkingCalendar;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Scenario 4b: report and lead-time dates. A year of PREMIUM (顶级) monthly service reports, each due no later
 * than the 10th of the following month (the kind of that day is marked "* (estimate)" in years without calendar
 * data); the annual report windows of an annual subscription (the last month
 * of each purchase year); and the earliest start of a partner support plan, 10 working days after the
 * application on the China mainland calendar (flagged as an estimate in years without calendar data).
 *
 * <p>Run: {@code java dev.slakit.examples.ReportCalendar [year]}, default {@link #DEMO_YEAR}.
 */
public final class ReportCalendar {

    /** The year of the demo. */
    public static final int DEMO_YEAR = 2026;

    private ReportCalendar() {
    }

    /**
     * Prints the dates of a year.
     *
     * @param year the year whose 12 monthly reports are listed
     * @param out where to print, not null
     */
    public static void print(int year, PrintStream out) {
        Objects.requireNonNull(out, "out");
        WorkingCalendar calendar = WorkingCalendar.chinaMainland();
        out.println("PREMIUM (顶级) reports " + ServiceReports.reportKinds(SupportTier.PREMIUM).stream()
                .map(k -> k.chineseName() + " " + k.englishName()).toList());
        out.println(ServiceReportKind.MONTHLY_SERVICE_REPORT.chineseName() + " " + year
                + ": due no later than the 10th of the next month, Asia/Shanghai");
        TextTable monthly = TextTable.withHeaders("Month", "Due by", "Day");
        boolean estimates = false;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            LocalDate lastDay = ServiceReports.monthlyReportLastDay(month); // the 10th, inclusive
            CalendarDay day = calendar.dayKind(lastDay);
            estimates |= day.isEstimate();
            monthly.row(month, Formats.dateWithDay(lastDay), describe(day));
        }
        monthly.print(out);
        if (estimates) {
            out.println("  * estimate: no holiday data for that year (covered years " + calendar.coveredYears()
                    + "); the day may be a holiday or a make-up working day");
        }

        LocalDate start = LocalDate.of(year, 3, 15);
        out.println(ServiceReportKind.ANNUAL_SERVICE_REPORT.chineseName() + ", annual subscription from " + start
                + " for 24 months (delivered in the last month of each purchase year):");
        List<ServicePeriod> windows = ServiceReports.annualReportWindows(SubscriptionTerm.ANNUAL, start, 24);
        for (int i = 0; i < windows.size(); i++) {
            ServicePeriod w = windows.get(i);
            out.println("  year " + (i + 1) + ": " + w.start().atZone(ServiceReports.CHINA_ZONE).toLocalDate() + " .. "
                    + w.end().atZone(ServiceReports.CHINA_ZONE).toLocalDate().minusDays(1));
        }
        out.println("  a 6-month monthly subscription gets "
                + ServiceReports.annualReportWindows(SubscriptionTerm.MONTHLY, start, 6).size() + " annual reports");

        out.println("Partner plan: apply at least " + PartnerApplication.LEAD_WORKING_DAYS
                + " working days before the service starts");
        TextTable partner = TextTable.withHeaders("Applied", "Earliest start", "");
        for (LocalDate applied : new LocalDate[] {LocalDate.of(year, 2, 6), LocalDate.of(year, 9, 18),
                LocalDate.of(year, 12, 28)}) {
            Deadline earliest = PartnerApplication.earliestServiceStart(applied, calendar);
            partner.row(Formats.dateWithDay(applied), Formats.dateWithDay(earliest.date()),
                    earliest.isEstimate() ? "estimate: no holiday data for " + Year.from(earliest.date()) : "");
        }
        partner.print(out);
    }

    /** The kind of a day, with "*" and "(estimate)" when the calendar has no data for its year. */
    static String describe(CalendarDay day) {
        String kind;
        switch (day.kind()) {
            case MAKE_UP_WORKING_DAY:
                kind = "make-up working day (调休)";
                break;
            case HOLIDAY:
                kind = "public holiday";
                break;
            case WORKING_DAY:
                kind = "working day";
                break;
            default:
                kind = "weekend";
        }
        return day.isEstimate() ? kind + " * (estimate)" : kind;
    }

    /**
     * Prints a year.
     *
     * @param args optionally the year; default {@link #DEMO_YEAR}
     */
    public static void main(String[] args) {
        print(args.length > 0 ? Integer.parseInt(args[0]) : DEMO_YEAR, System.out);
    }
}
