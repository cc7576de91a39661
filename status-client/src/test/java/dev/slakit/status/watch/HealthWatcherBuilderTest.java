package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HealthWatcherBuilderTest {

    final ScriptedStatusClient client = new ScriptedStatusClient();

    HealthWatcher.Builder builder() {
        return HealthWatcher.builder(client);
    }

    String iae(Consumer<HealthWatcher.Builder> misuse) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> misuse.accept(builder()));
        assertThat(t).isInstanceOf(IllegalArgumentException.class);
        return t.getMessage();
    }

    @Test
    void everyInvalidValueHasItsOwnMessageNamingTheField() {
        List<String> messages = Arrays.asList(
                iae(b -> b.build()),
                iae(b -> b.interval(Duration.ZERO)),
                iae(b -> b.interval(Duration.ofSeconds(-1))),
                iae(b -> b.lookbackDays(0)),
                iae(b -> b.target("cn-hangzhou", "ecs").interval(Duration.ofMinutes(1))
                        .maxBackoff(Duration.ofSeconds(30)).build()),
                iae(b -> b.closeTimeout(Duration.ofMillis(-1))),
                iae(b -> b.target(" ", "ecs")),
                iae(b -> b.target("cn-hangzhou", "")));
        assertThat(messages.get(0)).isEqualTo(
                "targets must contain at least one (regionId, productId) pair: call target(...) or regions(...)");
        assertThat(messages.get(1)).isEqualTo("interval must be > 0, was PT0S");
        assertThat(messages.get(2)).isEqualTo("interval must be > 0, was PT-1S");
        assertThat(messages.get(3)).isEqualTo("lookbackDays must be >= 1 (days up to and including today), was 0");
        assertThat(messages.get(4)).isEqualTo("maxBackoff must be >= interval (PT1M), was PT30S");
        assertThat(messages.get(5)).isEqualTo("closeTimeout must be >= 0, was PT-0.001S");
        assertThat(messages.get(6)).startsWith("regionId must be a non-blank region id");
        assertThat(messages.get(7)).startsWith("productId must be a non-blank product code");
        Set<String> distinct = new HashSet<>(messages);
        assertThat(distinct).hasSize(messages.size());
    }

    @Test
    void nullsAreRejectedNamingTheParameter() {
        assertThatThrownBy(() -> HealthWatcher.builder(null)).hasMessage("client");
        assertThatThrownBy(() -> builder().interval(null)).isInstanceOf(NullPointerException.class).hasMessage("interval");
        assertThatThrownBy(() -> builder().maxBackoff(null)).hasMessage("maxBackoff");
        assertThatThrownBy(() -> builder().clock(null)).hasMessage("clock");
        assertThatThrownBy(() -> builder().zone(null)).hasMessage("zone");
        assertThatThrownBy(() -> builder().store(null)).hasMessage("store");
        assertThatThrownBy(() -> builder().executor(null)).hasMessage("executor");
        assertThatThrownBy(() -> builder().listenerExecutor(null)).hasMessage("listenerExecutor");
        assertThatThrownBy(() -> builder().closeTimeout(null)).hasMessage("closeTimeout");
        assertThatThrownBy(() -> builder().listener(null)).hasMessage("listener");
        assertThatThrownBy(() -> builder().errorListener(null)).hasMessage("listener");
        assertThatThrownBy(() -> builder().target((WatchTarget) null)).hasMessage("target");
        assertThatThrownBy(() -> builder().targets(null)).hasMessage("targets");
        assertThatThrownBy(() -> builder().target(null, "ecs")).hasMessage("regionId");
        assertThatThrownBy(() -> builder().target("r", null)).hasMessage("productId");
        try (HealthWatcher w = builder().target("r", "p").build()) {
            assertThatThrownBy(() -> w.addListener(null)).hasMessage("listener");
            assertThatThrownBy(() -> w.removeListener(null)).hasMessage("listener");
            assertThatThrownBy(() -> w.addErrorListener(null)).hasMessage("listener");
            assertThatThrownBy(() -> w.removeErrorListener(null)).hasMessage("listener");
        }
    }

    @Test
    void duplicateTargetsAreWatchedOnceInInsertionOrder() {
        try (HealthWatcher w = builder().target("b", "p").target("a", "p").target(WatchTarget.of("b", "p"))
                .targets(List.of(WatchTarget.of("c", "p"))).maxBackoff(Duration.ofMinutes(1))
                .lookbackDays(1).build()) {
            assertThat(w.targets()).containsExactly(WatchTarget.of("b", "p"), WatchTarget.of("a", "p"),
                    WatchTarget.of("c", "p"));
            assertThat(w.store()).isInstanceOf(InMemoryWatchStateStore.class);
            assertThat(w.toString()).contains("targets=3", "interval=PT1M", "lookbackDays=1", "started=false");
            assertThat(w.isClosed()).isFalse();
        }
    }
}
