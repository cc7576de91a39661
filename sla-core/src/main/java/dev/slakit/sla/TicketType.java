package dev.slakit.sla;

/**
 * The ticket type a BASIC or BUSINESS customer (or the holder of an express-ticket package) chooses when
 * submitting a ticket in the CN edition.
 */
public enum TicketType {
    /** 极速工单: express ticket, first response within 10 minutes. */
    EXPRESS("极速工单", "Express ticket"),
    /** 重要工单: important ticket. */
    IMPORTANT("重要工单", "Important ticket"),
    /** 一般工单: general ticket. */
    GENERAL("一般工单", "General ticket");

    private final String chineseName;
    private final String englishName;

    TicketType(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** @return the Chinese name, such as 极速工单 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, such as Express ticket */
    public String englishName() {
        return englishName;
    }
}
