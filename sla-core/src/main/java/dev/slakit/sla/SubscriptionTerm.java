package dev.slakit.sla;

/**
 * How a support plan is bought: 按年订购 (annual) or 按月订购 (monthly).
 */
public enum SubscriptionTerm {
    /** 按年订购 / bought by the year. */
    ANNUAL,
    /** 按月订购 / bought by the month. */
    MONTHLY
}
