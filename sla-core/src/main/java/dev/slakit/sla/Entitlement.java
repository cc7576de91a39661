package dev.slakit.sla;

/**
 * One service item a support plan includes: the rows of the CN catalogue (section 4.1 支持计划目录, plus the
 * service reports of section 3 and the self-service items of section 4.11) and the service items of the partner
 * packages (section 3.2). Query per tier with {@link Entitlements#of(SupportTier)}.
 *
 * <p>The Chinese names of partner items are our own translations; the partner document is in English only.
 */
public enum Entitlement {
    /** 热线电话支持 400-80-13260 / hotline. */
    HOTLINE("热线电话支持", "Hotline", false),
    /** 官网在线咨询 / online chat. */
    ONLINE_CHAT("官网在线咨询", "Online chat", false),
    /** 工单支持 / tickets. */
    TICKET("工单支持", "Tickets", false),
    /** 每月包含10次极速工单 / 10 express tickets included each month (商业级). */
    EXPRESS_TICKETS_INCLUDED("每月包含10次极速工单", "10 express tickets included per month", false),
    /** 专属企业钉钉群 / dedicated enterprise IM group. */
    IM_GROUP("专属企业钉钉群", "Dedicated enterprise IM group", false),
    /** 专属技术服务经理 / technical account manager (TAM). */
    TECHNICAL_ACCOUNT_MANAGER("专属技术服务经理", "Technical account manager", false),
    /** 云产品到期提醒: 系统提醒 / expiry reminders by the system (站内信, 短信, 邮件). */
    EXPIRY_REMINDER_SYSTEM("云产品到期提醒（系统提醒）", "Expiry reminders (system)", false),
    /** 云产品到期提醒: 人工提醒 / manual expiry reminders (商业级, in addition to the system). */
    EXPIRY_REMINDER_MANUAL("云产品到期提醒（人工提醒）", "Expiry reminders (manual)", false),
    /** 帮助文档 / help documentation. */
    HELP_DOCUMENTATION("帮助文档", "Help documentation", false),
    /** 健康状态看板（SHD） / Service Health Dashboard. */
    SERVICE_HEALTH_DASHBOARD("健康状态看板（SHD）", "Service Health Dashboard (SHD)", false),
    /** API与SDK支持 / API and SDK support. */
    API_AND_SDK("API与SDK支持", "API and SDK support", false),
    /** 第三方软件支持: 配置指导以及故障排除 / third-party software configuration and troubleshooting. */
    THIRD_PARTY_SOFTWARE("第三方软件支持", "Third-party software support", false),
    /** 订阅支持 / message subscription (section 4.11.3). */
    SUBSCRIPTION_MESSAGES("订阅支持", "Message subscription", false),
    /** 云上护航服务: 护航基础包（2天）/1次/年, annual subscriptions only; see {@link Entitlements#guardService()}. */
    GUARD_SERVICE("云上护航服务", "Guard service", false),
    /** 容灾服务: 容灾基础包; see {@link Entitlements#disasterRecovery()}. */
    DISASTER_RECOVERY("容灾服务", "Disaster-recovery package", false),
    /** 健康检查: AHAS 应用架构核心巡检规则, 受限节点架构可视化 (基础服务, 商业级). */
    HEALTH_CHECK_AHAS_CORE_RULES("健康检查（AHAS 核心巡检规则）", "Health check (AHAS core rules)", false),
    /** 健康检查: AHAS 全部应用架构巡检规则以及告警功能, 不限节点 (企业级, per the 4.1 table). */
    HEALTH_CHECK_AHAS_ALL_RULES_AND_ALERTING("健康检查（AHAS 全部巡检规则与告警）",
            "Health check (AHAS all rules and alerting)", false),
    /** 健康检查: AHAS（专业版）架构感知 (顶级). */
    HEALTH_CHECK_AHAS_PRO("健康检查（AHAS 专业版）", "Health check (AHAS Pro)", false),
    /** 智能顾问Advisor / Advisor. */
    ADVISOR("智能顾问Advisor", "Advisor", false),
    /** 最佳实践: 月度服务大盘及分析报告 / best practices with a monthly dashboard and analysis. */
    BEST_PRACTICES_AND_MONTHLY_DASHBOARD("最佳实践（月度服务大盘及分析报告）",
            "Best practices and monthly dashboard", false),
    /** 月度服务报告 / monthly service report (支持计划-服务报告). */
    MONTHLY_SERVICE_REPORT("月度服务报告", "Monthly service report", false),
    /** 年度服务报告 / annual service report (包年有效). */
    ANNUAL_SERVICE_REPORT("年度服务报告", "Annual service report", false),

    /** Business objective combing (our translation: 业务目标梳理). */
    BUSINESS_OBJECTIVE_COMBING("业务目标梳理", "Business objective combing", true),
    /** Consulting support: 7*24 unlimited consulting tickets (our translation: 咨询支持). */
    CONSULTING_TICKETS("咨询支持", "Consulting support", true),
    /** Technical support: technical tickets, per service cycle (our translation: 技术支持). */
    TECHNICAL_TICKETS("技术支持", "Technical support", true),
    /** Service management: emergency problem acceleration and proactive service (our translation: 服务管理). */
    SERVICE_MANAGEMENT("服务管理", "Service management", true),
    /** Cloud product architecture consulting/training (our translation: 云产品架构咨询与培训). */
    ARCHITECTURE_CONSULTING_TRAINING("云产品架构咨询与培训", "Cloud product architecture consulting/training", true),
    /** IM Enterprise Group, 7*24 response (our translation: 企业IM群). */
    IM_ENTERPRISE_GROUP("企业IM群", "IM Enterprise Group", true),
    /** Critical time service: high-priority support (our translation: 关键时刻服务). */
    CRITICAL_TIME_SERVICE("关键时刻服务", "Critical time service", true),
    /** Service report: Product Usage, Service Summary, Critical Support Summary (our translation: 服务报告). */
    SERVICE_REPORTS("服务报告", "Service reports", true);

    private final String chineseName;
    private final String englishName;
    private final boolean partner;

    Entitlement(String chineseName, String englishName, boolean partner) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.partner = partner;
    }

    /** @return the Chinese name (for partner items our own translation) */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name (for CN items our own translation) */
    public String englishName() {
        return englishName;
    }

    /** @return true for a service item of the partner statement of work */
    public boolean isPartnerItem() {
        return partner;
    }
}
