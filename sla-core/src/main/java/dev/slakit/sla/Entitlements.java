package dev.slakit.sla;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
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
 * <p>The facts come from the plan table of the tier's document (the same table {@link SlaCatalog} reads); the FAQ
 * edition of the 20210122 document has the same plans and therefore the same entitlements.
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
        for (SupportTier tier : SupportTier.values()) {
            BY_TIER.put(tier, new Entitlements(tier, EditionTable.definingTier(tier)));
        }
    }

    private final SupportTier tier;
    private final Set<Entitlement> items;
    private final int expressPerMonth;
    private final OptionalInt technicalPerCycle; // null: no technical-ticket quota
    private final Set<ServiceReportKind> reports;
    private final List<PartnerDeliverable> deliverables;
    private final Set<Entitlement> extraPurchase;
    private final NodeLimit nodes;

    private Entitlements(SupportTier tier, EditionTable table) {
        this.tier = tier;
        this.items = Collections.unmodifiableSet(table.entitlements(tier));
        this.expressPerMonth = table.includedExpressTicketsPerMonth(tier);
        this.technicalPerCycle = table.technicalTicketsPerCycle(tier);
        this.reports = Collections.unmodifiableSet(table.reportKinds(tier));
        this.deliverables = table.deliverables(tier);
        this.extraPurchase = Collections.unmodifiableSet(table.extraPurchase(tier));
        this.nodes = table.architectureVisualizationNodes(tier);
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
        return expressPerMonth;
    }

    /**
     * The technical tickets per service cycle of a partner package.
     *
     * @return the limit (SELECTED 10, PREMIUM 20, ELITE 30, TICKET_PACKAGE 10), or empty for FLAGSHIP (unlimited)
     * @throws IllegalArgumentException for a CN tier, which has no ticket quota
     */
    public OptionalInt technicalTicketsPerServiceCycle() {
        if (technicalPerCycle == null) {
            throw new IllegalArgumentException("tier " + tier + " has no technical-ticket quota; accepted: "
                    + "PARTNER_SELECTED, PARTNER_PREMIUM, PARTNER_ELITE, PARTNER_FLAGSHIP, PARTNER_TICKET_PACKAGE");
        }
        return technicalPerCycle;
    }

    /**
     * The service reports of the tier: PREMIUM the monthly and annual service reports; partner ELITE the Product
     * Usage and Service Summary reports; partner FLAGSHIP those and the Critical Support Summary.
     *
     * @return the report kinds, unmodifiable, possibly empty
     */
    public Set<ServiceReportKind> reportKinds() {
        return reports;
    }

    /**
     * The acceptance deliverables of a partner package (section 6): Ticket Closure for every package; Elite adds
     * the Product Usage and Service Summary reports; Flagship adds the IM Enterprise Group and the Critical Time
     * Guarantee summary.
     *
     * @return the deliverables in the document's order, unmodifiable, empty for a CN tier
     */
    public List<PartnerDeliverable> deliverables() {
        return deliverables;
    }

    /**
     * Tells whether an included item needs an extra purchase: the Flagship's "Cloud product architecture
     * consulting/training" (quarterly online consulting, workshops, remote training: "Extra purchase needed").
     *
     * @param entitlement the item, not null
     * @return true if the tier lists the item but it must be bought on top of the plan
     */
    public boolean requiresExtraPurchase(Entitlement entitlement) {
        return extraPurchase.contains(Objects.requireNonNull(entitlement, "entitlement"));
    }

    /**
     * The node limit of the health check's architecture visualisation: {@link NodeLimit#LIMITED} for BASIC and
     * BUSINESS (受限节点), {@link NodeLimit#UNLIMITED} for ENTERPRISE (不限节点).
     *
     * @return the limit, or empty where the document states none (PREMIUM's AHAS Pro, partner packages)
     */
    public Optional<NodeLimit> architectureVisualizationNodes() {
        return Optional.ofNullable(nodes);
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
