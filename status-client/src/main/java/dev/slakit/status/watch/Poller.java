package dev.slakit.status.watch;

import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One poll of one target, apart from fetching the reply: whether this instance may poll it, the request to
 * send, and applying the reply (load the stored state, {@linkplain Reconciler reconcile}, commit the new
 * state with its notifications and queue them for {@linkplain Delivery delivery}). Thread-safe; the callers
 * make sure one target is applied by one thread at a time.
 */
final class Poller {

    private final WatchStateStore store;
    private final Delivery delivery;
    private final Clock clock;
    private final ZoneId zone;
    private final int lookbackDays;
    private final Duration interval;

    Poller(WatchStateStore store, Delivery delivery, Clock clock, ZoneId zone, int lookbackDays, Duration interval) {
        this.store = store;
        this.delivery = delivery;
        this.clock = clock;
        this.zone = zone;
        this.lookbackDays = lookbackDays;
        this.interval = interval;
    }

    /** @return whether this instance may poll the target now (see {@link WatchStateStore#tryClaim}) */
    boolean claim(WatchTarget target) {
        return store.tryClaim(target, interval);
    }

    /** @return the request for the target: {@code EndDate} today in the zone, {@code NumOfDay} the lookback */
    ListEventsRequest request(WatchTarget target) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        return ListEventsRequest.builder().regionId(target.regionId()).productId(target.productId())
                .endDate(today).numOfDay(lookbackDays).build();
    }

    /** @return the clock's current instant */
    Instant now() {
        return clock.instant();
    }

    /**
     * Compares the reply with the stored state and commits what changed.
     *
     * @return the notifications produced, queued for delivery
     * @throws RuntimeException what the store threw; nothing is announced then
     */
    List<HealthNotification> apply(WatchTarget target, ListEventsRequest request, ListEventsResponse response,
            Instant observedAt) {
        Reconciler.Result result = Reconciler.reconcile(target, store.load(target).orElse(null), response.events(),
                request.window().from(), observedAt);
        if (!result.changed) {
            return Collections.emptyList();
        }
        delivery.commit(result.state(target), result.notifications);
        return result.notifications;
    }

    /** One reply to apply. */
    static final class Reply {
        final WatchTarget target;
        final ListEventsRequest request;
        final ListEventsResponse response;
        final Instant observedAt;

        Reply(WatchTarget target, ListEventsRequest request, ListEventsResponse response, Instant observedAt) {
            this.target = target;
            this.request = request;
            this.response = response;
            this.observedAt = observedAt;
        }
    }

    /**
     * Compares several replies (of distinct targets) with their stored states and commits what changed in one
     * {@link WatchStateStore#commitAll}.
     *
     * @param out receives the notifications of the targets whose state was kept, in order
     * @return the targets that failed (their state could not be loaded or kept), with the error
     */
    Map<WatchTarget, RuntimeException> applyAll(List<Reply> replies, List<HealthNotification> out) {
        Map<WatchTarget, RuntimeException> failed = new LinkedHashMap<>();
        List<TargetState> states = new ArrayList<>();
        List<HealthNotification> produced = new ArrayList<>();
        for (Reply r : replies) {
            try {
                Reconciler.Result result = Reconciler.reconcile(r.target, store.load(r.target).orElse(null),
                        r.response.events(), r.request.window().from(), r.observedAt);
                if (result.changed) {
                    states.add(result.state(r.target));
                    produced.addAll(result.notifications);
                }
            } catch (RuntimeException e) {
                failed.put(r.target, e);
            }
        }
        if (!states.isEmpty()) {
            failed.putAll(delivery.commitAll(states, produced));
        }
        for (HealthNotification n : produced) {
            if (!failed.containsKey(n.stateTarget())) {
                out.add(n);
            }
        }
        return failed;
    }
}
