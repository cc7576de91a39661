package dev.slakit.spring.boot.autoconfigure;

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
     * Extra working-calendar data (holidays and make-up working days, the WorkingCalendar text format),
     * as Spring resource locations such as classpath:holidays-2027.txt or file:/etc/slakit/2027.txt; added to
     * the built-in China mainland calendar.
     */
    private final List<Resource> calendar = new ArrayList<>();

    /** @return the edition */
    public SlaEdition getEdition() {
        return edition;
    }

    /** @param edition the edition */
    public void setEdition(SlaEdition edition) {
        this.edition = edition;
    }

    /** @return the extra calendar data; never null, modifiable for binding */
    public List<Resource> getCalendar() {
        return calendar;
    }
}
