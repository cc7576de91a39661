package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.slakit.sla.Channel;
import dev.slakit.sla.Severity;
import dev.slakit.sla.SupportTier;
import dev.slakit.sla.TicketType;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void alarmIsAnOngoingChineseEcsIncidentAtTheWireSamplesStart() {
        HealthEvent alarm = SampleEvents.alarm().build();

        assertThat(alarm.title()).isEqualTo("华东1（杭州）地域ECS实例网络异常");
        assertThat(alarm.severity()).isEqualTo(EventSeverity.ALARM);
        assertThat(alarm.startTime().toEpochMilli()).isEqualTo(1581317483000L);
        assertThat(alarm.isOngoing()).isTrue();
    }

    @Test
    void notificationIsAResolvedEnglishMaintenanceAtNightInShanghai() {
        HealthEvent notice = SampleEvents.notification().build();

        assertThat(notice.title()).isEqualTo("Scheduled maintenance of OSS in cn-shanghai");
        assertThat(notice.severity()).isEqualTo(EventSeverity.NOTIFICATION);
        assertThat(notice.startTime().atZone(SHANGHAI).getHour()).isEqualTo(2);
        assertThat(notice.endTime()).contains(notice.startTime().plus(Duration.ofHours(2)));
    }

    @Test
    void normalIsAResolvedRecovery() {
        HealthEvent normal = SampleEvents.normal().build();

        assertThat(normal.severity()).isEqualTo(EventSeverity.NORMAL);
        assertThat(normal.title()).isEqualTo(SampleEvents.RDS_RECOVERED_BEIJING);
        assertThat(normal.endTime()).contains(SampleEvents.DEFAULT_START.plus(Duration.ofMinutes(45)));
    }

    @Test
    void builderAdjustsEveryPart() {
        Instant start = Instant.parse("2026-11-22T01:00:00Z");

        HealthEvent lasting = SampleEvents.alarm().title("t").severity(EventSeverity.NOTIFICATION).startedAt(start)
                .lasting(Duration.ofMinutes(10)).build();
        HealthEvent ended = SampleEvents.alarm().startedAt(start).endedAt(start.plusSeconds(60)).build();
        HealthEvent reopened = SampleEvents.notification().ongoing().build();
        HealthEvent movedStart = SampleEvents.alarm().lasting(Duration.ofMinutes(5)).startedAt(start).build();

        assertThat(lasting.title()).isEqualTo("t");
        assertThat(lasting.severity()).isEqualTo(EventSeverity.NOTIFICATION);
        assertThat(lasting.endTime()).contains(start.plusSeconds(600));
        assertThat(ended.endTime()).contains(start.plusSeconds(60));
        assertThat(reopened.isOngoing()).isTrue();
        assertThat(movedStart.endTime()).contains(start.plusSeconds(300));
    }

    @Test
    void builderRejectsBadInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> SampleEvents.alarm().lasting(Duration.ofSeconds(-1)));
        assertThatIllegalArgumentException().isThrownBy(
                () -> SampleEvents.alarm().endedAt(SampleEvents.DEFAULT_START.minusSeconds(1)).build());
        assertThatNullPointerException().isThrownBy(() -> SampleEvents.alarm().title(null)).withMessage("newTitle");
        assertThatNullPointerException().isThrownBy(() -> SampleEvents.mixed(null)).withMessage("now");
    }

    @Test
    void mixedGivesFourEventsNewestFirstAroundNow() {
        Instant now = Instant.parse("2026-11-22T05:00:00Z");

        List<HealthEvent> events = SampleEvents.mixed(now);

        assertThat(events).hasSize(4);
        assertThat(events).extracting(HealthEvent::severity).containsExactly(EventSeverity.ALARM, EventSeverity.ALARM,
                EventSeverity.NOTIFICATION, EventSeverity.NORMAL);
        assertThat(events.get(0).isOngoing()).isTrue();
        assertThat(events.get(0).title()).isEqualTo(SampleEvents.SLB_ERRORS_SINGAPORE);
        assertThat(events.subList(1, 4)).noneMatch(HealthEvent::isOngoing);
        assertThat(events).extracting(HealthEvent::startTime).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(events).allMatch(e -> e.startTime().isBefore(now));
    }

    @Test
    void sampleTicketInstantsAreWhatTheySay() {
        ZonedDateTime morning = SampleTickets.WORKDAY_MORNING.atZone(SHANGHAI);
        ZonedDateTime night = SampleTickets.SATURDAY_NIGHT.atZone(SHANGHAI);
        ZonedDateTime eve = SampleTickets.SPRING_FESTIVAL_EVE.atZone(SHANGHAI);

        assertThat(morning.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(morning.getHour()).isEqualTo(10);
        assertThat(night.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(night.getHour()).isEqualTo(23);
        assertThat(eve.toLocalDate()).hasToString("2025-01-27");
        assertThat(eve.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(eve.getHour()).isEqualTo(17);
    }

    @Test
    void sampleTicketFactories() {
        SampleTicket enterprise = SampleTickets.enterprise(Severity.CRITICAL);
        assertThat(enterprise.tier()).isEqualTo(SupportTier.ENTERPRISE);
        assertThat(enterprise.channel()).isEqualTo(Channel.TICKET);
        assertThat(enterprise.severity()).contains(Severity.CRITICAL);
        assertThat(enterprise.ticketType()).isEmpty();
        assertThat(enterprise.submittedAt()).isEqualTo(SampleTickets.WORKDAY_MORNING);

        assertThat(SampleTickets.premium(Severity.LOW).tier()).isEqualTo(SupportTier.PREMIUM);
        SampleTicket basic = SampleTickets.basic(TicketType.IMPORTANT);
        assertThat(basic.tier()).isEqualTo(SupportTier.BASIC);
        assertThat(basic.ticketType()).contains(TicketType.IMPORTANT);
        assertThat(basic.severity()).isEmpty();
        assertThat(SampleTickets.business(TicketType.EXPRESS).tier()).isEqualTo(SupportTier.BUSINESS);
        assertThat(SampleTickets.partner(SupportTier.PARTNER_ELITE, Severity.HIGH).tier())
                .isEqualTo(SupportTier.PARTNER_ELITE);
        SampleTicket im = SampleTickets.imGroup(SupportTier.PREMIUM, Severity.URGENT);
        assertThat(im.channel()).isEqualTo(Channel.IM_GROUP);
        assertThat(im.submittedAt()).isEqualTo(SampleTickets.SATURDAY_NIGHT);
        assertThatIllegalArgumentException().isThrownBy(() -> SampleTickets.partner(SupportTier.BASIC, Severity.LOW))
                .withMessageContaining("partner");
    }

    @Test
    void sampleTicketIsAnImmutableValue() {
        SampleTicket t = SampleTickets.enterprise(Severity.HIGH);
        Instant other = Instant.parse("2025-01-01T00:00:00Z");

        SampleTicket changed = t.withTier(SupportTier.PREMIUM).withChannel(Channel.IM_GROUP).withSubmittedAt(other);
        SampleTicket typed = t.withTicketType(TicketType.GENERAL);
        SampleTicket severe = typed.withSeverity(Severity.CRITICAL);

        assertThat(t.tier()).isEqualTo(SupportTier.ENTERPRISE);
        assertThat(changed.tier()).isEqualTo(SupportTier.PREMIUM);
        assertThat(changed.channel()).isEqualTo(Channel.IM_GROUP);
        assertThat(changed.submittedAt()).isEqualTo(other);
        assertThat(changed.severity()).contains(Severity.HIGH);
        assertThat(typed.severity()).isEmpty();
        assertThat(typed.ticketType()).contains(TicketType.GENERAL);
        assertThat(severe.ticketType()).isEmpty();
        assertThat(t).isEqualTo(SampleTickets.enterprise(Severity.HIGH)).hasSameHashCodeAs(SampleTickets.enterprise(Severity.HIGH))
                .isNotEqualTo(changed).isNotEqualTo(typed).isNotEqualTo("x");
        assertThat(t.toString()).contains("ENTERPRISE", "TICKET", "HIGH", "2025-03-03T02:00:00Z");
        assertThat(typed.toString()).contains("GENERAL");
        assertThatNullPointerException().isThrownBy(() -> SampleTicket.of(null, Channel.TICKET, Severity.LOW, other))
                .withMessage("tier");
        assertThatNullPointerException().isThrownBy(
                () -> SampleTicket.of(SupportTier.BASIC, Channel.TICKET, (TicketType) null, other))
                .withMessage("ticketType");
        assertThatNullPointerException().isThrownBy(() -> t.withSubmittedAt(null)).withMessage("submittedAt");
    }
}
