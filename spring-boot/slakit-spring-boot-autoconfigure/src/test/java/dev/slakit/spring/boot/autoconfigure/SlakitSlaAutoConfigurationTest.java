package dev.slakit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.sla.EstimatePolicy;
import dev.slakit.sla.SlaCatalog;
import dev.slakit.sla.SlaEdition;
import dev.slakit.sla.WorkingCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** slakit.sla.*: the catalog's edition, extra calendar data, the estimate policy. */
class SlakitSlaAutoConfigurationTest {

    @Test
    void byDefaultTheCn20210122CatalogOnTheChinaMainlandCalendar() {
        Runners.all().run(context -> {
            assertThat(context.getBean(SlaCatalog.class).edition()).isEqualTo(SlaEdition.CN_20210122);
            assertThat(context.getBean(WorkingCalendar.class)).isEqualTo(WorkingCalendar.chinaMainland());
            assertThat(context.getBean(SlaCatalog.class).calendar()).isSameAs(context.getBean(WorkingCalendar.class));
        });
    }

    @Test
    void theEditionIsConfigurable() {
        Runners.all().withPropertyValues("slakit.sla.edition=PARTNER_20210908").run(context ->
                assertThat(context.getBean(SlaCatalog.class).edition()).isEqualTo(SlaEdition.PARTNER_20210908));
    }

    @Test
    void extraCalendarDataIsLoadedIntoTheCatalogsCalendar() {
        LocalDate extraHoliday = LocalDate.of(2027, 10, 4);
        Runners.all().withPropertyValues("slakit.sla.calendar[0]=classpath:cn-2027-test.calendar").run(context -> {
            WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
            assertThat(WorkingCalendar.chinaMainland().covers(extraHoliday)).isFalse();
            assertThat(calendar.isWorkingDay(extraHoliday)).isFalse();
            assertThat(calendar.covers(extraHoliday)).isTrue();
            assertThat(context.getBean(SlaCatalog.class).calendar()).isSameAs(calendar);
        });
    }

    @Test
    void aMissingCalendarResourceFailsStartupNamingTheProperty() {
        Runners.all().withPropertyValues("slakit.sla.calendar[0]=classpath:no-such.calendar").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("slakit.sla.calendar[0]")
                    .hasMessageContaining("no-such.calendar");
        });
    }

    @Test
    void theEstimatePolicyIsConfigurable() {
        Runners.all().withPropertyValues("slakit.sla.estimates=REFUSE").run(context ->
                assertThat(context.getBean(WorkingCalendar.class).estimatePolicy()).isEqualTo(EstimatePolicy.REFUSE));
    }

    @Test
    void applicationBeansWin() {
        Runners.all().withUserConfiguration(OwnCatalog.class).run(context ->
                assertThat(context.getBean(SlaCatalog.class).edition()).isEqualTo(SlaEdition.CN_FAQ_20210122));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnCatalog {
        @Bean
        SlaCatalog ownCatalog() {
            return SlaCatalog.cnFaq20210122();
        }
    }
}
