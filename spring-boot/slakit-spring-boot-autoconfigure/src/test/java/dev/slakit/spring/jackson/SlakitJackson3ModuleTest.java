package dev.slakit.spring.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slakit.sla.Deadline;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.watch.PollSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3 writes exactly what Jackson 2 writes, value by value. */
class SlakitJackson3ModuleTest {

    private final ObjectMapper jackson2 = new ObjectMapper().registerModule(new SlakitJacksonModule());
    private final JsonMapper jackson3 = JsonMapper.builder().addModule(new SlakitJackson3Module()).build();

    @Test
    void everyValueIsWrittenAsJackson2WritesIt() throws Exception {
        List<Object> values = new ArrayList<>(JsonFixtures.notifications());
        values.add(JsonFixtures.onTime());
        values.add(Deadline.of(Instant.parse("2027-01-04T01:00:00Z"), ZoneId.of("Asia/Shanghai"), true));
        values.add(HealthEvent.of("x", EventSeverity.UNKNOWN, Instant.parse("2026-11-30T01:00:00Z"), null));
        assertThat(values).hasSize(7);
        for (Object value : values) {
            assertThat(jackson3.writeValueAsString(value)).as(value.getClass().getSimpleName())
                    .isEqualTo(jackson2.writeValueAsString(value));
        }
        assertThat(values.get(0)).isInstanceOf(PollSummary.class);
        assertThat(jackson3.writeValueAsString(values.get(0))).contains("\"polled\":1");
    }
}
