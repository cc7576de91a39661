package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static dev.slakit.status.EventSeverity.NORMAL;
import static dev.slakit.status.EventSeverity.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.HealthEvent;
import dev.slakit.status.StatusClientException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    static final Instant T = Instant.parse("2026-11-22T01:00:00Z");
    static final HealthEvent E = HealthEvent.of("Down", ALARM, T, null);
    static final EventKey K = EventKey.of(ECS, E);

    @Test
    void watchTargetIsAValue() {
        assertThat(WatchTarget.of("cn-hangzhou", "ecs")).isEqualTo(ECS).hasSameHashCodeAs(ECS);
        assertThat(ECS).isNotEqualTo(WatchTarget.of("cn-hangzhou", "oss")).isNotEqualTo(WatchTarget.of("x", "ecs"))
                .isNotEqualTo("cn-hangzhou/ecs");
        assertThat(ECS.toString()).isEqualTo("cn-hangzhou/ecs");
        assertThat(ECS.regionId()).isEqualTo("cn-hangzhou");
        assertThat(ECS.productId()).isEqualTo("ecs");
    }

    @Test
    void eventKeyIsRegionProductTitleAndStart() {
        assertThat(K).isEqualTo(EventKey.of(ECS, "Down", T)).hasSameHashCodeAs(EventKey.of(ECS, "Down", T));
        assertThat(EventKey.of(ECS, E.withSeverity(NORMAL).withEndTime(T))).isEqualTo(K);
        assertThat(K).isNotEqualTo(EventKey.of(ECS, "Up", T)).isNotEqualTo(EventKey.of(ECS, "Down", T.plusMillis(1)))
                .isNotEqualTo(EventKey.of(WatchTarget.of("a", "ecs"), "Down", T)).isNotEqualTo(ECS);
        assertThat(K.target()).isEqualTo(ECS);
        assertThat(K.title()).isEqualTo("Down");
        assertThat(K.startTime()).isEqualTo(T);
        assertThat(K.toString()).contains("cn-hangzhou/ecs", "Down", T.toString());
        assertThatThrownBy(() -> EventKey.of(ECS, (HealthEvent) null)).hasMessage("event");
        assertThatThrownBy(() -> EventKey.of(null, "t", T)).hasMessage("target");
        assertThatThrownBy(() -> EventKey.of(ECS, null, T)).hasMessage("title");
        assertThatThrownBy(() -> EventKey.of(ECS, "t", null)).hasMessage("startTime");
    }

    @Test
    void notificationsCompareByKindAndContent() {
        EventOpened opened = new EventOpened(K, E, null, T, 1);
        EventResolved ended = new EventResolved(K, E, ALARM, T, 1, EventResolved.Reason.ENDED);
        EventResolved vanished = new EventResolved(K, E, ALARM, T, 1, EventResolved.Reason.VANISHED);
        SeverityChanged changed = new SeverityChanged(K, E, NOTIFICATION, T, 1);
        assertThat(opened).isEqualTo(new EventOpened(K, E, null, T, 1)).hasSameHashCodeAs(new EventOpened(K, E, null, T, 1));
        assertThat(ended).isEqualTo(new EventResolved(K, E, ALARM, T, 1, EventResolved.Reason.ENDED))
                .hasSameHashCodeAs(new EventResolved(K, E, ALARM, T, 1, EventResolved.Reason.ENDED));
        List<HealthNotification> all = Arrays.asList(opened, ended, vanished, changed,
                new EventOpened(K, E, NORMAL, T, 1), new EventOpened(K, E, null, T.plusSeconds(1), 1),
                new EventOpened(EventKey.of(ECS, "x", T), E, null, T, 1), new EventOpened(K, E.withEndTime(T), null, T, 1),
                new EventOpened(K, E, null, T, 2));
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < all.size(); j++) {
                assertThat(all.get(i).equals(all.get(j))).as("%s vs %s", i, j).isEqualTo(i == j);
            }
        }
        assertThat(opened).isNotEqualTo(null).isEqualTo(opened);
        assertThat(opened.toString()).startsWith("OPENED{" + opened.id() + ", cn-hangzhou/ecs").doesNotContain("previous");
        assertThat(vanished.toString()).startsWith("RESOLVED{").contains("previous=ALARM", "reason=VANISHED");
        assertThat(changed.toString()).startsWith("SEVERITY_CHANGED{");
        assertThatThrownBy(() -> new EventResolved(K, E, null, T, 1, EventResolved.Reason.ENDED))
                .hasMessage("previousSeverity");
        assertThatThrownBy(() -> new EventResolved(K, E, ALARM, T, 1, null)).hasMessage("reason");
        assertThatThrownBy(() -> new EventOpened(null, E, null, T, 1)).hasMessage("key");
        assertThatThrownBy(() -> new EventOpened(K, null, null, T, 1)).hasMessage("event");
        assertThatThrownBy(() -> new EventOpened(K, E, null, null, 1)).hasMessage("observedAt");
    }

    @Test
    void pollFailureAndSummaryValidateAndDescribeThemselves() {
        StatusClientException error = new StatusClientException("timeout", null);
        PollFailure f = PollFailure.of(ECS, error, 2, T, T.plusSeconds(20));
        assertThat(f.target()).isEqualTo(ECS);
        assertThat(f.error()).isSameAs(error);
        assertThat(f.attempt()).isEqualTo(2);
        assertThat(f.failedAt()).isEqualTo(T);
        assertThat(f.nextAttemptAt()).contains(T.plusSeconds(20));
        assertThat(f.toString()).contains("cn-hangzhou/ecs", "attempt=2", "timeout");
        assertThatThrownBy(() -> PollFailure.of(ECS, error, 0, T, null))
                .hasMessage("attempt must be >= 1, was 0");
        assertThatThrownBy(() -> PollFailure.of(null, error, 1, T, null)).hasMessage("target");
        assertThatThrownBy(() -> PollFailure.of(ECS, null, 1, T, null)).hasMessage("error");
        assertThatThrownBy(() -> PollFailure.of(ECS, error, 1, null, null)).hasMessage("failedAt");

        List<HealthNotification> ns = new ArrayList<>();
        ns.add(new EventOpened(K, E, null, T, 1));
        PollSummary s = PollSummary.of(3, ns, Arrays.asList(f));
        ns.clear();
        assertThat(s.polled()).isEqualTo(3);
        assertThat(s.succeeded()).isEqualTo(2);
        assertThat(s.notifications()).hasSize(1);
        assertThat(s.failures()).containsExactly(f);
        assertThat(s.toString()).isEqualTo("PollSummary{polled=3, succeeded=2, notifications=1, failures=1}");
        assertThatThrownBy(() -> s.notifications().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PollSummary.of(-1, ns, ns.isEmpty() ? new ArrayList<>() : null))
                .hasMessage("polled must be >= 0, was -1");
        assertThatThrownBy(() -> PollSummary.of(0, null, new ArrayList<>())).hasMessage("notifications");
        assertThatThrownBy(() -> PollSummary.of(0, ns, null)).hasMessage("failures");
    }

    @Test
    void targetStateIsAnImmutableValue() {
        List<HealthEvent> events = new ArrayList<>(Arrays.asList(E));
        TargetState s = TargetState.of(ECS, events);
        events.clear();
        assertThat(s.events()).containsExactly(E);
        assertThat(s.target()).isEqualTo(ECS);
        assertThat(s).isEqualTo(TargetState.of(ECS, Arrays.asList(E))).hasSameHashCodeAs(TargetState.of(ECS, Arrays.asList(E)));
        assertThat(s).isNotEqualTo(TargetState.of(ECS, new ArrayList<>()))
                .isNotEqualTo(TargetState.of(WatchTarget.of("a", "b"), Arrays.asList(E))).isNotEqualTo(E);
        assertThat(s.toString()).contains("cn-hangzhou/ecs", "Down");
        assertThatThrownBy(() -> s.events().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TargetState.of(ECS, Arrays.asList((HealthEvent) null))).hasMessage("events element");
        assertThatThrownBy(() -> TargetState.of(ECS, null)).hasMessage("events");
        assertThatThrownBy(() -> TargetState.of(null, new ArrayList<>())).hasMessage("target");
    }
}
