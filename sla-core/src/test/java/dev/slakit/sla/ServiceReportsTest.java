package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ServiceReportsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static Instant sh(String ldt) {
        return LocalDateTime.parse(ldt).atZone(SHANGHAI).toInstant();
    }

    @ParameterizedTest(name = "report for {0} due before {1}")
    @CsvSource({"2026-01, 2026-02-11T00:00", "2026-12, 2027-01-11T00:00", "2025-02, 2025-03-11T00:00"})
    void monthlyReportIsDueByTheEndOfThe10thOfTheNextMonth(YearMonth month, String due) {
        Instant d = ServiceReports.monthlyReportDue(month);
        assertThat(d).isEqualTo(sh(due));
        assertThat(d.minusNanos(1)).isEqualTo(sh(due).minusNanos(1)); // the whole 10th is on time, 11th 00:00 is late
    }

    @Test
    void annualReportWindows() {
        LocalDate start = LocalDate.of(2026, 3, 15);
        List<ServicePeriod> annual = ServiceReports.annualReportWindows(SubscriptionTerm.ANNUAL, start, 12);
        assertThat(annual).containsExactly(ServicePeriod.of(sh("2027-02-15T00:00"), sh("2027-03-15T00:00")));
        assertThat(ServiceReports.annualReportWindows(SubscriptionTerm.ANNUAL, start, 24)).hasSize(2)
                .last().isEqualTo(ServicePeriod.of(sh("2028-02-15T00:00"), sh("2028-03-15T00:00")));
        assertThat(ServiceReports.annualReportWindows(SubscriptionTerm.MONTHLY, start, 12)).isEqualTo(annual);
        assertThat(ServiceReports.annualReportWindows(SubscriptionTerm.MONTHLY, start, 18)).isEqualTo(annual);
        assertThat(ServiceReports.annualReportWindows(SubscriptionTerm.MONTHLY, start, 11)).isEmpty();
        assertThat(ServiceReports.annualReportWindows(SubscriptionTerm.MONTHLY, start, 1)).isEmpty();
        assertThatThrownBy(() -> ServiceReports.annualReportWindows(SubscriptionTerm.ANNUAL, start, 13))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 12");
        assertThatThrownBy(() -> ServiceReports.annualReportWindows(SubscriptionTerm.MONTHLY, start, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months");
        // 31 January start: the last month of the year runs from 31 Dec (plusMonths clamps to month ends)
        assertThat(ServiceReports.annualReportWindows(SubscriptionTerm.ANNUAL, LocalDate.of(2026, 1, 31), 12))
                .containsExactly(ServicePeriod.of(sh("2026-12-31T00:00"), sh("2027-01-31T00:00")));
    }

    @ParameterizedTest
    @EnumSource(SupportTier.class)
    void reportKindsPerTier(SupportTier tier) {
        switch (tier) {
            case PREMIUM -> assertThat(ServiceReports.reportKinds(tier)).containsExactly(
                    ServiceReportKind.MONTHLY_SERVICE_REPORT, ServiceReportKind.ANNUAL_SERVICE_REPORT);
            case PARTNER_ELITE -> assertThat(ServiceReports.reportKinds(tier)).containsExactly(
                    ServiceReportKind.PRODUCT_USAGE_REPORT, ServiceReportKind.SERVICE_SUMMARY_REPORT);
            case PARTNER_FLAGSHIP -> assertThat(ServiceReports.reportKinds(tier)).containsExactly(
                    ServiceReportKind.PRODUCT_USAGE_REPORT, ServiceReportKind.SERVICE_SUMMARY_REPORT,
                    ServiceReportKind.CRITICAL_SUPPORT_SUMMARY);
            default -> assertThat(ServiceReports.reportKinds(tier)).isEmpty();
        }
        assertThat(ServiceReportKind.MONTHLY_SERVICE_REPORT.chineseName()).isEqualTo("月度服务报告");
        assertThat(ServiceReportKind.CRITICAL_SUPPORT_SUMMARY.englishName()).isEqualTo("Critical Support Summary");
    }

    @ParameterizedTest(name = "applied {0} -> start {1}")
    @CsvSource({
        "2026-03-02, 2026-03-16, false, ordinary two weeks",
        "2026-02-09, 2026-02-28, false, Spring Festival 2026: 14 and 28 Feb work, 15-23 off",
        "2025-09-22, 2025-10-11, false, National Day 2025: 28 Sep and 11 Oct work",
        "2026-12-21, 2027-01-04, true, runs into 2027: estimate",
    })
    void partnerApplicationTenWorkingDaysAhead(LocalDate applied, LocalDate start, boolean estimate, String why) {
        Deadline d = PartnerApplication.earliestServiceStart(applied);
        assertThat(d.date()).as(why).isEqualTo(start);
        assertThat(d.isEstimate()).isEqualTo(estimate);
        assertThat(d.zone()).isEqualTo(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(d.instant()).isEqualTo(start.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void partnerApplicationOnAnotherCalendar() {
        WorkingCalendar fourDayWeek = WorkingCalendar.builder().zone(SHANGHAI)
                .hours(java.time.DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .hours(java.time.DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build();
        assertThat(PartnerApplication.earliestServiceStart(LocalDate.of(2026, 3, 2), fourDayWeek).date())
                .isEqualTo(LocalDate.of(2026, 4, 6)); // 10 Mondays/Tuesdays after Monday 2 March: 3 Mar .. 6 Apr
        assertThatThrownBy(() -> PartnerApplication.earliestServiceStart(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("applied");
    }
}
