package dev.slakit.sla;

/**
 * A support channel.
 */
public enum Channel {
    /** 工单 / ticket. */
    TICKET("工单", "Ticket"),
    /** 热线电话 400-80-13260 / hotline. */
    HOTLINE("热线电话", "Hotline"),
    /** 官网在线咨询 / online chat (bot 7x24, human agents 09:00-24:00 Asia/Shanghai). */
    ONLINE_CHAT("官网在线咨询", "Online chat"),
    /** 专属企业钉钉群 / dedicated enterprise IM group. */
    IM_GROUP("专属企业钉钉群", "Dedicated IM group");

    /**
     * The hotline number as the section 5 SLA table writes it (热线电话支持 400-80-13260); section 4.2 writes the same
     * number as 4008013260. 商业级 reaches the fast lane only from its bound service number
     * ({@link ServiceHours#requiresBoundServiceNumber()}).
     */
    public static final String HOTLINE_NUMBER = "400-80-13260";

    private final String chineseName;
    private final String englishName;

    Channel(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** @return the Chinese name, such as 工单 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, such as Ticket */
    public String englishName() {
        return englishName;
    }
}
