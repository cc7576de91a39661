package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 11 item 5 (one plan table per edition) and item 8 (javadoc and code agree). */
class EditionTablesTest {

    @ParameterizedTest
    @EnumSource(SlaEdition.class)
    void ofIsTheFactoryAndTheShortcutsAgree(SlaEdition edition) {
        SlaCatalog c = SlaCatalog.of(edition);
        assertThat(c.edition()).isEqualTo(edition);
        assertThat(SlaCatalog.of(edition)).isSameAs(c);
        assertThat(c.calendar()).isEqualTo(WorkingCalendar.chinaMainland());
        SlaCatalog shortcut = switch (edition) {
            case CN_20210122 -> SlaCatalog.cn20210122();
            case CN_FAQ_20210122 -> SlaCatalog.cnFaq20210122();
            case PARTNER_20210908 -> SlaCatalog.partner20210908();
        };
        assertThat(shortcut).isSameAs(c);
        assertThat(EditionTable.of(edition).edition()).isEqualTo(edition);
        assertThat(EditionTable.of(edition).tiers()).isEqualTo(c.tiers());
    }

    @Test
    void aMissingEditionIsAnError() {
        assertThatThrownBy(() -> SlaCatalog.of(null)).isInstanceOf(NullPointerException.class).hasMessage("edition");
        assertThatThrownBy(() -> EditionTable.of(null)).isInstanceOf(NullPointerException.class).hasMessage("edition");
    }

    /** FAQ decision: the FAQ names the same plans; everything but the response targets is the same document's. */
    @Test
    void faqEditionHasTheSameDocumentsPlansExceptTargets() {
        SlaCatalog cn = SlaCatalog.cn20210122();
        SlaCatalog faq = SlaCatalog.cnFaq20210122();
        assertThat(faq.tiers()).isEqualTo(cn.tiers());
        for (SupportTier tier : faq.tiers()) {
            assertThat(faq.entitlements(tier)).isEqualTo(cn.entitlements(tier));
            assertThat(faq.onlineChat(tier)).isEqualTo(cn.onlineChat(tier));
            for (Channel ch : Channel.values()) {
                assertThat(faq.serviceHours(tier, ch)).as("%s %s", tier, ch).isEqualTo(cn.serviceHours(tier, ch));
            }
        }
        assertThat(faq.responseSla(SupportTier.BUSINESS, Channel.TICKET, Severity.HIGH).target())
                .isEqualTo(SlaTarget.hours(3));
        assertThat(cn.responseSla(SupportTier.ENTERPRISE, Channel.TICKET, Severity.HIGH).target())
                .isEqualTo(SlaTarget.minutes(90));
    }

    /** Quotas per tier, read from the tables by Entitlements and TicketQuota. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "BASIC, 0, -2", "BUSINESS, 10, -2", "ENTERPRISE, 0, -2", "PREMIUM, 0, -2",
        "PARTNER_SELECTED, 0, 10", "PARTNER_PREMIUM, 0, 20", "PARTNER_ELITE, 0, 30", "PARTNER_FLAGSHIP, 0, -1",
        "PARTNER_TICKET_PACKAGE, 0, 10",
    })
    void quotasPerTier(SupportTier tier, int expressPerMonth, int technicalPerCycle) {
        Entitlements e = Entitlements.of(tier);
        assertThat(e.includedExpressTicketsPerMonth()).isEqualTo(expressPerMonth);
        if (technicalPerCycle == -2) {
            assertThatThrownBy(e::technicalTicketsPerServiceCycle).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(tier.name()).hasMessageContaining("accepted: PARTNER_SELECTED");
        } else {
            OptionalInt expected = technicalPerCycle < 0 ? OptionalInt.empty() : OptionalInt.of(technicalPerCycle);
            assertThat(e.technicalTicketsPerServiceCycle()).isEqualTo(expected);
            assertThat(TicketQuota.partnerTechnicalLimit(tier)).isEqualTo(expected);
        }
        assertThat(ServiceReports.reportKinds(tier)).isEqualTo(e.reportKinds());
    }

    @Test
    void reportKindsComeFromTheTables() {
        assertThat(Entitlements.of(SupportTier.PREMIUM).reportKinds()).isEqualTo(
                EnumSet.of(ServiceReportKind.MONTHLY_SERVICE_REPORT, ServiceReportKind.ANNUAL_SERVICE_REPORT));
        assertThat(Entitlements.of(SupportTier.BUSINESS).reportKinds()).isEmpty();
    }

    /** 每月10日前, read as "by the 10th": the 10th is the last day on time, the due instant the 11th 00:00. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-01, 2026-02-10", "2026-12, 2027-01-10", "2024-02, 2024-03-10"})
    void monthlyReportLastDayAndDueInstantAgree(YearMonth month, LocalDate lastDay) {
        assertThat(ServiceReports.monthlyReportLastDay(month)).isEqualTo(lastDay);
        assertThat(ServiceReports.monthlyReportDue(month))
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(ServiceReports.CHINA_ZONE).toInstant());
        assertThat(lastDay.getDayOfMonth()).isEqualTo(ServiceReports.MONTHLY_REPORT_DAY);
    }

    /** "apply at least 10 working days in advance": exactly 10 working days in (applied, start]. */
    @ParameterizedTest(name = "applied {0}")
    @CsvSource({"2026-03-02", "2026-02-09", "2025-09-22", "2025-04-30", "2026-09-25"})
    void partnerLeadTimeCountsTenWorkingDaysUpToAndIncludingTheStart(LocalDate applied) {
        WorkingCalendar cn = WorkingCalendar.chinaMainland();
        LocalDate start = PartnerApplication.earliestServiceStart(applied).date();
        int counted = 0;
        for (LocalDate d = applied.plusDays(1); !d.isAfter(start); d = d.plusDays(1)) {
            counted += cn.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(counted).isEqualTo(PartnerApplication.LEAD_WORKING_DAYS);
        assertThat(cn.isWorkingDay(start)).isTrue();
    }
}
