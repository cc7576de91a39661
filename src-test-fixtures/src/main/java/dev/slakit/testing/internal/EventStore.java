package dev.slakit.testing.internal;

import dev.slakit.status.HealthEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake's events, by region and product. Internal; thread-safe (copy-on-write: reads dominate).
 */
public final class EventStore {

    private static final Comparator<Stored> NEWEST_FIRST = new Comparator<Stored>() {
        @Override
        public int compare(Stored a, Stored b) {
            int byStart = b.event.startTime().compareTo(a.event.startTime());
            return byStart != 0 ? byStart : Long.compare(a.sequence, b.sequence);
        }
    };

    private final List<Stored> events = new CopyOnWriteArrayList<Stored>();
    private long sequence;

    /**
     * @param regionId the region
     * @param productId the product
     * @param event the event
     */
    public synchronized void add(String regionId, String productId, HealthEvent event) {
        events.add(new Stored(regionId, productId, event, sequence++));
    }

    /** Removes every event. */
    public void clear() {
        events.clear();
    }

    /** @return how many events are stored */
    public int size() {
        return events.size();
    }

    /**
     * The events of a region and product that overlap the half-open window [from, to): started before
     * {@code to} and not ended before {@code from}. Newest start first; equal starts in insertion order.
     *
     * @param regionId the region, exact match
     * @param productId the product, exact match
     * @param from the window start, inclusive
     * @param to the window end, exclusive
     * @return the matching events
     */
    public List<HealthEvent> find(String regionId, String productId, Instant from, Instant to) {
        List<Stored> matches = new ArrayList<Stored>();
        for (Stored stored : events) {
            HealthEvent e = stored.event;
            if (stored.regionId.equals(regionId) && stored.productId.equals(productId)
                    && e.startTime().isBefore(to)
                    && (!e.endTime().isPresent() || !e.endTime().get().isBefore(from))) {
                matches.add(stored);
            }
        }
        Collections.sort(matches, NEWEST_FIRST);
        List<HealthEvent> result = new ArrayList<HealthEvent>(matches.size());
        for (Stored stored : matches) {
            result.add(stored.event);
        }
        return result;
    }

    private static final class Stored {
        final String regionId;
        final String productId;
        final HealthEvent event;
        final long sequence;

        Stored(String regionId, String productId, HealthEvent event, long sequence) {
            this.regionId = regionId;
            this.productId = productId;
            this.event = event;
            this.sequence = sequence;
        }
    }
}
