package dev.slakit.status.watch;

import dev.slakit.status.ListEventsRequest;
import java.util.Objects;

/**
 * One (region id, product id) pair a {@link HealthWatcher} polls, such as {@code (cn-hangzhou, ecs)}.
 *
 * <p>Use {@link ListEventsRequest#NO_REGION} ({@code oo-region}) as the region of services that have no
 * region. Immutable and thread-safe.
 */
public final class WatchTarget {

    /**
     * The product id of a target that stands for every product of its region, polled with
     * {@code ListEventInProgress} (see {@link HealthWatcher.Builder#regions(String...)}): {@value}.
     */
    public static final String ALL_PRODUCTS = "*";

    private final String regionId;
    private final String productId;

    private WatchTarget(String regionId, String productId) {
        this.regionId = regionId;
        this.productId = productId;
    }

    /**
     * Returns the pair.
     *
     * @param regionId the region id, such as {@code cn-hangzhou}, or {@code oo-region}; not null, not blank
     * @param productId the product code, such as {@code ecs}; not null, not blank
     * @return the target
     * @throws IllegalArgumentException naming the field when one is blank
     */
    public static WatchTarget of(String regionId, String productId) {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(productId, "productId");
        if (regionId.trim().isEmpty()) {
            throw new IllegalArgumentException("regionId must be a non-blank region id such as cn-hangzhou, or \""
                    + ListEventsRequest.NO_REGION + "\"");
        }
        if (productId.trim().isEmpty()) {
            throw new IllegalArgumentException("productId must be a non-blank product code such as ecs");
        }
        return new WatchTarget(regionId, productId);
    }

    /**
     * Returns the target "every product of this region", as {@link HealthWatcher.Builder#regions(String...)}
     * adds it; its state holds the region's events in progress.
     *
     * @param regionId the region id, such as {@code cn-hangzhou}; not null, not blank
     * @return the target {@code (regionId, *)}
     * @throws IllegalArgumentException if the region id is blank
     */
    public static WatchTarget allProducts(String regionId) {
        return of(regionId, ALL_PRODUCTS);
    }

    /** @return true for a target of every product of its region ({@link #ALL_PRODUCTS}) */
    public boolean isAllProducts() {
        return ALL_PRODUCTS.equals(productId);
    }

    /** @return the region id, never null */
    public String regionId() {
        return regionId;
    }

    /** @return the product code, never null */
    public String productId() {
        return productId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WatchTarget)) {
            return false;
        }
        WatchTarget that = (WatchTarget) o;
        return regionId.equals(that.regionId) && productId.equals(that.productId);
    }

    @Override
    public int hashCode() {
        return 31 * regionId.hashCode() + productId.hashCode();
    }

    /** @return {@code regionId/productId}, such as {@code cn-hangzhou/ecs} */
    @Override
    public String toString() {
        return regionId + "/" + productId;
    }
}
