package dev.slakit.sla;

/**
 * The severity of a ticket, on the single five-level scale shared by both statements of work.
 */
public enum Severity {
    /** 核心业务不可用 / Critical: core business or components clearly down; immediate handling. */
    CRITICAL("核心业务不可用", "Critical"),
    /** 业务不可用 / Urgent: critical business or an important function unavailable. */
    URGENT("业务不可用", "Urgent"),
    /** 业务受损 / High: an important function impaired or degraded. */
    HIGH("业务受损", "High"),
    /** 系统异常 (业务异常) / Medium: a non-critical function abnormal. */
    MEDIUM("系统异常", "Medium"),
    /** 使用咨询 / Low: a general technical question or consultation. */
    LOW("使用咨询", "Low");

    private final String chineseName;
    private final String englishName;

    Severity(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** @return the Chinese name of the ticket severity, such as 核心业务不可用 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name of the partner document, such as Critical */
    public String englishName() {
        return englishName;
    }
}
