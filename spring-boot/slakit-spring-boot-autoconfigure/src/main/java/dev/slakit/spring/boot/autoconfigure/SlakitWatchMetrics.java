package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.watch.PollFailure;
import dev.slakit.status.watch.PollFailureListener;
import dev.slakit.status.watch.WatchTarget;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;

/**
 * The watcher's Micrometer meters:
 * <ul>
 * <li>{@code slakit.watch.poll.failures} (counter), tags {@code region} and {@code product}: failed polls;</li>
 * <li>{@code slakit.watch.active.incidents} (gauge), tags {@code region} and {@code product}: events of the
 *     target active now with ALARM severity, as the {@link SlakitWatchMonitor} counts them.</li>
 * </ul>
 * Thread-safe.
 */
public final class SlakitWatchMetrics implements PollFailureListener, MeterBinder {

    /** The poll failure counter's name. */
    public static final String POLL_FAILURES = "slakit.watch.poll.failures";
    /** The active incidents gauge's name. */
    public static final String ACTIVE_INCIDENTS = "slakit.watch.active.incidents";

    private final SlakitWatchMonitor monitor;
    private final List<WatchTarget> targets;
    private volatile MeterRegistry registry;

    /**
     * @param monitor counts the active incidents; not null
     * @param targets the watched targets, one gauge each; not null
     */
    public SlakitWatchMetrics(SlakitWatchMonitor monitor, List<WatchTarget> targets) {
        this.monitor = monitor;
        this.targets = List.copyOf(targets);
    }

    @Override
    public void bindTo(MeterRegistry meterRegistry) {
        for (WatchTarget t : targets) {
            Gauge.builder(ACTIVE_INCIDENTS, monitor, m -> m.activeIncidents(t))
                    .description("Active provider incidents (ALARM events) of a watched target")
                    .tags("region", t.regionId(), "product", t.productId()).register(meterRegistry);
            failures(meterRegistry, t);
        }
        this.registry = meterRegistry;
    }

    @Override
    public void onPollFailure(PollFailure failure) {
        MeterRegistry r = registry;
        if (r != null) {
            failures(r, failure.target()).increment();
        }
    }

    private static Counter failures(MeterRegistry r, WatchTarget t) {
        return Counter.builder(POLL_FAILURES).description("Failed polls of a watched target")
                .tags("region", t.regionId(), "product", t.productId()).register(r);
    }

    @Override
    public String toString() {
        return "SlakitWatchMetrics{targets=" + targets.size() + "}";
    }
}
