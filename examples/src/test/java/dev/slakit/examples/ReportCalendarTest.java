package dev.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.sla.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCalendarTest {

    private final List<String> lines = Output.lines(out -> ReportCalendar.print(ReportCalendar.DEMO_YEAR, out));

    @Test
    void twelveMonthlyReportsAreDueByTheTenthOfTheNextMonth() {
        String[][] expected = {
            {"2026-01", "2026-02-10 Tue", "working day"},
            {"2026-02", "2026-03-10 Tue", "working day"},
            {"2026-03", "2026-04-10 Fri", "working day"},
            {"2026-04", "2026-05-10 Sun", "weekend"},
            {"2026-05", "2026-06-10 Wed", "working day"},
            {"2026-06", "2026-07-10 Fri", "working day"},
            {"2026-07", "2026-08-10 Mon", "working day"},
            {"2026-08", "2026-09-10 Thu", "working day"},
            {"2026-09", "2026-10-10 Sat", "make-up working day (调休)"},
            {"2026-10", "2026-11-10 Tue", "working day"},
            {"2026-11", "2026-12-10 Thu", "working day"},
            {"2026-12", "2027-01-10 Sun", "weekend" + estimateMark(LocalDate.of(2027, 1, 10))},
        };
        for (String[] row : expected) {
            assertThat(Output.cells(Output.lineStartingWith(lines, row[0] + " "))).containsExactly(row);
        }
        assertThat(lines.get(1)).isEqualTo("月度服务报告 2026: due no later than the 10th of the next month, Asia/Shanghai");
    }

    @Test
    void annualReportsComeInTheLastMonthOfEachPurchaseYear() {
        assertThat(lines).contains("  year 1: 2027-02-15 .. 2027-03-14", "  year 2: 2028-02-15 .. 2028-03-14",
                "  a 6-month monthly subscription gets 0 annual reports");
    }

    @Test
    void partnerPlansStartTenWorkingDaysAfterTheApplication() {
        // 6 Feb 2026 + 10 working days: 9-13 Feb, Sat 14 Feb (make-up), 24-27 Feb (15-23 Feb Spring Festival)
        assertThat(Output.cells(Output.lineStartingWith(lines, "2026-02-06 Fri"))).containsExactly("2026-02-06 Fri",
                "2026-02-27 Fri");
        // 18 Sep 2026: Sun 20 Sep (make-up), 21-24 Sep, 28-30 Sep, 8-9 Oct (National Day 1-7 Oct)
        assertThat(Output.cells(Output.lineStartingWith(lines, "2026-09-18 Fri"))).containsExactly("2026-09-18 Fri",
                "2026-10-09 Fri");
        if (!WorkingCalendar.chinaMainland().covers(LocalDate.of(2027, 1, 11))) {
            assertThat(Output.cells(Output.lineStartingWith(lines, "2026-12-28 Mon"))).containsExactly("2026-12-28 Mon",
                    "2027-01-11 Mon", "estimate: no holiday data for 2027");
        }
    }

    /** A date the shipped calendar does not cover is marked; 2030 stays uncovered when newer data ships. */
    private static String estimateMark(LocalDate date) {
        return WorkingCalendar.chinaMainland().covers(date) ? "" : " * (estimate)";
    }

    @Test
    void aYearWithoutHolidayDataMarksEveryDayAsAnEstimate() {
        List<String> uncovered = Output.lines(out -> ReportCalendar.print(2030, out));
        // 2030-02-10 is in the week after Spring Festival 2030 and may be a make-up working day: a guess, and says so
        assertThat(Output.cells(Output.lineStartingWith(uncovered, "2030-01 "))).containsExactly("2030-01",
                "2030-02-10 Sun", "weekend * (estimate)");
        assertThat(Output.cells(Output.lineStartingWith(uncovered, "2030-04 "))).containsExactly("2030-04",
                "2030-05-10 Fri", "working day * (estimate)");
        assertThat(uncovered.stream().filter(l -> l.contains("* (estimate)"))).hasSize(12);
        assertThat(uncovered).anyMatch(l -> l.startsWith("  * estimate: no holiday data for that year"));
        assertThat(Output.cells(Output.lineStartingWith(uncovered, "2030-02-06 Wed"))).containsExactly(
                "2030-02-06 Wed", "2030-02-20 Wed", "estimate: no holiday data for 2030");
        if (!WorkingCalendar.chinaMainland().covers(LocalDate.of(2027, 2, 10))) {
            List<String> y2027 = Output.lines(out -> ReportCalendar.print(2027, out));
            assertThat(Output.cells(Output.lineStartingWith(y2027, "2027-01 "))).containsExactly("2027-01",
                    "2027-02-10 Wed", "working day * (estimate)");
        }
    }

    @Test
    void aCoveredYearHasNoEstimateMark() {
        assertThat(lines.stream().filter(l -> l.startsWith("2026-0") || l.startsWith("2026-10")
                || l.startsWith("2026-11"))).noneMatch(l -> l.contains("estimate"));
    }
}
