package dev.slakit.sla;

import java.util.Objects;

/**
 * Decides whether a ticket may be submitted as an express ticket (极速工单), from the rules of the express-ticket
 * statement of work and section 4.4 of the 20210122 document:
 * <ol>
 * <li>Cloud Marketplace tickets are handled by the marketplace vendor and can never be express (云市场工单 … 暂不支持).
 * <li>Partner packages have no express tickets.
 * <li>A RAM sub-account cannot buy a package, but may use the main account's express tickets when the main account
 * grants it permission; without permission it is denied.
 * <li>BUSINESS includes 10 express tickets per calendar month; when they are used up, or for any other CN tier, a
 * purchased express-ticket package (极速工单包) is needed.
 * </ol>
 * Build the facts with {@link #forTier(SupportTier)} and the {@code with…} methods, then call {@link #check()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExpressTicketEligibility {

    /** Why an express ticket is allowed or denied. */
    public enum Reason {
        /** Allowed: BUSINESS monthly express tickets remain. */
        INCLUDED_MONTHLY_QUOTA("allowed: the BUSINESS plan's monthly express tickets remain"),
        /** Allowed: an express-ticket package (of the account, or of the main account for a RAM sub-account). */
        PURCHASED_PACKAGE("allowed: an express-ticket package covers the ticket"),
        /** Denied: Cloud Marketplace tickets cannot be express. */
        CLOUD_MARKETPLACE_TICKET("denied: Cloud Marketplace tickets are handled by the marketplace vendor and cannot be express"),
        /** Denied: partner packages have no express tickets. */
        PARTNER_TIER("denied: express tickets belong to the CN support plans, not to partner packages"),
        /** Denied: a RAM sub-account without the main account's permission. */
        RAM_SUB_ACCOUNT_NOT_PERMITTED("denied: a RAM sub-account may use the main account's express tickets only when"
                + " the main account grants it permission"),
        /** Denied: the BUSINESS monthly quota is used up and there is no package. */
        MONTHLY_QUOTA_EXHAUSTED("denied: the 10 express tickets of this month are used and there is no express-ticket package"),
        /** Denied: no express-ticket package (tiers other than BUSINESS). */
        NO_PACKAGE("denied: no express-ticket package; BASIC, ENTERPRISE and PREMIUM need a purchased package");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** @return true for the reasons that allow the express ticket */
        public boolean isAllowed() {
            return this == INCLUDED_MONTHLY_QUOTA || this == PURCHASED_PACKAGE;
        }

        /** @return the reason in words */
        public String text() {
            return text;
        }
    }

    private final SupportTier tier;
    private final boolean hasPackage;
    private final int remainingMonthlyQuota;
    private final boolean ramSubAccount;
    private final boolean mainAccountPermission;
    private final boolean cloudMarketplace;

    private ExpressTicketEligibility(SupportTier tier, boolean hasPackage, int remainingMonthlyQuota,
            boolean ramSubAccount, boolean mainAccountPermission, boolean cloudMarketplace) {
        this.tier = tier;
        this.hasPackage = hasPackage;
        this.remainingMonthlyQuota = remainingMonthlyQuota;
        this.ramSubAccount = ramSubAccount;
        this.mainAccountPermission = mainAccountPermission;
        this.cloudMarketplace = cloudMarketplace;
    }

    /**
     * Starts from a tier, with no package, the tier's full monthly quota (10 for BUSINESS, 0 otherwise), a main
     * account and an ordinary (non-marketplace) ticket.
     *
     * @param tier the tier, not null
     * @return the facts
     */
    public static ExpressTicketEligibility forTier(SupportTier tier) {
        Objects.requireNonNull(tier, "tier");
        return new ExpressTicketEligibility(tier, false, Entitlements.of(tier).includedExpressTicketsPerMonth(), false,
                false, false);
    }

    /**
     * Sets whether an express-ticket package with tickets left covers the account (for a RAM sub-account: the main
     * account's package).
     *
     * @param value true if a package covers the ticket
     * @return a copy with the fact
     */
    public ExpressTicketEligibility withPackage(boolean value) {
        return new ExpressTicketEligibility(tier, value, remainingMonthlyQuota, ramSubAccount, mainAccountPermission,
                cloudMarketplace);
    }

    /**
     * Sets the BUSINESS plan's express tickets left this month (see {@link TicketQuota#businessExpress}).
     *
     * @param remaining the tickets left, not negative
     * @return a copy with the fact
     */
    public ExpressTicketEligibility withRemainingMonthlyQuota(int remaining) {
        if (remaining < 0) {
            throw new IllegalArgumentException("remaining must not be negative, was " + remaining);
        }
        return new ExpressTicketEligibility(tier, hasPackage, remaining, ramSubAccount, mainAccountPermission,
                cloudMarketplace);
    }

    /**
     * Sets whether the ticket is submitted by a RAM sub-account, and whether its main account granted it permission
     * to submit express tickets.
     *
     * @param subAccount true for a RAM sub-account
     * @param permitted true if the main account granted permission (ignored for a main account)
     * @return a copy with the facts
     */
    public ExpressTicketEligibility withRamSubAccount(boolean subAccount, boolean permitted) {
        return new ExpressTicketEligibility(tier, hasPackage, remainingMonthlyQuota, subAccount, permitted,
                cloudMarketplace);
    }

    /**
     * Sets whether the ticket is a Cloud Marketplace (云市场) ticket.
     *
     * @param value true for a marketplace ticket
     * @return a copy with the fact
     */
    public ExpressTicketEligibility withCloudMarketplace(boolean value) {
        return new ExpressTicketEligibility(tier, hasPackage, remainingMonthlyQuota, ramSubAccount, mainAccountPermission,
                value);
    }

    /**
     * Applies the rules in order (marketplace, partner, RAM permission, monthly quota, package).
     *
     * @return the reason the ticket is allowed or denied; {@link Reason#isAllowed()} tells which, not null
     */
    public Reason check() {
        if (cloudMarketplace) {
            return Reason.CLOUD_MARKETPLACE_TICKET;
        }
        if (tier.isPartner()) {
            return Reason.PARTNER_TIER;
        }
        if (ramSubAccount && !mainAccountPermission) {
            return Reason.RAM_SUB_ACCOUNT_NOT_PERMITTED;
        }
        if (tier == SupportTier.BUSINESS && remainingMonthlyQuota > 0) {
            return Reason.INCLUDED_MONTHLY_QUOTA;
        }
        if (hasPackage) {
            return Reason.PURCHASED_PACKAGE;
        }
        return tier == SupportTier.BUSINESS ? Reason.MONTHLY_QUOTA_EXHAUSTED : Reason.NO_PACKAGE;
    }

    /** @return the facts, for logs */
    @Override
    public String toString() {
        return "ExpressTicketEligibility[" + tier + ", package=" + hasPackage + ", monthlyRemaining="
                + remainingMonthlyQuota + ", ramSubAccount=" + ramSubAccount + ", permitted=" + mainAccountPermission
                + ", marketplace=" + cloudMarketplace + "]";
    }
}
