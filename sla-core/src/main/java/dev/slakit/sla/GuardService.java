package dev.slakit.sla;

/**
 * The guard service (云上护航服务) of the PREMIUM plan: the technical account manager provides the basic guard
 * package of 2 days, once a year, for annual subscriptions only (护航基础包（2天）/1次/年 注：包年有效).
 *
 * <p>Immutable and thread-safe.
 */
public final class GuardService {

    /** The PREMIUM guard service of the 20210122 catalogue. */
    public static final GuardService PREMIUM = new GuardService(2, 1, true);

    private final int days;
    private final int timesPerYear;
    private final boolean annualSubscriptionOnly;

    private GuardService(int days, int timesPerYear, boolean annualSubscriptionOnly) {
        this.days = days;
        this.timesPerYear = timesPerYear;
        this.annualSubscriptionOnly = annualSubscriptionOnly;
    }

    /** @return the days of guard service per occasion (2) */
    public int days() {
        return days;
    }

    /** @return the occasions per year (1) */
    public int timesPerYear() {
        return timesPerYear;
    }

    /** @return true: valid for annual subscriptions only (包年有效) */
    public boolean annualSubscriptionOnly() {
        return annualSubscriptionOnly;
    }

    /** @return a summary such as {@code GuardService[2 days, 1/year, annual only]} */
    @Override
    public String toString() {
        return "GuardService[" + days + " days, " + timesPerYear + "/year" + (annualSubscriptionOnly ? ", annual only" : "")
                + "]";
    }
}
