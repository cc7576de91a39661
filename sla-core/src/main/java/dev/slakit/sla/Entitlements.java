package dev.slakit.sla;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The service items of one support tier, with their typed details.
 *
 * <p>CN tiers follow the section 4.1 catalogue of the 20210122 document (plus the PREMIUM monthly and annual
 * service reports of section 3 and the free self-service items of section 4.11). Where section 4.7 contradicts the
 * 4.1 table (4.7 gives ENTERPRISE "AHAS（专业版）" and BASIC/BUSINESS "AHAS（免费版）"), the table is kept:
 * ENTERPRISE gets {@link Entitlement#HEALTH_CHECK_AHAS_ALL_RULES_AND_ALERTING}. Likewise section 4.6 says the guard
 * service gives 企业级 customers "有限次数的支持", while the 4.1 table says 企业级 不支持: the table is kept, and only
 * PREMIUM has {@link Entitlement#GUARD_SERVICE}.
 *
 * <p>Partner packages follow section 3.2 of the 20210908 document; the Service Health Dashboard and API and SDK
 * support are included for every partner package (SHD section: "customers who have purchased Alibaba Cloud support
 * plans").
 *
 * <p>One support plan covers exactly one account ({@link #ACCOUNTS_PER_PLAN}; FAQ question 1: 所有级别的支持计划的
 * 账单计算都只针对一个账户).
 *
 * <p>Immutable and thread-safe.
 */
public final class Entitlements {

    /** One plan covers exactly one account (FAQ question 1). */
    public static final int ACCOUNTS_PER_PLAN = 1;
    /** Express tickets included per calendar month in the BUSINESS plan (每月包含10次极速工单). */
    public static final int BUSINESS_EXPRESS_TICKETS_PER_MONTH = 10;

    private static final Map<SupportTier, Entitlements> BY_TIER = new EnumMap<SupportTier, Entitlements>(SupportTier.class);

    static {
        EnumSet<Entitlement> cnCommon = EnumSet.of(Entitlement.HOTLINE, Entitlement.ONLINE_CHAT, Entitlement.TICKET,
                Entitlement.EXPIRY_REMINDER_SYSTEM, Entitlement.HELP_DOCUMENTATION, Entitlement.SERVICE_HEALTH_DASHBOARD,
                Entitlement.API_AND_SDK, Entitlement.THIRD_PARTY_SOFTWARE, Entitlement.ADVISOR,
                Entitlement.SUBSCRIPTION_MESSAGES);
        EnumSet<Entitlement> basic = EnumSet.copyOf(cnCommon);
        basic.add(Entitlement.HEALTH_CHECK_AHAS_CORE_RULES);
        put(SupportTier.BASIC, basic);
        EnumSet<Entitlement> business = EnumSet.copyOf(basic);
        business.add(Entitlement.EXPIRY_REMINDER_MANUAL);
        business.add(Entitlement.EXPRESS_TICKETS_INCLUDED);
        put(SupportTier.BUSINESS, business);
        EnumSet<Entitlement> enterprise = EnumSet.copyOf(cnCommon);
        enterprise.add(Entitlement.IM_GROUP);
        enterprise.add(Entitlement.HEALTH_CHECK_AHAS_ALL_RULES_AND_ALERTING);
        put(SupportTier.ENTERPRISE, enterprise);
        EnumSet<Entitlement> premium = EnumSet.copyOf(cnCommon);
        premium.addAll(EnumSet.of(Entitlement.IM_GROUP, Entitlement.TECHNICAL_ACCOUNT_MANAGER, Entitlement.GUARD_SERVICE,
                Entitlement.DISASTER_RECOVERY, Entitlement.HEALTH_CHECK_AHAS_PRO,
                Entitlement.BEST_PRACTICES_AND_MONTHLY_DASHBOARD, Entitlement.MONTHLY_SERVICE_REPORT,
                Entitlement.ANNUAL_SERVICE_REPORT));
        put(SupportTier.PREMIUM, premium);

        EnumSet<Entitlement> partnerBase = EnumSet.of(Entitlement.BUSINESS_OBJECTIVE_COMBING,
                Entitlement.CONSULTING_TICKETS, Entitlement.TECHNICAL_TICKETS, Entitlement.SERVICE_HEALTH_DASHBOARD,
                Entitlement.API_AND_SDK);
        put(SupportTier.PARTNER_SELECTED, partnerBase);
        put(SupportTier.PARTNER_PREMIUM, partnerBase);
        EnumSet<Entitlement> elite = EnumSet.copyOf(partnerBase);
        elite.addAll(EnumSet.of(Entitlement.SERVICE_MANAGEMENT, Entitlement.ARCHITECTURE_CONSULTING_TRAINING,
                Entitlement.SERVICE_REPORTS));
        put(SupportTier.PARTNER_ELITE, elite);
        EnumSet<Entitlement> flagship = EnumSet.copyOf(elite);
        flagship.add(Entitlement.IM_ENTERPRISE_GROUP);
        flagship.add(Entitlement.CRITICAL_TIME_SERVICE);
        put(SupportTier.PARTNER_FLAGSHIP, flagship);
        put(SupportTier.PARTNER_TICKET_PACKAGE, EnumSet.of(Entitlement.TECHNICAL_TICKETS,
                Entitlement.SERVICE_HEALTH_DASHBOARD, Entitlement.API_AND_SDK));
    }

    private static void put(SupportTier tier, EnumSet<Entitlement> items) {
        BY_TIER.put(tier, new Entitlements(tier, EnumSet.copyOf(items)));
    }

    private final SupportTier tier;
    private final Set<Entitlement> items;

    private Entitlements(SupportTier tier, EnumSet<Entitlement> items) {
        this.tier = tier;
        this.items = Collections.unmodifiableSet(items);
    }

    /**
     * The service items of a tier.
     *
     * @param tier the tier, not null
     * @return the entitlements, not null
     */
    public static Entitlements of(SupportTier tier) {
        return BY_TIER.get(Objects.requireNonNull(tier, "tier"));
    }

    /** @return the tier, not null */
    public SupportTier tier() {
        return tier;
    }

    /**
     * Tells whether the tier includes a service item.
     *
     * @param entitlement the item, not null
     * @return true if included
     */
    public boolean contains(Entitlement entitlement) {
        return items.contains(Objects.requireNonNull(entitlement, "entitlement"));
    }

    /** @return the included items in declaration order */
    public Stream<Entitlement> stream() {
        return items.stream();
    }

    /** @return the included items, unmodifiable */
    public Set<Entitlement> asSet() {
        return items;
    }

    /** @return the number of accounts one plan covers: always 1 */
    public int accountsCovered() {
        return ACCOUNTS_PER_PLAN;
    }

    /** @return the health-check level item of a CN tier, empty for partner packages */
    public Optional<Entitlement> healthCheck() {
        for (Entitlement e : new Entitlement[] {Entitlement.HEALTH_CHECK_AHAS_CORE_RULES,
            Entitlement.HEALTH_CHECK_AHAS_ALL_RULES_AND_ALERTING, Entitlement.HEALTH_CHECK_AHAS_PRO}) {
            if (items.contains(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** @return the guard service details (PREMIUM), empty otherwise */
    public Optional<GuardService> guardService() {
        return items.contains(Entitlement.GUARD_SERVICE) ? Optional.of(GuardService.PREMIUM) : Optional.empty();
    }

    /** @return the disaster-recovery package details (PREMIUM), empty otherwise */
    public Optional<DisasterRecoveryPackage> disasterRecovery() {
        return items.contains(Entitlement.DISASTER_RECOVERY) ? Optional.of(DisasterRecoveryPackage.PREMIUM)
                : Optional.empty();
    }

    /** @return the express tickets included per calendar month: 10 for BUSINESS, 0 otherwise (others buy a package) */
    public int includedExpressTicketsPerMonth() {
        return items.contains(Entitlement.EXPRESS_TICKETS_INCLUDED) ? BUSINESS_EXPRESS_TICKETS_PER_MONTH : 0;
    }

    /**
     * The technical tickets per service cycle of a partner package.
     *
     * @return the limit (SELECTED 10, PREMIUM 20, ELITE 30, TICKET_PACKAGE 10), or empty for FLAGSHIP (unlimited)
     * @throws IllegalArgumentException for a CN tier, which has no ticket quota
     */
    public OptionalInt technicalTicketsPerServiceCycle() {
        return TicketQuota.partnerTechnicalLimit(tier);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Entitlements && ((Entitlements) o).tier == tier;
    }

    @Override
    public int hashCode() {
        return tier.hashCode();
    }

    /** @return a summary such as {@code Entitlements[BASIC: HOTLINE, ...]} */
    @Override
    public String toString() {
        return "Entitlements[" + tier + ": " + items + "]";
    }
}
