package dev.slakit.sla;

import java.util.EnumSet;

/**
 * The plan facts of {@link SlaEdition#CN_FAQ_20210122}: FAQ question 2 of the 20210122 document gives the response
 * targets; nothing else.
 *
 * <p>Decision: the FAQ names the same four plans (基础计划, 商业计划, 企业标准计划, 企业至尊计划) of the same document,
 * points to the plan comparison for the differences (question 5) and contradicts nothing but the response targets.
 * So service hours, the online-chat bot, entitlements, quotas, reports and node limits are those of the same
 * document's section 4.1 catalogue and section 5 table ({@link Cn20210122Table}). Engineer groups are not named by
 * the FAQ: its cells have none.
 */
final class CnFaq20210122Table extends EditionTable {

    static final String FAQ_BASIC_NOTE = "一个工作日之内受理: accepted within one working day (24 h of "
            + "working-day time, China mainland calendar, 00:00-24:00 Asia/Shanghai), whatever the severity.";

    private final Cn20210122Table plans = new Cn20210122Table();

    @Override
    SlaEdition edition() {
        return SlaEdition.CN_FAQ_20210122;
    }

    @Override
    EnumSet<SupportTier> tiers() {
        return plans.tiers();
    }

    @Override
    void responseCells(Cells t, WorkingCalendar calendar) {
        SlaTarget oneWorkingDay = SlaTarget.workingDays(1, calendar);
        t.severities(SupportTier.BASIC, Channel.TICKET, FAQ_BASIC_NOTE, null, oneWorkingDay, oneWorkingDay,
                oneWorkingDay, oneWorkingDay, oneWorkingDay);
        t.severities(SupportTier.BUSINESS, Channel.TICKET, "", null, null, SlaTarget.minutes(40), SlaTarget.hours(3),
                SlaTarget.hours(8), SlaTarget.hours(16));
        for (SupportTier tier : new SupportTier[] {SupportTier.ENTERPRISE, SupportTier.PREMIUM}) {
            t.severities(tier, Channel.TICKET, "", null, SlaTarget.minutes(12), SlaTarget.minutes(40),
                    SlaTarget.hours(3), SlaTarget.hours(8), SlaTarget.hours(16));
        }
    }

    @Override
    ServiceHours serviceHours(SupportTier tier, Channel channel) {
        return plans.serviceHours(tier, channel);
    }

    @Override
    ServiceHours chatBotHours(SupportTier tier) {
        return plans.chatBotHours(tier);
    }

    @Override
    EnumSet<Entitlement> entitlements(SupportTier tier) {
        return plans.entitlements(tier);
    }

    @Override
    int includedExpressTicketsPerMonth(SupportTier tier) {
        return plans.includedExpressTicketsPerMonth(tier);
    }

    @Override
    EnumSet<ServiceReportKind> reportKinds(SupportTier tier) {
        return plans.reportKinds(tier);
    }

    @Override
    NodeLimit architectureVisualizationNodes(SupportTier tier) {
        return plans.architectureVisualizationNodes(tier);
    }
}
