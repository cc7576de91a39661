package dev.slakit.sla;

/**
 * The disaster-recovery basic package (容灾基础包) of the PREMIUM plan: completed within 7 days, for at most 3
 * applications with fewer than 100 nodes, with a fault-drill resource pack of 50,000 drills; annual subscriptions
 * only (注：包年有效).
 *
 * <p>Immutable and thread-safe.
 */
public final class DisasterRecoveryPackage {

    /** The PREMIUM package of the 20210122 catalogue. */
    public static final DisasterRecoveryPackage PREMIUM = new DisasterRecoveryPackage(7, 3, 100, 50_000, true);

    private final int completionDays;
    private final int maxApplications;
    private final int nodeLimitExclusive;
    private final int faultDrills;
    private final boolean annualSubscriptionOnly;

    private DisasterRecoveryPackage(int completionDays, int maxApplications, int nodeLimitExclusive, int faultDrills,
            boolean annualSubscriptionOnly) {
        this.completionDays = completionDays;
        this.maxApplications = maxApplications;
        this.nodeLimitExclusive = nodeLimitExclusive;
        this.faultDrills = faultDrills;
        this.annualSubscriptionOnly = annualSubscriptionOnly;
    }

    /** @return the days within which the package is completed (7天内完成) */
    public int completionDays() {
        return completionDays;
    }

    /** @return the maximum number of applications (3个应用内), inclusive */
    public int maxApplications() {
        return maxApplications;
    }

    /** @return the node limit, exclusive: fewer than this many nodes (节点数&lt;100台) */
    public int nodeLimitExclusive() {
        return nodeLimitExclusive;
    }

    /** @return the fault drills in the resource pack (故障演练资源包5万次) */
    public int faultDrills() {
        return faultDrills;
    }

    /** @return true: valid for annual subscriptions only (包年有效) */
    public boolean annualSubscriptionOnly() {
        return annualSubscriptionOnly;
    }

    /**
     * Tells whether a system fits the package limits.
     *
     * @param applications the number of applications, not negative
     * @param nodes the number of nodes, not negative
     * @return true if {@code applications <= 3} and {@code nodes < 100}
     */
    public boolean covers(int applications, int nodes) {
        if (applications < 0 || nodes < 0) {
            throw new IllegalArgumentException("applications and nodes must not be negative, were " + applications
                    + " and " + nodes);
        }
        return applications <= maxApplications && nodes < nodeLimitExclusive;
    }

    /** @return a summary of the limits */
    @Override
    public String toString() {
        return "DisasterRecoveryPackage[" + completionDays + " days, <=" + maxApplications + " applications, <"
                + nodeLimitExclusive + " nodes, " + faultDrills + " fault drills]";
    }
}
