package dev.slakit.sla;

/**
 * The node limit of the free AHAS architecture visualisation in the health check of a CN tier (section 4.1
 * 健康检查): 基础服务 and 商业级 "使用受限节点架构可视化功能", 企业级 "使用不限节点的架构可视化功能". The document does not
 * say how many nodes "受限" allows. See {@link Entitlements#architectureVisualizationNodes()}.
 */
public enum NodeLimit {
    /** 受限节点: a limited number of nodes (the number is not stated). */
    LIMITED("受限节点", "Limited nodes"),
    /** 不限节点: any number of nodes. */
    UNLIMITED("不限节点", "Unlimited nodes");

    private final String chineseName;
    private final String englishName;

    NodeLimit(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** @return the document's wording, such as 受限节点 */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name (our translation) */
    public String englishName() {
        return englishName;
    }
}
