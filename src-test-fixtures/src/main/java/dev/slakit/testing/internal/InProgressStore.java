package dev.slakit.testing.internal;

import dev.slakit.status.EventImpact;
import dev.slakit.status.EventInProgress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The fake's events in progress, by id: adding an event with a known id replaces it (the service posting an
 * update); removing it is the event ending. Internal; thread-safe.
 */
public final class InProgressStore {

    private final Map<Long, EventInProgress> byId = new ConcurrentSkipListMap<Long, EventInProgress>();

    /** @param event the event, replacing one with its id */
    public void put(EventInProgress event) {
        byId.put(event.id(), event);
    }

    /**
     * @param id an event id
     * @return true if an event was removed
     */
    public boolean remove(long id) {
        return byId.remove(id) != null;
    }

    /** Removes every event. */
    public void clear() {
        byId.clear();
    }

    /** @return how many events are held */
    public int size() {
        return byId.size();
    }

    /**
     * @param regionIds the requested regions
     * @return the events with at least one impact in one of them, every impact included, by ascending id
     */
    public List<EventInProgress> find(Collection<String> regionIds) {
        List<EventInProgress> found = new ArrayList<EventInProgress>();
        for (EventInProgress event : byId.values()) {
            for (EventImpact impact : event.impacts()) {
                if (regionIds.contains(impact.regionId())) {
                    found.add(event);
                    break;
                }
            }
        }
        return found;
    }
}
