package dev.slakit.status.watch;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares one poll's events with the stored state of a target and says what to announce and what to
 * store. Pure: no I/O, no clock. The rules are documented on {@link HealthWatcher}.
 */
final class Reconciler {

    private Reconciler() {
    }

    /** The outcome of one reconciliation. */
    static final class Result {
        final List<HealthNotification> notifications;
        final List<HealthEvent> events;
        final Map<EventKey, Long> revisions;
        /** The reply's time, or the stored one if the clock went back: never earlier than the stored state. */
        final Instant observedAt;
        final boolean changed;

        Result(List<HealthNotification> notifications, List<HealthEvent> events, Map<EventKey, Long> revisions,
                Instant observedAt, boolean changed) {
            this.notifications = notifications;
            this.events = events;
            this.revisions = revisions;
            this.observedAt = observedAt;
            this.changed = changed;
        }

        /** @return the state to store */
        TargetState state(WatchTarget target) {
            return TargetState.of(target, events, observedAt, revisions);
        }
    }

    /**
     * Active: not NORMAL, and no end time yet or a planned end time still ahead of {@code at}. With
     * {@code at} unknown (null) any end time counts as passed.
     */
    static boolean active(HealthEvent e, Instant at) {
        if (e.severity() == EventSeverity.NORMAL) {
            return false;
        }
        return !e.endTime().isPresent() || (at != null && e.endTime().get().isAfter(at));
    }

    /**
     * @param target the target polled
     * @param previous the stored state, or null if the target was never polled successfully
     * @param polled the events the poll returned
     * @param windowStart the first instant of the lookback window of the request
     * @param observedAt when the reply was received
     * @return what to announce and store
     */
    static Result reconcile(WatchTarget target, TargetState previous, List<HealthEvent> polled, Instant windowStart,
            Instant observedAt) {
        Map<EventKey, HealthEvent> before = index(target, previous == null
                ? Collections.<HealthEvent>emptyList() : previous.events());
        Map<EventKey, HealthEvent> now = index(target, polled);
        Instant seenBefore = previous == null ? null : previous.observedAt().orElse(null);
        // Time never runs backwards for a target: a clock stepped back must not make an over event active again.
        Instant at = seenBefore != null && seenBefore.isAfter(observedAt) ? seenBefore : observedAt;
        List<HealthNotification> out = new ArrayList<>();
        Revisions rev = new Revisions(previous);

        for (Map.Entry<EventKey, HealthEvent> entry : now.entrySet()) {
            EventKey key = entry.getKey();
            HealthEvent current = entry.getValue();
            HealthEvent known = before.get(key);
            boolean isActive = active(current, at);
            if (known == null) {
                if (isActive) {
                    out.add(new EventOpened(key, current, null, observedAt, rev.next(key)));
                } else if (previous != null && current.severity() != EventSeverity.NORMAL) {
                    // Began and ended between two good polls (failures, a restart): announce both, lose nothing.
                    out.add(new EventOpened(key, current, null, observedAt, rev.next(key)));
                    out.add(new EventResolved(key, current, current.severity(), observedAt,
                            rev.next(key), EventResolved.Reason.ENDED));
                }
                continue;
            }
            boolean wasActive = active(known, seenBefore);
            if (wasActive && isActive) {
                // Two unknown severities differ by their raw text.
                if (known.severity() != current.severity() || !known.rawSeverity().equals(current.rawSeverity())) {
                    out.add(new SeverityChanged(key, current, known.severity(), observedAt, rev.next(key)));
                }
            } else if (wasActive) {
                out.add(new EventResolved(key, current, known.severity(), observedAt, rev.next(key),
                        current.severity() == EventSeverity.NORMAL && current.isOngoing()
                                ? EventResolved.Reason.WENT_NORMAL : EventResolved.Reason.ENDED));
            } else if (isActive) {
                out.add(new EventOpened(key, current, known.severity(), observedAt, rev.next(key)));
            }
        }
        for (Map.Entry<EventKey, HealthEvent> entry : before.entrySet()) {
            HealthEvent known = entry.getValue();
            // Aged out of the lookback window: the API cannot tell us any more, so forget it silently.
            if (!now.containsKey(entry.getKey()) && active(known, seenBefore)
                    && !known.startTime().isBefore(windowStart)) {
                out.add(new EventResolved(entry.getKey(), known, known.severity(), observedAt,
                        rev.next(entry.getKey()), EventResolved.Reason.VANISHED));
            }
        }
        // Also store when only time moved an event on (a planned end passed), so it is announced once.
        boolean changed = previous == null || !before.equals(now) || !out.isEmpty();
        return new Result(out, new ArrayList<>(now.values()), rev.retain(now.keySet(), windowStart), at, changed);
    }

    /** Per-event notification counters: the previous state's, advanced by this reconciliation. */
    static final class Revisions {
        private final Map<EventKey, Long> counts;

        Revisions(TargetState previous) {
            counts = new LinkedHashMap<>(previous == null ? Collections.<EventKey, Long>emptyMap()
                    : previous.revisions());
        }

        long next(EventKey key) {
            Long r = counts.get(key);
            long n = r == null ? 1 : r + 1;
            counts.put(key, n);
            return n;
        }

        /**
         * Keeps the counters of the events still listed or still inside the window (one that vanished may be
         * listed again, and must not reuse an id); an aged-out event's counter goes with it.
         */
        Map<EventKey, Long> retain(java.util.Set<EventKey> listed, Instant windowStart) {
            counts.keySet().removeIf(k -> !listed.contains(k) && k.startTime().isBefore(windowStart));
            return counts;
        }
    }

    /** Indexes events by key; of two entries with the same key the {@link #preferred} one counts. */
    private static Map<EventKey, HealthEvent> index(WatchTarget target, List<HealthEvent> events) {
        Map<EventKey, HealthEvent> map = new LinkedHashMap<>(events.size() * 2);
        for (HealthEvent e : events) {
            EventKey key = EventKey.of(target, e);
            HealthEvent other = map.get(key);
            map.put(key, other == null ? e : preferred(other, e));
        }
        return map;
    }

    /**
     * Of two entries of one event in one reply, the one that counts; a total order, so the result does not
     * depend on the order of the reply: the higher severity rank (ALARM &gt; NOTIFICATION &gt; a severity this
     * version does not know &gt; NORMAL), then an ongoing entry over an ended one, then the later end time, then
     * the greater raw severity text.
     */
    static HealthEvent preferred(HealthEvent a, HealthEvent b) {
        int c = Integer.compare(rank(a), rank(b));
        if (c == 0) {
            c = Boolean.compare(a.isOngoing(), b.isOngoing());
        }
        if (c == 0 && !a.isOngoing()) {
            c = a.endTime().get().compareTo(b.endTime().get());
        }
        if (c == 0) {
            c = a.rawSeverity().compareTo(b.rawSeverity());
        }
        return c >= 0 ? a : b;
    }

    private static int rank(HealthEvent e) {
        switch (e.severity()) {
            case ALARM:
                return 3;
            case NOTIFICATION:
                return 2;
            case UNKNOWN:
                return 1;
            default:
                return 0;
        }
    }
}
