package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseSlaTest {

    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z"); // Monday 10:00 Asia/Shanghai
    final ResponseSla critical = SlaCatalog.cn20210122().responseSla(SupportTier.ENTERPRISE, Channel.TICKET, Severity.CRITICAL);

    @Test
    void dueAtIsSubmissionPlusTarget() {
        assertThat(critical.dueAt(T0)).isEqualTo(Instant.parse("2026-03-02T02:12:00Z"));
        assertThat(critical.deadline(T0)).isEqualTo(Deadline.exact(Instant.parse("2026-03-02T02:12:00Z")));
        assertThat(critical.deadline(T0).isEstimate()).isFalse();
        assertThat(critical.toString()).isEqualTo("CN_20210122 ENTERPRISE TICKET CRITICAL < 12 min");
    }

    @Test
    void aResponseExactlyAtTheDueInstantIsLate() {
        Instant due = critical.dueAt(T0);
        SlaStatus justBefore = critical.status(T0, due, Optional.of(due.minusNanos(1)));
        assertThat(justBefore.state()).isEqualTo(SlaStatus.State.MET);
        assertThat(justBefore.isBreached()).isFalse();
        assertThat(justBefore.breachAmount()).isZero();
        SlaStatus atDue = critical.status(T0, due, Optional.of(due));
        assertThat(atDue.state()).isEqualTo(SlaStatus.State.MET_LATE);
        assertThat(atDue.isBreached()).isTrue();
        assertThat(atDue.breachAmount()).isZero();
        SlaStatus late = critical.status(T0, due.plusSeconds(600), Optional.of(due.plusSeconds(90)));
        assertThat(late.state()).isEqualTo(SlaStatus.State.MET_LATE);
        assertThat(late.breachAmount()).isEqualTo(Duration.ofSeconds(90));
        assertThat(late.deadline().instant()).isEqualTo(due);
        assertThat(late.toString()).contains("MET_LATE by PT1M30S");
    }

    @Test
    void openTicketIsOnTimeThenAtRiskThenBreached() {
        // 12 min target, warning at 75 % = 9 min
        assertThat(critical.status(T0, T0, Optional.empty()).state()).isEqualTo(SlaStatus.State.ON_TIME);
        assertThat(critical.status(T0, T0.plusSeconds(8 * 60 + 59), Optional.empty()).state())
                .isEqualTo(SlaStatus.State.ON_TIME);
        SlaStatus risk = critical.status(T0, T0.plusSeconds(9 * 60), Optional.empty());
        assertThat(risk.state()).isEqualTo(SlaStatus.State.AT_RISK);
        assertThat(risk.consumedFraction()).isEqualTo(0.75);
        assertThat(critical.status(T0, T0.plusSeconds(12 * 60 - 1), Optional.empty()).state())
                .isEqualTo(SlaStatus.State.AT_RISK);
        SlaStatus breached = critical.status(T0, T0.plusSeconds(12 * 60), Optional.empty());
        assertThat(breached.state()).isEqualTo(SlaStatus.State.BREACHED);
        assertThat(breached.breachAmount()).isZero();
        SlaStatus breached5 = critical.status(T0, T0.plusSeconds(17 * 60), Optional.empty());
        assertThat(breached5.breachAmount()).isEqualTo(Duration.ofMinutes(5));
        assertThat(breached5.isEstimate()).isFalse();
        assertThat(breached5.consumedFraction()).isGreaterThan(1.0);
    }

    @Test
    void warningFractionIsConfigurable() {
        ResponseSla half = critical.withWarningFraction(0.5);
        assertThat(half.warningFraction()).isEqualTo(0.5);
        assertThat(critical.warningFraction()).isEqualTo(ResponseSla.DEFAULT_WARNING_FRACTION);
        assertThat(half.status(T0, T0.plusSeconds(6 * 60), Optional.empty()).state()).isEqualTo(SlaStatus.State.AT_RISK);
        assertThat(critical.status(T0, T0.plusSeconds(6 * 60), Optional.empty()).state())
                .isEqualTo(SlaStatus.State.ON_TIME);
        assertThat(half.withWarningFraction(1.0).status(T0, T0.plusSeconds(11 * 60), Optional.empty()).state())
                .isEqualTo(SlaStatus.State.ON_TIME);
        for (double bad : new double[] {0, -0.1, 1.01, Double.NaN}) {
            assertThatThrownBy(() -> critical.withWarningFraction(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("(0, 1]");
        }
        assertThat(half).isNotEqualTo(critical);
    }

    @Test
    void timeRemainingIsNegativeAfterTheDueInstant() {
        assertThat(critical.timeRemaining(T0, T0.plusSeconds(120))).isEqualTo(CalendarDuration.exact(Duration.ofMinutes(10)));
        assertThat(critical.timeRemaining(T0, T0.plusSeconds(15 * 60))).isEqualTo(CalendarDuration.exact(Duration.ofMinutes(-3)));
    }

    @Test
    void statusRejectsInstantsBeforeSubmission() {
        assertThatThrownBy(() -> critical.status(T0, T0.minusSeconds(1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("submitted");
        assertThatThrownBy(() -> critical.status(T0, T0, Optional.of(T0.minusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> critical.status(T0, T0, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("respondedAt");
        assertThatThrownBy(() -> critical.status(null, T0, Optional.empty())).isInstanceOf(NullPointerException.class)
                .hasMessage("submitted");
        assertThatThrownBy(() -> critical.dueAt(null)).isInstanceOf(NullPointerException.class).hasMessage("submitted");
    }

    @Test
    void expressTicketsHaveAnHourlyProgressCadenceOrAnAgreedOne() {
        ResponseSla express = SlaCatalog.cn20210122().responseSla(SupportTier.BUSINESS, Channel.TICKET, TicketType.EXPRESS);
        assertThat(express.dueAt(T0)).isEqualTo(T0.plusSeconds(600));
        assertThat(express.nextProgressUpdateDue(T0)).isEqualTo(T0.plusSeconds(3600));
        ResponseSla agreed = express.withUpdateInterval(Duration.ofMinutes(30));
        assertThat(agreed.progressUpdateInterval()).contains(Duration.ofMinutes(30));
        assertThat(agreed.nextProgressUpdateDue(T0)).isEqualTo(T0.plusSeconds(1800));
        assertThat(agreed.toString()).contains("progress update every PT30M");
        assertThat(express.progressUpdateInterval()).contains(Duration.ofHours(1));
        assertThatThrownBy(() -> express.withUpdateInterval(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interval");
        assertThatThrownBy(() -> express.withUpdateInterval(Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> critical.nextProgressUpdateDue(T0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only express tickets");
        assertThatThrownBy(() -> critical.withUpdateInterval(Duration.ofHours(2))).isInstanceOf(IllegalStateException.class);
        assertThat(express.note()).contains("极速工单");
    }

    @Test
    void faqBasicIsOneWorkingDayAndItsStatusCountsWorkingTime() {
        ResponseSla basic = SlaCatalog.cnFaq20210122().responseSla(SupportTier.BASIC, Channel.TICKET, Severity.URGENT);
        Instant fri18 = Instant.parse("2026-03-06T10:00:00Z"); // Friday 18:00 Shanghai
        assertThat(basic.dueAt(fri18)).isEqualTo(Instant.parse("2026-03-09T10:00:00Z")); // Monday 18:00 +08
        // Saturday noon: only 6 h of 24 consumed
        SlaStatus sat = basic.status(fri18, Instant.parse("2026-03-07T04:00:00Z"), Optional.empty());
        assertThat(sat.state()).isEqualTo(SlaStatus.State.ON_TIME);
        assertThat(sat.consumedFraction()).isEqualTo(0.25);
        SlaStatus mon = basic.status(fri18, Instant.parse("2026-03-09T04:00:00Z"), Optional.empty()); // Mon 12:00
        assertThat(mon.state()).isEqualTo(SlaStatus.State.AT_RISK);
        assertThat(basic.note()).contains("一个工作日之内受理");
    }

    @Test
    void workingDayAfterTheDataYearsIsAnEstimate() {
        ResponseSla basic = SlaCatalog.cnFaq20210122().responseSla(SupportTier.BASIC, Channel.TICKET, Severity.LOW);
        Instant dec31 = Instant.parse("2026-12-31T04:00:00Z"); // Thursday 12:00 +08
        Deadline d = basic.deadline(dec31);
        assertThat(d.instant()).isEqualTo(Instant.parse("2027-01-01T04:00:00Z"));
        assertThat(d.isEstimate()).isTrue();
        assertThat(d.toString()).endsWith("(estimate)");
        assertThat(basic.status(dec31, dec31, Optional.empty()).isEstimate()).isTrue();
        assertThat(basic.deadline(Instant.parse("2026-12-30T04:00:00Z")).isEstimate()).isFalse();
    }

    @Test
    void valueSemantics() {
        ResponseSla again = SlaCatalog.cn20210122().responseSla(SupportTier.ENTERPRISE, Channel.TICKET, Severity.CRITICAL);
        assertThat(critical).isEqualTo(again).hasSameHashCodeAs(again);
        assertThat(critical).isNotEqualTo(SlaCatalog.cn20210122().responseSla(SupportTier.PREMIUM, Channel.TICKET,
                Severity.CRITICAL));
        SlaStatus a = critical.status(T0, T0, Optional.empty());
        assertThat(a).isEqualTo(critical.status(T0, T0, Optional.empty())).hasSameHashCodeAs(critical.status(T0, T0,
                Optional.empty()));
        assertThat(a.toString()).startsWith("ON_TIME");
        assertThat(Deadline.of(T0, true)).isEqualTo(Deadline.estimate(T0)).isNotEqualTo(Deadline.exact(T0));
        assertThat(Deadline.exact(T0).compareTo(Deadline.estimate(T0))).isNegative();
        assertThat(Deadline.exact(T0).hashCode()).isNotEqualTo(Deadline.estimate(T0).hashCode());
    }
}
