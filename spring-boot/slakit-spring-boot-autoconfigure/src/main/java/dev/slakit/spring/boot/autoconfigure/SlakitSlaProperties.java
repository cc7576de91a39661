package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.sla.EstimatePolicy;
import dev.slakit.sla.SlaEdition;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/** The SLA settings, {@code slakit.sla.*}. A mutable binding target: not thread-safe, read once. */
@ConfigurationProperties(prefix = "slakit.sla")
public class SlakitSlaProperties {

    /** The edition of the support-plan document whose SLAs the SlaCatalog bean answers with. */
    private SlaEdition edition = SlaEdition.CN_20210122;

    /**
     * Extra working-calendar data (holidays and make-up working days of whole years) as Spring resource
     * locations in the WorkingCalendar line format, such as classpath:cn-2027.calendar or
     * file:/etc/slakit/cn-2027.calendar; loaded in order over the built-in China mainland calendar.
     */
    private final List<Resource> calendar = new ArrayList<>();

    /**
     * What SLA answers do for dates no calendar data covers: FLAG (compute with weekly hours, flag as an
     * estimate) or REFUSE (throw UncoveredDateException).
     */
    private EstimatePolicy estimates = EstimatePolicy.FLAG;

    /** @return the edition */
    public SlaEdition getEdition() {
        return edition;
    }

    /** @param edition the edition */
    public void setEdition(SlaEdition edition) {
        this.edition = edition;
    }

    /** @return the estimate policy */
    public EstimatePolicy getEstimates() {
        return estimates;
    }

    /** @param estimates the estimate policy */
    public void setEstimates(EstimatePolicy estimates) {
        this.estimates = estimates;
    }

    /** @return the extra calendar data; never null, modifiable for binding */
    public List<Resource> getCalendar() {
        return calendar;
    }
}
