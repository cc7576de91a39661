package dev.slakit.sla;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * The plan facts of {@link SlaEdition#PARTNER_20210908}: the partner statement of work 20210908, section 3.2
 * service items (entitlements, ticket quotas, the extra purchase of Flagship training), section 4 SLA (response
 * targets), section 6 acceptance criteria (deliverables, reports). The document defines tickets and the Flagship IM
 * Enterprise Group only: it says nothing about a hotline or online chat.
 */
final class Partner20210908Table extends EditionTable {

    @Override
    SlaEdition edition() {
        return SlaEdition.PARTNER_20210908;
    }

    @Override
    EnumSet<SupportTier> tiers() {
        return EnumSet.of(SupportTier.PARTNER_SELECTED, SupportTier.PARTNER_PREMIUM, SupportTier.PARTNER_ELITE,
                SupportTier.PARTNER_FLAGSHIP, SupportTier.PARTNER_TICKET_PACKAGE);
    }

    @Override
    void responseCells(Cells t, WorkingCalendar calendar) {
        for (SupportTier tier : tiers()) {
            t.severities(tier, Channel.TICKET, "", null, SlaTarget.minutes(15), SlaTarget.minutes(40),
                    SlaTarget.hours(4), SlaTarget.hours(8), SlaTarget.hours(18));
        }
    }

    @Override
    ServiceHours serviceHours(SupportTier tier, Channel channel) {
        if (!tiers().contains(tier)) {
            return null;
        }
        switch (channel) {
            case TICKET:
                return ServiceHours.always(false, "7*24 hours technical tickets");
            case IM_GROUP:
                return tier == SupportTier.PARTNER_FLAGSHIP
                        ? ServiceHours.always(false, "IM Enterprise Group: 7*24 hours response")
                        : ServiceHours.notOffered("IM Enterprise Group is a Flagship service item only");
            default:
                return null;
        }
    }

    @Override
    ServiceHours chatBotHours(SupportTier tier) {
        return null;
    }

    @Override
    EnumSet<Entitlement> entitlements(SupportTier tier) {
        EnumSet<Entitlement> base = EnumSet.of(Entitlement.BUSINESS_OBJECTIVE_COMBING, Entitlement.CONSULTING_TICKETS,
                Entitlement.TECHNICAL_TICKETS, Entitlement.SERVICE_HEALTH_DASHBOARD, Entitlement.API_AND_SDK);
        switch (tier) {
            case PARTNER_SELECTED:
            case PARTNER_PREMIUM:
                return base;
            case PARTNER_ELITE:
                base.addAll(EnumSet.of(Entitlement.SERVICE_MANAGEMENT, Entitlement.ARCHITECTURE_CONSULTING_TRAINING,
                        Entitlement.SERVICE_REPORTS));
                return base;
            case PARTNER_FLAGSHIP:
                base.addAll(EnumSet.of(Entitlement.SERVICE_MANAGEMENT, Entitlement.ARCHITECTURE_CONSULTING_TRAINING,
                        Entitlement.SERVICE_REPORTS, Entitlement.IM_ENTERPRISE_GROUP, Entitlement.CRITICAL_TIME_SERVICE));
                return base;
            case PARTNER_TICKET_PACKAGE:
                return EnumSet.of(Entitlement.TECHNICAL_TICKETS, Entitlement.SERVICE_HEALTH_DASHBOARD,
                        Entitlement.API_AND_SDK);
            default:
                throw new IllegalArgumentException("tier " + tier + " is not in edition " + edition());
        }
    }

    @Override
    OptionalInt technicalTicketsPerCycle(SupportTier tier) {
        switch (tier) {
            case PARTNER_SELECTED:
            case PARTNER_TICKET_PACKAGE:
                return OptionalInt.of(10);
            case PARTNER_PREMIUM:
                return OptionalInt.of(20);
            case PARTNER_ELITE:
                return OptionalInt.of(30);
            case PARTNER_FLAGSHIP:
                return OptionalInt.empty();
            default:
                return null;
        }
    }

    @Override
    EnumSet<ServiceReportKind> reportKinds(SupportTier tier) {
        switch (tier) {
            case PARTNER_ELITE:
                return EnumSet.of(ServiceReportKind.PRODUCT_USAGE_REPORT, ServiceReportKind.SERVICE_SUMMARY_REPORT);
            case PARTNER_FLAGSHIP:
                return EnumSet.of(ServiceReportKind.PRODUCT_USAGE_REPORT, ServiceReportKind.SERVICE_SUMMARY_REPORT,
                        ServiceReportKind.CRITICAL_SUPPORT_SUMMARY);
            default:
                return EnumSet.noneOf(ServiceReportKind.class);
        }
    }

    @Override
    List<PartnerDeliverable> deliverables(SupportTier tier) {
        switch (tier) {
            case PARTNER_ELITE:
                return Collections.unmodifiableList(Arrays.asList(PartnerDeliverable.TICKET_CLOSURE,
                        PartnerDeliverable.PRODUCT_USAGE_REPORT, PartnerDeliverable.SERVICE_SUMMARY_REPORT));
            case PARTNER_FLAGSHIP:
                return Collections.unmodifiableList(Arrays.asList(PartnerDeliverable.TICKET_CLOSURE,
                        PartnerDeliverable.IM_ENTERPRISE_GROUP, PartnerDeliverable.CRITICAL_TIME_GUARANTEE,
                        PartnerDeliverable.PRODUCT_USAGE_REPORT, PartnerDeliverable.SERVICE_SUMMARY_REPORT));
            default: // Selected/Premier/Ticket package
                return Collections.singletonList(PartnerDeliverable.TICKET_CLOSURE);
        }
    }

    @Override
    EnumSet<Entitlement> extraPurchase(SupportTier tier) {
        // Flagship: "Quarterly online consulting, workshop on-demand and wide variety of remote training (Extra
        // purchase needed)"; Elite's cell has no such note
        return tier == SupportTier.PARTNER_FLAGSHIP ? EnumSet.of(Entitlement.ARCHITECTURE_CONSULTING_TRAINING)
                : EnumSet.noneOf(Entitlement.class);
    }
}
