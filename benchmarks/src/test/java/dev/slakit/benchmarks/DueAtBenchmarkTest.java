package dev.slakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.sla.Channel;
import dev.slakit.sla.ResponseSla;
import dev.slakit.sla.Severity;
import dev.slakit.sla.SlaCatalog;
import dev.slakit.sla.SupportTier;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark compares like with like: the naive baseline and slakit give the same due instant. */
class DueAtBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-13T18:00", "2026-02-14T18:00", "2026-02-16T09:00", "2026-01-01T12:00",
        "2026-09-30T23:59", "2026-10-09T20:00", "2026-05-08T00:00", "2026-03-06T18:00"})
    void naiveBaselineAndSlakitAgree(String local) {
        Instant submitted = LocalDateTime.parse(local).atZone(DueAtBenchmark.SHANGHAI).toInstant();
        ResponseSla basic = SlaCatalog.cnFaq20210122().responseSla(SupportTier.BASIC, Channel.TICKET, Severity.LOW);
        Instant naive = DueAtBenchmark.naiveDueAt(submitted, 24 * 60, DueAtBenchmark.SHANGHAI,
                DueAtBenchmark.chinaHolidays2026(), DueAtBenchmark.chinaMakeUpDays2026());
        assertThat(basic.dueAt(submitted)).isEqualTo(naive);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-13T18:00", "2026-02-14T18:00"})
    void benchmarkMethodsAgree(String local) {
        DueAtBenchmark b = new DueAtBenchmark();
        DueAtBenchmark.WorkingDay s = new DueAtBenchmark.WorkingDay();
        s.submittedLocal = local;
        s.setUp();
        assertThat(b.workingDaySlakitDueAt(s)).isEqualTo(b.workingDayNaiveMinuteStepping(s));
        assertThat(b.workingDaySlakitDeadline(s).instant()).isEqualTo(b.workingDayNaiveMinuteStepping(s));
        assertThat(b.workingDaySlakitDeadline(s).isEstimate()).isFalse();
        DueAtBenchmark.Clock c = new DueAtBenchmark.Clock();
        c.setUp();
        assertThat(b.clockSlakitDueAt(c)).isEqualTo(b.clockBaselineInstantPlus(c));
        assertThat(b.clockSlakitDeadline(c).instant()).isEqualTo(b.clockBaselineInstantPlus(c));
    }
}
