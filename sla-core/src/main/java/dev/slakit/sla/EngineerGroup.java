package dev.slakit.sla;

/**
 * The engineer group that handles a ticket (支持工程师), from the section 5 SLA table and the express-ticket SLA of
 * the 20210122 document: important and general tickets, and the severity tickets of 企业级 and 顶级, go to the
 * after-sales engineer group; express tickets go straight to the senior group (工单直达高级工程师组).
 */
public enum EngineerGroup {
    /** 售后工程师组 / after-sales engineer group (our translation). */
    AFTER_SALES("售后工程师组", "After-sales engineer group"),
    /** 高级售后工程师组 / senior after-sales engineer group (our translation). */
    SENIOR_AFTER_SALES("高级售后工程师组", "Senior after-sales engineer group");

    private final String chineseName;
    private final String englishName;

    EngineerGroup(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** @return the document's name, such as 高级售后工程师组 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name (our translation) */
    public String englishName() {
        return englishName;
    }
}
