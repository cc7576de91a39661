package dev.slakit.sla;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

/**
 * The plan facts of {@link SlaEdition#CN_20210122}: 《支持计划工作说明书》 20210122, section 4.1 catalogue (entitlements,
 * health-check node limits), section 5 SLA table (service hours, response targets, engineer groups, the monthly
 * express tickets of 商业级), the express-ticket statement of work and 《支持计划-服务报告》 (reports).
 */
final class Cn20210122Table extends EditionTable {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String IM_NOTE = "IM group severity mapping (slakit's interpretation): CRITICAL, URGENT -> "
            + "业务不可用 <10 min; HIGH, MEDIUM -> 一般问题 <1 h; LOW -> 一般咨询 <16 h. Section 5.2 says the group "
            + "response time follows ticket support (响应时间参考工单支持); the section 5 table's group figures are used.";
    static final String EXPRESS_NOTE = "极速工单 <10 min, progress update every hour or at an agreed interval "
            + "until closed; needs the BUSINESS monthly quota or a purchased express-ticket package "
            + "(see ExpressTicketEligibility).";

    @Override
    SlaEdition edition() {
        return SlaEdition.CN_20210122;
    }

    @Override
    EnumSet<SupportTier> tiers() {
        return EnumSet.of(SupportTier.BASIC, SupportTier.BUSINESS, SupportTier.ENTERPRISE, SupportTier.PREMIUM);
    }

    @Override
    void responseCells(Cells t, WorkingCalendar calendar) {
        for (SupportTier tier : tiers()) {
            t.put(tier, Channel.TICKET, null, TicketType.EXPRESS, SlaTarget.minutes(10),
                    ResponseSla.DEFAULT_UPDATE_INTERVAL, EXPRESS_NOTE, EngineerGroup.SENIOR_AFTER_SALES);
        }
        for (SupportTier tier : new SupportTier[] {SupportTier.BASIC, SupportTier.BUSINESS}) {
            t.put(tier, Channel.TICKET, null, TicketType.IMPORTANT, SlaTarget.minutes(90), null, "",
                    EngineerGroup.AFTER_SALES);
            t.put(tier, Channel.TICKET, null, TicketType.GENERAL, SlaTarget.minutes(120), null, "",
                    EngineerGroup.AFTER_SALES);
        }
        for (SupportTier tier : new SupportTier[] {SupportTier.ENTERPRISE, SupportTier.PREMIUM}) {
            t.severities(tier, Channel.TICKET, "", EngineerGroup.AFTER_SALES, SlaTarget.minutes(12),
                    SlaTarget.minutes(40), SlaTarget.minutes(90), SlaTarget.minutes(120), SlaTarget.minutes(120));
            t.severities(tier, Channel.IM_GROUP, IM_NOTE, null, SlaTarget.minutes(10), SlaTarget.minutes(10),
                    SlaTarget.hours(1), SlaTarget.hours(1), SlaTarget.hours(16));
        }
    }

    @Override
    ServiceHours serviceHours(SupportTier tier, Channel channel) {
        if (!tiers().contains(tier)) {
            return null;
        }
        boolean business = tier == SupportTier.BUSINESS;
        switch (channel) {
            case HOTLINE:
                return business ? ServiceHours.always(true, "7×24小时 快速进线人工服务（需使用绑定的服务号码）")
                        .requiringBoundServiceNumber() : ServiceHours.always(false, "7×24小时 热线支持");
            case ONLINE_CHAT:
                return ServiceHours.dailyWindow(LocalTime.of(9, 0), LocalTime.MIDNIGHT, SHANGHAI, business, business
                        ? "7×15小时 快速进线人工服务（早9:00-晚24:00） 其余时间为智能客服"
                        : "7×24小时 智能客服 7×15小时 人工服务（早9:00-晚24:00）");
            case TICKET:
                return ServiceHours.always(false, "7×24小时 工单支持");
            default:
                return tier == SupportTier.ENTERPRISE || tier == SupportTier.PREMIUM
                        ? ServiceHours.always(false, "7×24小时 专属企业钉钉群快速响应") : ServiceHours.notOffered("不支持");
        }
    }

    @Override
    ServiceHours chatBotHours(SupportTier tier) {
        if (!tiers().contains(tier)) {
            return null;
        }
        // 商业级: "其余时间为智能客服", the bot answers outside the human window only
        return tier == SupportTier.BUSINESS
                ? ServiceHours.dailyWindow(LocalTime.MIDNIGHT, LocalTime.of(9, 0), SHANGHAI, false, "其余时间为智能客服")
                : ServiceHours.always(false, "7×24小时 智能客服");
    }

    @Override
    EnumSet<Entitlement> entitlements(SupportTier tier) {
        EnumSet<Entitlement> common = EnumSet.of(Entitlement.HOTLINE, Entitlement.ONLINE_CHAT, Entitlement.TICKET,
                Entitlement.EXPIRY_REMINDER_SYSTEM, Entitlement.HELP_DOCUMENTATION, Entitlement.SERVICE_HEALTH_DASHBOARD,
                Entitlement.API_AND_SDK, Entitlement.THIRD_PARTY_SOFTWARE, Entitlement.ADVISOR,
                Entitlement.SUBSCRIPTION_MESSAGES);
        switch (tier) {
            case BASIC:
                common.add(Entitlement.HEALTH_CHECK_AHAS_CORE_RULES);
                return common;
            case BUSINESS:
                common.addAll(EnumSet.of(Entitlement.HEALTH_CHECK_AHAS_CORE_RULES, Entitlement.EXPIRY_REMINDER_MANUAL,
                        Entitlement.EXPRESS_TICKETS_INCLUDED));
                return common;
            case ENTERPRISE:
                common.addAll(EnumSet.of(Entitlement.IM_GROUP, Entitlement.HEALTH_CHECK_AHAS_ALL_RULES_AND_ALERTING));
                return common;
            case PREMIUM:
                common.addAll(EnumSet.of(Entitlement.IM_GROUP, Entitlement.TECHNICAL_ACCOUNT_MANAGER,
                        Entitlement.GUARD_SERVICE, Entitlement.DISASTER_RECOVERY, Entitlement.HEALTH_CHECK_AHAS_PRO,
                        Entitlement.BEST_PRACTICES_AND_MONTHLY_DASHBOARD, Entitlement.MONTHLY_SERVICE_REPORT,
                        Entitlement.ANNUAL_SERVICE_REPORT));
                return common;
            default:
                throw new IllegalArgumentException("tier " + tier + " is not in edition " + edition());
        }
    }

    @Override
    int includedExpressTicketsPerMonth(SupportTier tier) {
        return tier == SupportTier.BUSINESS ? Entitlements.BUSINESS_EXPRESS_TICKETS_PER_MONTH : 0;
    }

    @Override
    EnumSet<ServiceReportKind> reportKinds(SupportTier tier) {
        return tier == SupportTier.PREMIUM
                ? EnumSet.of(ServiceReportKind.MONTHLY_SERVICE_REPORT, ServiceReportKind.ANNUAL_SERVICE_REPORT)
                : EnumSet.noneOf(ServiceReportKind.class);
    }

    @Override
    NodeLimit architectureVisualizationNodes(SupportTier tier) {
        switch (tier) {
            case BASIC:
            case BUSINESS:
                return NodeLimit.LIMITED;
            case ENTERPRISE:
                return NodeLimit.UNLIMITED;
            default:
                return null; // 顶级: AHAS（专业版）架构感知, no node limit stated
        }
    }
}
