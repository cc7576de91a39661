package dev.slakit.sla;

/**
 * A kind of service report. The Chinese names of the partner reports are our own translations.
 */
public enum ServiceReportKind {
    /** 《月度服务报告》 (PREMIUM): due by the 10th of the following month, inclusive (每月10日前). */
    MONTHLY_SERVICE_REPORT("月度服务报告", "Monthly service report"),
    /** 《年度服务报告》 (PREMIUM, annual or 12+ month subscriptions): in the last month of the purchase year. */
    ANNUAL_SERVICE_REPORT("年度服务报告", "Annual service report"),
    /** Product Usage Report (partner ELITE and FLAGSHIP). */
    PRODUCT_USAGE_REPORT("产品使用报告", "Product Usage Report"),
    /** Service Summary Report (partner ELITE and FLAGSHIP). */
    SERVICE_SUMMARY_REPORT("服务总结报告", "Service Summary Report"),
    /** Critical Support Summary (partner FLAGSHIP, "Critical Time Guarantee" deliverable). */
    CRITICAL_SUPPORT_SUMMARY("关键支持总结", "Critical Support Summary");

    private final String chineseName;
    private final String englishName;

    ServiceReportKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** @return the Chinese name (for partner reports our own translation) */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name */
    public String englishName() {
        return englishName;
    }
}
