package dev.slakit.status;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an event in progress affects: one product in one region, from when, and until when if it has recovered
 * ({@code Impacts[]} of {@code ListEventInProgress}). Immutable and thread-safe.
 */
public final class EventImpact {

    private final String productId;
    private final String productName;
    private final String regionId;
    private final String regionName;
    private final Instant startTime;
    private final Instant recoveryTime;

    private EventImpact(Builder b) {
        this.productId = requireText(b.productId, "productId");
        this.productName = Objects.requireNonNull(b.productName, "productName");
        this.regionId = requireText(b.regionId, "regionId");
        this.regionName = Objects.requireNonNull(b.regionName, "regionName");
        this.startTime = Objects.requireNonNull(b.startTime, "startTime");
        this.recoveryTime = b.recoveryTime;
        if (recoveryTime != null && recoveryTime.isBefore(startTime)) {
            throw new IllegalArgumentException("recoveryTime (" + recoveryTime + ") must not be before startTime ("
                    + startTime + ")");
        }
    }

    /** @return a builder with no field set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the product code, such as {@code ecs} ({@code Product.ProductId}); never null or empty */
    public String productId() {
        return productId;
    }

    /** @return the product's display name ({@code Product.ProductName}); never null, empty if not sent */
    public String productName() {
        return productName;
    }

    /** @return the region id, such as {@code cn-hangzhou} ({@code Region.RegionId}); never null or empty */
    public String regionId() {
        return regionId;
    }

    /** @return the region's display name ({@code Region.RegionName}); never null, empty if not sent */
    public String regionName() {
        return regionName;
    }

    /** @return when the impact began, an instant (UTC); never null */
    public Instant startTime() {
        return startTime;
    }

    /** @return when the product recovered in this region, if it has; an instant (UTC) */
    public Optional<Instant> recoveryTime() {
        return Optional.ofNullable(recoveryTime);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EventImpact)) {
            return false;
        }
        EventImpact that = (EventImpact) o;
        return productId.equals(that.productId) && productName.equals(that.productName)
                && regionId.equals(that.regionId) && regionName.equals(that.regionName)
                && startTime.equals(that.startTime) && Objects.equals(recoveryTime, that.recoveryTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(productId, productName, regionId, regionName, startTime, recoveryTime);
    }

    @Override
    public String toString() {
        return "EventImpact{regionId=" + regionId + ", productId=" + productId + ", startTime=" + startTime
                + (recoveryTime == null ? "" : ", recoveryTime=" + recoveryTime) + "}";
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    /** Builds an {@link EventImpact}. Not thread-safe. */
    public static final class Builder {
        private String productId;
        private String productName = "";
        private String regionId;
        private String regionName = "";
        private Instant startTime;
        private Instant recoveryTime;

        private Builder() {
        }

        /**
         * @param productId the product code, such as {@code ecs}; required, not empty
         * @param productName its display name; not null (default empty)
         * @return this builder
         */
        public Builder product(String productId, String productName) {
            this.productId = productId;
            this.productName = productName;
            return this;
        }

        /**
         * @param regionId the region id, such as {@code cn-hangzhou}; required, not empty
         * @param regionName its display name; not null (default empty)
         * @return this builder
         */
        public Builder region(String regionId, String regionName) {
            this.regionId = regionId;
            this.regionName = regionName;
            return this;
        }

        /**
         * @param startTime when the impact began; required
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * @param recoveryTime when it recovered, or null while it has not; not before the start time
         * @return this builder
         */
        public Builder recoveryTime(Instant recoveryTime) {
            this.recoveryTime = recoveryTime;
            return this;
        }

        /**
         * @return the impact
         * @throws NullPointerException naming a required field that is missing
         * @throws IllegalArgumentException if an id is empty or the recovery is before the start
         */
        public EventImpact build() {
            return new EventImpact(this);
        }
    }
}
