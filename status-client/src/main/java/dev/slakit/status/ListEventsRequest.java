package dev.slakit.status;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A {@code ListEvents} query: the events of one product in one region during the {@code numOfDay} days
 * up to and including {@code endDate}.
 *
 * <p>Built with {@link #builder()}; {@link Builder#build()} validates every field. Immutable and thread-safe.
 */
public final class ListEventsRequest {

    /** The region id of services that have no region. */
    public static final String NO_REGION = "oo-region";

    private final String regionId;
    private final String productId;
    private final LocalDate endDate;
    private final int numOfDay;

    private ListEventsRequest(Builder b) {
        this.regionId = b.regionId;
        this.productId = b.productId;
        this.endDate = b.endDate;
        this.numOfDay = b.numOfDay;
    }

    /** @return a new builder with no region, no product, no end date and one day */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the region id, such as {@code cn-hangzhou}, or {@link #NO_REGION} */
    public String regionId() {
        return regionId;
    }

    /** @return the product code, such as {@code ecs} or {@code oss} */
    public String productId() {
        return productId;
    }

    /** @return the last day of the query window ({@code EndDate}, sent as {@code yyyy-MM-dd}) */
    public LocalDate endDate() {
        return endDate;
    }

    /** @return how many days before the end date the window reaches ({@code NumOfDay}), at least 1 */
    public int numOfDay() {
        return numOfDay;
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().regionId(regionId).productId(productId).endDate(endDate).numOfDay(numOfDay);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListEventsRequest)) {
            return false;
        }
        ListEventsRequest that = (ListEventsRequest) o;
        return numOfDay == that.numOfDay && regionId.equals(that.regionId) && productId.equals(that.productId)
                && endDate.equals(that.endDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionId, productId, endDate, numOfDay);
    }

    @Override
    public String toString() {
        return "ListEventsRequest{regionId=" + regionId + ", productId=" + productId + ", endDate=" + endDate
                + ", numOfDay=" + numOfDay + "}";
    }

    /** Builds a {@link ListEventsRequest}. Not thread-safe. */
    public static final class Builder {
        private String regionId;
        private String productId;
        private LocalDate endDate;
        private int numOfDay = 1;

        private Builder() {
        }

        /**
         * @param regionId the region id, such as {@code cn-hangzhou}, or {@link ListEventsRequest#NO_REGION}
         * @return this builder
         */
        public Builder regionId(String regionId) {
            this.regionId = regionId;
            return this;
        }

        /**
         * @param productId the product code, such as {@code ecs}
         * @return this builder
         */
        public Builder productId(String productId) {
            this.productId = productId;
            return this;
        }

        /**
         * @param endDate the last day of the window
         * @return this builder
         */
        public Builder endDate(LocalDate endDate) {
            this.endDate = endDate;
            return this;
        }

        /**
         * @param numOfDay how many days the window reaches back, at least 1
         * @return this builder
         */
        public Builder numOfDay(int numOfDay) {
            this.numOfDay = numOfDay;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the request
         * @throws IllegalArgumentException naming the field when a region id or product id is missing or
         *     blank, the end date is missing, or the number of days is below 1
         */
        public ListEventsRequest build() {
            if (regionId == null || regionId.trim().isEmpty()) {
                throw new IllegalArgumentException(
                        "regionId must be a non-blank region id such as cn-hangzhou, or \"" + NO_REGION + "\"");
            }
            if (productId == null || productId.trim().isEmpty()) {
                throw new IllegalArgumentException("productId must be a non-blank product code such as ecs");
            }
            if (endDate == null) {
                throw new IllegalArgumentException("endDate is required (the last day of the query window)");
            }
            if (numOfDay < 1) {
                throw new IllegalArgumentException("numOfDay must be >= 1, was " + numOfDay);
            }
            return new ListEventsRequest(this);
        }
    }
}
