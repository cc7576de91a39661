package dev.slakit.status;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A {@code ListEvents} query: the events of one product in one region during the {@code numOfDay}
 * calendar days ending with {@code endDate} inclusive (its {@linkplain #window() window}).
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

    /** @return the last day of the query window, inclusive ({@code EndDate}, sent as {@code yyyy-MM-dd}) */
    public LocalDate endDate() {
        return endDate;
    }

    /** @return how many calendar days the window holds ({@code NumOfDay}), at least 1; see {@link #window()} */
    public int numOfDay() {
        return numOfDay;
    }

    /**
     * The time span this request covers; the one definition used by this client, the health watcher and the
     * fake server of the test fixtures.
     *
     * <p>The statements of work describe {@code EndDate} as "查询时间截至点" / "the end of the query time"
     * and {@code NumOfDay} as "截至点往前几天" / "a few days before the deadline", without saying whether the
     * end day counts among those days. slakit reads them as <b>{@code NumOfDay} calendar days ending with
     * {@code EndDate} inclusive</b>, in Asia/Shanghai (the service's zone):
     * {@code [EndDate - (NumOfDay - 1) days 00:00, EndDate + 1 day 00:00)}. So {@code EndDate=2020-02-15,
     * NumOfDay=6} covers 2020-02-10 00:00 up to (excluding) 2020-02-16 00:00 +08:00, six days, and
     * {@code NumOfDay=1} is the end day alone. The other reading ({@code NumOfDay} days before the end day,
     * plus the end day: one day more) was rejected because it makes {@code NumOfDay=7}, the documents'
     * example, an eight-day query. An event is listed when it overlaps the window: it started before
     * {@link LookbackWindow#to()} and is ongoing or ended at or after {@link LookbackWindow#from()}.
     *
     * @return the window, never null
     */
    public LookbackWindow window() {
        return LookbackWindow.of(endDate, numOfDay);
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
         * @param numOfDay how many calendar days, ending with the end date inclusive, the window holds; at
         *     least 1 (see {@link ListEventsRequest#window()})
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
