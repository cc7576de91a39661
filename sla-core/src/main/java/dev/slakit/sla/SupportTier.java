package dev.slakit.sla;

/**
 * A support plan tier of the Chinese support-plan statement of work (20210122) or a package of the partner
 * support-plan statement of work (20210908).
 *
 * <p>The CN tiers carry both the names of the SLA table (基础服务, 商业级, 企业级, 顶级) and the older names of
 * the FAQ (基础计划, 商业计划, 企业标准计划, 企业至尊计划).
 *
 * <p>The partner statement of work is in English only: the Chinese names of the partner packages (合作伙伴精选包,
 * 合作伙伴高级包, 合作伙伴精英包, 合作伙伴旗舰包, 合作伙伴工单包) are slakit's own translations, not Alibaba Cloud's.
 *
 * <p>The express-ticket package (极速工单包) is not a tier: it is an add-on any CN tier can buy (see
 * {@link ExpressTicketEligibility}).
 */
public enum SupportTier {
    /** 基础服务 / 基础计划. */
    BASIC("基础服务", "基础计划", "Basic", false),
    /** 商业级 / 商业计划. */
    BUSINESS("商业级", "商业计划", "Business", false),
    /** 企业级 / 企业标准计划. */
    ENTERPRISE("企业级", "企业标准计划", "Enterprise", false),
    /** 顶级 / 企业至尊计划. */
    PREMIUM("顶级", "企业至尊计划", "Premium", false),
    /** Partner package Selected. */
    PARTNER_SELECTED("合作伙伴精选包", "合作伙伴精选包", "Partner Selected", true),
    /** Partner package Premium (the acceptance table spells it "Premier"). */
    PARTNER_PREMIUM("合作伙伴高级包", "合作伙伴高级包", "Partner Premium", true),
    /** Partner package Elite. */
    PARTNER_ELITE("合作伙伴精英包", "合作伙伴精英包", "Partner Elite", true),
    /** Partner package Flagship. */
    PARTNER_FLAGSHIP("合作伙伴旗舰包", "合作伙伴旗舰包", "Partner Flagship", true),
    /** Partner Ticket Package. */
    PARTNER_TICKET_PACKAGE("合作伙伴工单包", "合作伙伴工单包", "Partner Ticket Package", true);

    private final String chineseName;
    private final String faqChineseName;
    private final String englishName;
    private final boolean partner;

    SupportTier(String chineseName, String faqChineseName, String englishName, boolean partner) {
        this.chineseName = chineseName;
        this.faqChineseName = faqChineseName;
        this.englishName = englishName;
        this.partner = partner;
    }

    /** @return the Chinese name used by the SLA table, such as 企业级 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the Chinese name used by the FAQ, such as 企业标准计划 (same as {@link #chineseName()} for partners) */
    public String faqChineseName() {
        return faqChineseName;
    }

    /** @return the English name, such as Enterprise */
    public String englishName() {
        return englishName;
    }

    /** @return true for the packages of the partner statement of work */
    public boolean isPartner() {
        return partner;
    }
}
