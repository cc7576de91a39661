package dev.slakit.sla;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The plan facts of one edition in one place: tiers, response targets, service hours of every channel, entitlements,
 * quotas, reports and deliverables. Every class that answers a plan question ({@link SlaCatalog},
 * {@link Entitlements}, {@link TicketQuota}, {@link ServiceReports}) reads an {@code EditionTable}; the subclasses
 * transcribe one document part each. Immutable and thread-safe.
 */
abstract class EditionTable {

    private static final Map<SlaEdition, EditionTable> BY_EDITION = new EnumMap<SlaEdition, EditionTable>(SlaEdition.class);

    static {
        register(new Cn20210122Table());
        register(new CnFaq20210122Table());
        register(new Partner20210908Table());
    }

    private static void register(EditionTable t) {
        BY_EDITION.put(t.edition(), t);
    }

    /**
     * The table of an edition.
     *
     * @throws IllegalArgumentException for an edition without a table
     */
    static EditionTable of(SlaEdition edition) {
        Objects.requireNonNull(edition, "edition");
        EditionTable t = BY_EDITION.get(edition);
        if (t == null) {
            throw new IllegalArgumentException("edition " + edition + " has no plan table; accepted: "
                    + BY_EDITION.keySet());
        }
        return t;
    }

    /** The table whose document defines a tier's service items: the CN 20210122 table or the partner table. */
    static EditionTable definingTier(SupportTier tier) {
        Objects.requireNonNull(tier, "tier");
        return of(tier.isPartner() ? SlaEdition.PARTNER_20210908 : SlaEdition.CN_20210122);
    }

    abstract SlaEdition edition();

    /** The tiers of the edition, in declaration order. */
    abstract EnumSet<SupportTier> tiers();

    /** Adds the response cells of the edition, working-time targets on {@code calendar}, in table order. */
    abstract void responseCells(Cells cells, WorkingCalendar calendar);

    /** The service hours of a channel for a tier of the edition, or null where the document is silent. */
    abstract ServiceHours serviceHours(SupportTier tier, Channel channel);

    /** The hours of the online-chat bot (智能客服) for a tier of the edition, or null where the document is silent. */
    abstract ServiceHours chatBotHours(SupportTier tier);

    /** The service items of a tier of the edition. */
    abstract EnumSet<Entitlement> entitlements(SupportTier tier);

    /** Express tickets included per calendar month. */
    int includedExpressTicketsPerMonth(SupportTier tier) {
        return 0;
    }

    /** Technical tickets per service cycle: a limit, empty when unlimited; null when the tier has no such quota. */
    OptionalInt technicalTicketsPerCycle(SupportTier tier) {
        return null;
    }

    /** The service reports of a tier. */
    EnumSet<ServiceReportKind> reportKinds(SupportTier tier) {
        return EnumSet.noneOf(ServiceReportKind.class);
    }

    /** The acceptance deliverables of a tier, in the document's order. */
    List<PartnerDeliverable> deliverables(SupportTier tier) {
        return Collections.emptyList();
    }

    /** The items of a tier that need an extra purchase. */
    EnumSet<Entitlement> extraPurchase(SupportTier tier) {
        return EnumSet.noneOf(Entitlement.class);
    }

    /** The node limit of the architecture visualisation of a tier's health check, or null if not stated. */
    NodeLimit architectureVisualizationNodes(SupportTier tier) {
        return null;
    }

    /** Collects the response cells of an edition in table order. */
    static final class Cells {
        private final SlaEdition edition;
        private final WorkingCalendar calendar;
        private final Map<Key, ResponseSla> cells = new LinkedHashMap<Key, ResponseSla>();

        Cells(SlaEdition edition, WorkingCalendar calendar) {
            this.edition = edition;
            this.calendar = calendar;
        }

        void put(SupportTier tier, Channel channel, Severity severity, TicketType type, SlaTarget target,
                Duration updateInterval, String note, EngineerGroup group) {
            cells.put(new Key(tier, channel, severity != null ? severity : type), ResponseSla.of(edition, tier, channel,
                    severity, type, target, updateInterval, note, group, calendar));
        }

        /** Targets in Severity order CRITICAL..LOW; a null target leaves the cell undefined. */
        void severities(SupportTier tier, Channel channel, String note, EngineerGroup group, SlaTarget... targets) {
            Severity[] all = Severity.values();
            for (int i = 0; i < all.length; i++) {
                if (targets[i] != null) {
                    put(tier, channel, all[i], null, targets[i], null, note, group);
                }
            }
        }

        Map<Key, ResponseSla> cells() {
            return cells;
        }
    }

    /** The key of a response cell: tier, channel and severity or ticket type. */
    static final class Key {
        final SupportTier tier;
        final Channel channel;
        final Enum<?> criterion;

        Key(SupportTier tier, Channel channel, Enum<?> criterion) {
            this.tier = tier;
            this.channel = channel;
            this.criterion = criterion;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key)) {
                return false;
            }
            Key k = (Key) o;
            return tier == k.tier && channel == k.channel && criterion == k.criterion;
        }

        @Override
        public int hashCode() {
            return (tier.hashCode() * 31 + channel.hashCode()) * 31 + criterion.hashCode();
        }
    }
}
