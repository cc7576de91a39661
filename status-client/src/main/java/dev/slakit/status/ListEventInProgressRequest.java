package dev.slakit.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code ListEventInProgress} query: the events in progress that affect any of the given regions, every
 * product included, in one call.
 *
 * <p>Built with {@link #builder()}; {@link Builder#build()} validates every field. Immutable and thread-safe.
 */
public final class ListEventInProgressRequest {

    private static final Pattern REGION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final List<String> regionIds;

    private ListEventInProgressRequest(List<String> regionIds) {
        this.regionIds = regionIds;
    }

    /** @return a new builder with no region */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the region ids, such as {@code cn-hangzhou}, in the order given (the order they are sent in);
     *     unmodifiable, at least one, no duplicates
     */
    public List<String> regionIds() {
        return regionIds;
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().regionIds(regionIds.toArray(new String[0]));
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ListEventInProgressRequest
                && regionIds.equals(((ListEventInProgressRequest) o).regionIds);
    }

    @Override
    public int hashCode() {
        return regionIds.hashCode();
    }

    @Override
    public String toString() {
        return "ListEventInProgressRequest{regionIds=" + regionIds + "}";
    }

    /** Builds a {@link ListEventInProgressRequest}. Not thread-safe. */
    public static final class Builder {
        private List<String> regionIds = Collections.emptyList();

        private Builder() {
        }

        /**
         * Sets the regions, replacing any set before.
         *
         * @param regionIds region ids such as {@code cn-hangzhou} ({@code oo-region} for services without a
         *     region); checked by {@link #build()}
         * @return this builder
         */
        public Builder regionIds(String... regionIds) {
            Objects.requireNonNull(regionIds, "regionIds");
            this.regionIds = new ArrayList<>(Arrays.asList(regionIds));
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the request
         * @throws IllegalArgumentException naming {@code regionIds} when there is none, one is null or not a
         *     region id (letters, digits, {@code -}, {@code _}, {@code .}, starting with a letter or digit), or
         *     one is given twice
         */
        public ListEventInProgressRequest build() {
            if (regionIds.isEmpty()) {
                throw new IllegalArgumentException("regionIds must hold at least one region id, such as cn-hangzhou");
            }
            List<String> checked = new ArrayList<>(regionIds.size());
            for (int i = 0; i < regionIds.size(); i++) {
                String id = regionIds.get(i);
                if (id == null || !REGION_ID.matcher(id).matches()) {
                    throw new IllegalArgumentException("regionIds[" + i + "] must be a region id such as cn-hangzhou"
                            + " (letters, digits, '-', '_', '.'), was " + (id == null ? "null" : "\"" + id + "\""));
                }
                if (checked.contains(id)) {
                    throw new IllegalArgumentException("regionIds[" + i + "] repeats \"" + id
                            + "\"; give each region once");
                }
                checked.add(id);
            }
            return new ListEventInProgressRequest(Collections.unmodifiableList(checked));
        }
    }
}
