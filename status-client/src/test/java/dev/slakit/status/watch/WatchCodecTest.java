package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static dev.slakit.status.EventSeverity.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.HealthEvent;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatchCodecTest {

    static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    static final Instant T = Instant.parse("2026-11-22T01:00:00.5Z");
    static final HealthEvent E = HealthEvent.ofWire("Down \"中文\"", "Critical", T, null);
    static final EventKey K = EventKey.of(ECS, E);

    @Test
    void everyKindOfNotificationRoundTripsWithItsId() {
        List<HealthNotification> all = List.of(
                new EventOpened(K, E, null, T, 1),
                new EventOpened(K, E, ALARM, T.plusSeconds(1), 3),
                new SeverityChanged(K, E, NOTIFICATION, T, 2),
                new EventResolved(K, E.withEndTime(T.plusSeconds(9)), ALARM, T, 4, EventResolved.Reason.ENDED),
                new EventResolved(K, E, ALARM, T, 5, EventResolved.Reason.VANISHED));
        for (HealthNotification n : all) {
            String json = WatchCodec.notificationToJson(n);
            HealthNotification back = WatchCodec.notificationFromJson(json, "row 1");
            assertThat(back).isEqualTo(n);
            assertThat(back.id()).isEqualTo(n.id());
            assertThat(back.getClass()).isEqualTo(n.getClass());
        }
    }

    @Test
    void idsDependOnTheEventAndTheRevisionOnly() {
        String id = new EventOpened(K, E, null, T, 1).id();
        assertThat(id).matches("[0-9a-f]{32}-1");
        assertThat(new EventResolved(K, E, ALARM, T.plusSeconds(60), 1, EventResolved.Reason.ENDED).id())
                .as("same event and revision, whatever else").isEqualTo(id);
        assertThat(new EventOpened(K, E, null, T, 2).id()).isNotEqualTo(id).startsWith(id.substring(0, 33));
        assertThat(new EventOpened(EventKey.of(ECS, "other", T), E, null, T, 1).id()).isNotEqualTo(id);
        assertThat(new EventOpened(EventKey.of(WatchTarget.of("cn-hangzhou", "oss"), E), E, null, T, 1).id())
                .isNotEqualTo(id);
        assertThatThrownBy(() -> new EventOpened(K, E, null, T, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("revision must be >= 1, was 0");
    }

    @Test
    void stateRoundTripsWithRevisions() {
        TargetState s = TargetState.of(ECS, List.of(E), T, Map.of(K, 3L, EventKey.of(ECS, "gone", T), 1L));
        assertThat(WatchCodec.stateFromJson(WatchCodec.stateToJson(s), "row")).isEqualTo(s);
        assertThat(s.revision(K)).isEqualTo(3);
        assertThat(s.revision(EventKey.of(ECS, "never", T))).isZero();
        TargetState bare = TargetState.of(ECS, List.of());
        assertThat(WatchCodec.stateFromJson(WatchCodec.stateToJson(bare), "row")).isEqualTo(bare);
    }

    @Test
    void revisionsAreValidated() {
        assertThatThrownBy(() -> TargetState.of(ECS, List.of(), null, Map.of(K, 0L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("revisions value must be >= 1");
        assertThatThrownBy(() -> TargetState.of(WatchTarget.of("a", "b"), List.of(), null, Map.of(K, 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must belong to target a/b");
    }

    @Test
    void wrongJsonIsRejectedNamingWhereAndWhat() {
        String ok = WatchCodec.notificationToJson(new EventOpened(K, E, null, T, 1));
        assertThatThrownBy(() -> WatchCodec.notificationFromJson(ok.replace("-1\"", "-2\""), "outbox row 7"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("outbox row 7: \"id\"").hasMessageContaining("does not match");
        assertThatThrownBy(() -> WatchCodec.notificationFromJson(ok.replace("OPENED", "SHRUGGED"), "r"))
                .hasMessageContaining("r: \"kind\" must be one of");
        assertThatThrownBy(() -> WatchCodec.notificationFromJson(ok.replace("\"revision\":1", "\"revision\":0"), "r"))
                .hasMessageContaining("\"revision\" must be an integer >= 1, was number");
        assertThatThrownBy(() -> WatchCodec.notificationFromJson("[]", "r")).hasMessageContaining("r must be a JSON object, was array");
        assertThatThrownBy(() -> WatchCodec.notificationFromJson("{", "r")).hasMessageContaining("r is not valid JSON");
        String changed = WatchCodec.notificationToJson(new SeverityChanged(K, E, ALARM, T, 1));
        assertThatThrownBy(() -> WatchCodec.notificationFromJson(changed.replace("\"ALARM\"", "null"), "r"))
                .hasMessageContaining("SEVERITY_CHANGED needs \"previousSeverity\"");
        assertThatThrownBy(() -> WatchCodec.stateFromJson("{\"regionId\":\"r\",\"productId\":\"p\",\"events\":[]}", "s"))
                .hasMessageContaining("s: \"revisions\" must be an array, was missing");
    }
}
