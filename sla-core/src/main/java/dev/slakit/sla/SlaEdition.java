package dev.slakit.sla;

/**
 * An edition of the response-SLA tables: one source document, or one part of it whose figures differ from the
 * rest. Where the documents contradict each other slakit keeps each as its own edition.
 */
public enum SlaEdition {
    /**
     * 《支持计划工作说明书》 version 20210122, section 5 SLA table and the express-ticket statement of work
     * (极速工单工作说明书).
     */
    CN_20210122("阿里云支持与服务 支持计划工作说明书 (SLA 表与极速工单工作说明书)", "20210122", "zh-CN"),
    /**
     * The same document, FAQ question 2 (我的问题多久能解决?): older plan names and different figures
     * (3 h / 8 h / 16 h, BASIC "一个工作日之内受理").
     */
    CN_FAQ_20210122("阿里云支持与服务 支持计划工作说明书 (支持计划FAQ 问题2)", "20210122", "zh-CN"),
    /** Alibaba Cloud "Supporting plan statement of work" (partner support plan), version 20210908, section 4. */
    PARTNER_20210908("Alibaba Cloud Supporting plan statement of work (Partner Support Plan), section 4 Service SLA",
            "20210908", "en");

    private final String documentTitle;
    private final String documentVersion;
    private final String language;

    SlaEdition(String documentTitle, String documentVersion, String language) {
        this.documentTitle = documentTitle;
        this.documentVersion = documentVersion;
        this.language = language;
    }

    /** @return the title of the source document and the part the figures come from */
    public String documentTitle() {
        return documentTitle;
    }

    /** @return the document version as printed on it, such as 20210122 */
    public String documentVersion() {
        return documentVersion;
    }

    /** @return the BCP 47 language tag of the document, zh-CN or en */
    public String language() {
        return language;
    }

    /** @return the title and version, such as "… (Partner Support Plan), section 4 Service SLA, version 20210908" */
    public String sourceDocument() {
        return documentTitle + ", version " + documentVersion;
    }
}
