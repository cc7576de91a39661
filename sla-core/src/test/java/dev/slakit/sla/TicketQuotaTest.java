package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketQuotaTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ServicePeriod CYCLE = ServicePeriod.of(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-07-01T00:00:00Z"));

    static Instant sh(String ldt) {
        return LocalDateTime.parse(ldt).atZone(SHANGHAI).toInstant();
    }

    @Test
    void businessGetsTenExpressTicketsPerShanghaiCalendarMonth() {
        TicketQuota q = TicketQuota.businessExpress(YearMonth.of(2026, 3));
        assertThat(q.kind()).isEqualTo(TicketQuota.Kind.EXPRESS);
        assertThat(q.limit()).hasValue(10);
        assertThat(q.remaining()).hasValue(10);
        assertThat(q.period()).isEqualTo(ServicePeriod.of(sh("2026-03-01T00:00"), sh("2026-04-01T00:00")));
        Instant t = sh("2026-03-15T12:00");
        for (int i = 0; i < 10; i++) {
            TicketQuota next = q.consume(t);
            assertThat(q.used()).isEqualTo(i); // the old value is unchanged
            q = next;
        }
        assertThat(q.remaining()).hasValue(0);
        TicketQuota exhausted = q;
        assertThatThrownBy(() -> exhausted.consume(t)).isInstanceOf(QuotaExhaustedException.class)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("10").hasMessageContaining("EXPRESS")
                .hasMessageContaining("renews at " + sh("2026-04-01T00:00"));
        // 1 April 00:00 Shanghai is 31 March 16:00 UTC: a new month, all 10 again; nothing carries over
        assertThat(exhausted.remainingAt(sh("2026-03-31T23:59:59"))).hasValue(0);
        assertThat(exhausted.remainingAt(sh("2026-04-01T00:00"))).hasValue(10);
        TicketQuota april = exhausted.consume(sh("2026-04-01T00:00"));
        assertThat(april.remaining()).hasValue(9);
        assertThat(april.period().start()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
        assertThatThrownBy(() -> april.consume(sh("2026-03-31T12:00"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
        assertThat(TicketQuota.businessExpressAt(sh("2026-03-31T23:00"))).isEqualTo(TicketQuota.businessExpress(YearMonth.of(2026, 3)));
        assertThat(april.toString()).contains("EXPRESS 1/10");
    }

    @ParameterizedTest(name = "{0}: {1} technical tickets per cycle")
    @CsvSource({"PARTNER_SELECTED, 10", "PARTNER_PREMIUM, 20", "PARTNER_ELITE, 30", "PARTNER_FLAGSHIP, unlimited",
        "PARTNER_TICKET_PACKAGE, 10"})
    void partnerTechnicalTickets(SupportTier tier, String expected) {
        TicketQuota q = TicketQuota.partnerTechnical(tier, CYCLE);
        assertThat(q.kind()).isEqualTo(TicketQuota.Kind.TECHNICAL);
        Instant t = Instant.parse("2026-02-01T00:00:00Z");
        if (expected.equals("unlimited")) {
            assertThat(q.isUnlimited()).isTrue();
            assertThat(q.remaining()).isEqualTo(OptionalInt.empty());
            assertThat(Entitlements.of(tier).technicalTicketsPerServiceCycle()).isEmpty();
            for (int i = 0; i < 1000; i++) {
                q = q.consume(t);
            }
            assertThat(q.used()).isEqualTo(1000);
            assertThat(q.toString()).contains("unlimited");
            return;
        }
        int limit = Integer.parseInt(expected);
        assertThat(Entitlements.of(tier).technicalTicketsPerServiceCycle()).hasValue(limit);
        assertThat(q.limit()).hasValue(limit);
        for (int i = 0; i < limit; i++) {
            q = q.consume(t);
        }
        TicketQuota used = q;
        assertThatThrownBy(() -> used.consume(t)).isInstanceOf(QuotaExhaustedException.class)
                .hasMessageContaining("renew the service cycle");
        // a service cycle does not roll over by itself
        assertThatThrownBy(() -> used.consume(CYCLE.end())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("renew");
        ServicePeriod next = ServicePeriod.of(CYCLE.end(), Instant.parse("2027-01-01T00:00:00Z"));
        TicketQuota renewed = used.renew(next);
        assertThat(renewed.remaining()).hasValue(limit);
        assertThat(renewed.period()).isEqualTo(next);
        assertThatThrownBy(() -> used.renew(CYCLE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void consultingTicketsAreUnlimitedExceptForTheTicketPackage() {
        for (SupportTier tier : new SupportTier[] {SupportTier.PARTNER_SELECTED, SupportTier.PARTNER_PREMIUM,
            SupportTier.PARTNER_ELITE, SupportTier.PARTNER_FLAGSHIP}) {
            TicketQuota q = TicketQuota.partnerConsulting(tier, CYCLE);
            assertThat(q.kind()).isEqualTo(TicketQuota.Kind.CONSULTING);
            assertThat(q.isUnlimited()).isTrue();
            assertThat(q.consume(CYCLE.start()).used()).isEqualTo(1);
        }
        assertThatThrownBy(() -> TicketQuota.partnerConsulting(SupportTier.PARTNER_TICKET_PACKAGE, CYCLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no consulting");
    }

    @Test
    void cnTiersHaveNoPartnerQuota() {
        assertThatThrownBy(() -> TicketQuota.partnerTechnical(SupportTier.PREMIUM, CYCLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PREMIUM")
                .hasMessageContaining("PARTNER_SELECTED");
        assertThatThrownBy(() -> Entitlements.of(SupportTier.BASIC).technicalTicketsPerServiceCycle())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TicketQuota.partnerTechnical(SupportTier.PARTNER_ELITE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("cycle");
    }

    @Test
    void servicePeriodIsHalfOpen() {
        assertThat(CYCLE.contains(CYCLE.start())).isTrue();
        assertThat(CYCLE.contains(CYCLE.end())).isFalse();
        assertThat(CYCLE.contains(CYCLE.end().minusNanos(1))).isTrue();
        assertThat(CYCLE.duration().toDays()).isEqualTo(181);
        assertThat(CYCLE.toString()).isEqualTo("[2026-01-01T00:00:00Z, 2026-07-01T00:00:00Z)");
        assertThatThrownBy(() -> ServicePeriod.of(CYCLE.end(), CYCLE.end())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after start");
        assertThat(ServicePeriod.ofMonth(YearMonth.of(2026, 2), SHANGHAI).duration().toDays()).isEqualTo(28);
        assertThat(TicketQuota.businessExpress(YearMonth.of(2026, 2)))
                .isEqualTo(TicketQuota.businessExpress(YearMonth.of(2026, 2)))
                .hasSameHashCodeAs(TicketQuota.businessExpress(YearMonth.of(2026, 2)));
    }
}
