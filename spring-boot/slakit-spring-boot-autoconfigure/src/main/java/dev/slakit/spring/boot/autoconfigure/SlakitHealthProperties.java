package dev.slakit.spring.boot.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The Actuator health settings, {@code slakit.health.*}. A mutable binding target: not thread-safe. */
@ConfigurationProperties(prefix = "slakit.health")
public class SlakitHealthProperties {

    /**
     * Whether an active provider incident (an ALARM event of a watched target) turns the slakit health
     * contributor DOWN. By default incidents are details only: the provider's outage is not this application's.
     */
    private boolean incidentsDown;

    /** Failed polls in a row of one target after which the contributor reports DOWN. */
    private int failureThreshold = 3;

    /** @return whether incidents turn the contributor DOWN */
    public boolean isIncidentsDown() {
        return incidentsDown;
    }

    /** @param incidentsDown whether incidents turn the contributor DOWN */
    public void setIncidentsDown(boolean incidentsDown) {
        this.incidentsDown = incidentsDown;
    }

    /** @return the failed polls in a row that mean DOWN */
    public int getFailureThreshold() {
        return failureThreshold;
    }

    /** @param failureThreshold the failed polls in a row that mean DOWN, at least 1 */
    public void setFailureThreshold(int failureThreshold) {
        this.failureThreshold = failureThreshold;
    }
}
