package dev.slakit.sla;

/**
 * The severity of a ticket, on the single five-level scale shared by both statements of work.
 */
public enum Severity {
    /** 核心业务不可用 / Critical: core business or components clearly down; immediate handling. */
    CRITICAL("核心业务不可用", "Critical",
            "客户关键业务、核心组件明显受损或服务不可用，需要立即处理。",
            "Key business or core components of the customer are clearly impaired or unavailable; needs immediate handling.",
            "Business-critical system/component down, needs immediate support",
            "业务关键系统或组件宕机，需要立即支持"),
    /** 业务不可用 / Urgent: critical business or an important function unavailable. */
    URGENT("业务不可用", "Urgent",
            "客户关键业务、核心组件受到重大影响或重要功能不可用，需要尽快处理。",
            "Key business or core components of the customer are seriously affected, or an important function is "
                    + "unavailable; needs handling as soon as possible.",
            "Production system/component down or greatly impaired, need quick support",
            "生产系统或组件宕机或严重受损，需要快速支持"),
    /** 业务受损 / High: an important function impaired or degraded. */
    HIGH("业务受损", "High",
            "客户业务的重要功能受损或降级。",
            "An important function of the customer's business is impaired or degraded.",
            "Key system impaired",
            "关键系统受损"),
    /** 系统异常 (业务异常) / Medium: a non-critical function abnormal. */
    MEDIUM("系统异常", "Medium",
            "客户业务的非关键功能异常。",
            "A non-critical function of the customer's business is abnormal.",
            "System impaired",
            "系统受损"),
    /** 使用咨询 / Low: a general technical question or consultation. */
    LOW("使用咨询", "Low",
            "一般性技术或咨询问题。",
            "A general technical question or consultation.",
            "General question or requests",
            "一般问题或请求");

    private final String chineseName;
    private final String englishName;
    private final String cnDescription;
    private final String cnDescriptionEnglish;
    private final String partnerDescription;
    private final String partnerDescriptionChinese;

    Severity(String chineseName, String englishName, String cnDescription, String cnDescriptionEnglish,
            String partnerDescription, String partnerDescriptionChinese) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.cnDescription = cnDescription;
        this.cnDescriptionEnglish = cnDescriptionEnglish;
        this.partnerDescription = partnerDescription;
        this.partnerDescriptionChinese = partnerDescriptionChinese;
    }

    /** @return the Chinese name of the ticket severity, such as 核心业务不可用 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name of the partner document, such as Critical */
    public String englishName() {
        return englishName;
    }

    /**
     * The severity description of the 20210122 document (严重性说明), in its words. The document names MEDIUM
     * 业务异常 there and 系统异常 in its tables.
     *
     * @return the description, such as 一般性技术或咨询问题。
     */
    public String cnDescription() {
        return cnDescription;
    }

    /** @return {@link #cnDescription()} in English (our translation) */
    public String cnDescriptionEnglish() {
        return cnDescriptionEnglish;
    }

    /** @return the "Description" column of the partner document's section 4, in its words */
    public String partnerDescription() {
        return partnerDescription;
    }

    /** @return {@link #partnerDescription()} in Chinese (our translation) */
    public String partnerDescriptionChinese() {
        return partnerDescriptionChinese;
    }

    /**
     * The description of an edition's document in a language.
     *
     * @param edition the edition, not null; both CN editions share the 20210122 descriptions
     * @param locale the language, not null: Chinese ({@code zh}) or anything else for English
     * @return the description (the document's words in its own language, our translation in the other), not null
     */
    public String description(SlaEdition edition, java.util.Locale locale) {
        java.util.Objects.requireNonNull(edition, "edition");
        boolean chinese = "zh".equals(java.util.Objects.requireNonNull(locale, "locale").getLanguage());
        if (edition == SlaEdition.PARTNER_20210908) {
            return chinese ? partnerDescriptionChinese : partnerDescription;
        }
        return chinese ? cnDescription : cnDescriptionEnglish;
    }
}
