package dev.slakit.status.watch;

import dev.slakit.status.EventImpact;
import dev.slakit.status.EventInProgress;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.EventUpdate;
import dev.slakit.status.HealthEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares one {@code ListEventInProgress} reply with the stored state of one all-products target (a region)
 * and says what to announce and what to store. Pure: no I/O, no clock. The rules are documented on
 * {@link HealthWatcher.Builder#regions(String...)}.
 */
final class InProgressReconciler {

    /**
     * The severity of every event in progress: the action has none, and an event on the list of events in
     * progress is a service event under way, so it is announced as an incident rather than swallowed.
     */
    static final EventSeverity SEVERITY = EventSeverity.ALARM;

    private InProgressReconciler() {
    }

    /** The outcome of one reconciliation. */
    static final class Result {
        final List<HealthNotification> notifications;
        final TargetState state;
        final boolean changed;

        Result(List<HealthNotification> notifications, TargetState state, boolean changed) {
            this.notifications = notifications;
            this.state = state;
            this.changed = changed;
        }
    }

    /**
     * @param region the all-products target of the region
     * @param previous its stored state, or null if never polled successfully
     * @param reply the events of the reply (of every requested region)
     * @param retainAfter counters of events no longer listed that started before this instant are forgotten
     * @param observedAt when the reply was received
     * @return what to announce and store
     */
    static Result reconcile(WatchTarget region, TargetState previous, List<EventInProgress> reply,
            Instant retainAfter, Instant observedAt) {
        Map<Long, EventInProgress> before = index(region.regionId(), previous == null
                ? Collections.<EventInProgress>emptyList() : previous.inProgress());
        Map<Long, EventInProgress> now = index(region.regionId(), reply);
        Instant seenBefore = previous == null ? null : previous.observedAt().orElse(null);
        // Time never runs backwards for a target: a clock stepped back must not make a recovered pair active again.
        Instant at = seenBefore != null && seenBefore.isAfter(observedAt) ? seenBefore : observedAt;
        List<HealthNotification> out = new ArrayList<>();
        Reconciler.Revisions rev = new Reconciler.Revisions(previous);
        Set<EventKey> listed = new HashSet<>();

        for (EventInProgress current : now.values()) {
            EventInProgress known = before.get(current.id());
            Map<String, EventImpact> knownPairs = known == null
                    ? Collections.<String, EventImpact>emptyMap() : pairs(known);
            List<EventUpdate> fresh = new ArrayList<>();
            if (known != null) {
                Set<EventUpdate> seen = new HashSet<>(known.updates());
                for (EventUpdate u : current.updates()) {
                    if (!seen.contains(u)) {
                        fresh.add(u);
                    }
                }
            }
            Map<String, EventImpact> currentPairs = pairs(current);
            for (Map.Entry<String, EventImpact> p : currentPairs.entrySet()) {
                EventImpact impact = p.getValue();
                EventKey key = key(region, p.getKey(), current, impact);
                listed.add(key);
                HealthEvent event = event(current, impact);
                boolean isActive = active(impact, at);
                EventImpact was = knownPairs.get(p.getKey());
                if (was == null) {
                    if (isActive) {
                        out.add(new EventOpened(key, event, null, observedAt, rev.next(key)));
                    } else if (previous != null) {
                        // Impacted and recovered between two good polls: announce both, lose nothing.
                        out.add(new EventOpened(key, event, null, observedAt, rev.next(key)));
                        out.add(new EventResolved(key, event, SEVERITY, observedAt, rev.next(key),
                                EventResolved.Reason.ENDED));
                    }
                    continue;
                }
                boolean wasActive = active(was, seenBefore);
                if (wasActive && isActive) {
                    for (EventUpdate u : fresh) {
                        out.add(new EventUpdated(key, event, observedAt, rev.next(key), u));
                    }
                } else if (wasActive) {
                    out.add(new EventResolved(key, event, SEVERITY, observedAt, rev.next(key),
                            EventResolved.Reason.ENDED));
                } else if (isActive) {
                    out.add(new EventOpened(key, event, SEVERITY, observedAt, rev.next(key)));
                }
            }
            for (Map.Entry<String, EventImpact> p : knownPairs.entrySet()) {
                if (!currentPairs.containsKey(p.getKey())) {
                    vanished(region, p.getKey(), known, p.getValue(), seenBefore, observedAt, rev, out);
                }
            }
        }
        for (EventInProgress known : before.values()) {
            if (!now.containsKey(known.id())) {
                for (Map.Entry<String, EventImpact> p : pairs(known).entrySet()) {
                    vanished(region, p.getKey(), known, p.getValue(), seenBefore, observedAt, rev, out);
                }
            }
        }
        boolean changed = previous == null || !before.equals(now) || !out.isEmpty();
        TargetState state = TargetState.ofInProgress(region, new ArrayList<>(now.values()), at,
                rev.retain(listed, retainAfter));
        return new Result(out, state, changed);
    }

    /** A pair no longer listed: resolved (VANISHED) if it was active. */
    private static void vanished(WatchTarget region, String product, EventInProgress known, EventImpact impact,
            Instant seenBefore, Instant observedAt, Reconciler.Revisions rev, List<HealthNotification> out) {
        if (active(impact, seenBefore)) {
            EventKey key = key(region, product, known, impact);
            out.add(new EventResolved(key, event(known, impact), SEVERITY, observedAt, rev.next(key),
                    EventResolved.Reason.VANISHED));
        }
    }

    private static EventKey key(WatchTarget region, String product, EventInProgress event, EventImpact impact) {
        return EventKey.ofEventId(WatchTarget.of(region.regionId(), product), event.id(), event.title(),
                impact.startTime());
    }

    /** The pair's view of the event: its title, {@link #SEVERITY}, the impact's start and recovery time. */
    static HealthEvent event(EventInProgress event, EventImpact impact) {
        return HealthEvent.of(event.title(), SEVERITY, impact.startTime(), impact.recoveryTime().orElse(null));
    }

    /** Active: no recovery time yet, or one still ahead of {@code at}; with {@code at} unknown, not active. */
    static boolean active(EventImpact impact, Instant at) {
        return !impact.recoveryTime().isPresent() || (at != null && impact.recoveryTime().get().isAfter(at));
    }

    /**
     * Per product, the event's impact in its region; two impacts on one product merge into the earliest start
     * and, if both recovered, the later recovery (ongoing if either is).
     */
    private static Map<String, EventImpact> pairs(EventInProgress event) {
        Map<String, EventImpact> map = new LinkedHashMap<>();
        for (EventImpact i : event.impacts()) {
            EventImpact other = map.get(i.productId());
            map.put(i.productId(), other == null ? i : merge(other, i));
        }
        return map;
    }

    private static EventImpact merge(EventImpact a, EventImpact b) {
        Instant start = a.startTime().isBefore(b.startTime()) ? a.startTime() : b.startTime();
        Instant recovery = null;
        if (a.recoveryTime().isPresent() && b.recoveryTime().isPresent()) {
            recovery = a.recoveryTime().get().isAfter(b.recoveryTime().get())
                    ? a.recoveryTime().get() : b.recoveryTime().get();
        }
        return EventImpact.builder().product(a.productId(), a.productName()).region(a.regionId(), a.regionName())
                .startTime(start).recoveryTime(recovery).build();
    }

    /**
     * The events with an impact in the region, by id, each with its impacts in the region only; an id listed
     * twice in one reply is one event: the first entry's title and start, the impacts of both, their updates
     * without repeats.
     */
    static Map<Long, EventInProgress> index(String regionId, List<EventInProgress> events) {
        Map<Long, EventInProgress> map = new LinkedHashMap<>();
        for (EventInProgress e : events) {
            List<EventImpact> here = new ArrayList<>();
            for (EventImpact i : e.impacts()) {
                if (i.regionId().equals(regionId)) {
                    here.add(i);
                }
            }
            if (here.isEmpty()) {
                continue;
            }
            EventInProgress other = map.get(e.id());
            if (other != null) {
                List<EventImpact> impacts = new ArrayList<>(other.impacts());
                impacts.addAll(here);
                Set<EventUpdate> updates = new LinkedHashSet<>(other.updates());
                updates.addAll(e.updates());
                map.put(e.id(), EventInProgress.of(e.id(), other.title(), other.startTime(),
                        new ArrayList<>(updates), impacts));
            } else {
                map.put(e.id(), EventInProgress.of(e.id(), e.title(), e.startTime(), e.updates(), here));
            }
        }
        return map;
    }
}
