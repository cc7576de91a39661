package dev.slakit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LookbackWindowTest {

    @ParameterizedTest(name = "EndDate {0}, NumOfDay {1}")
    @CsvSource({
        // EndDate,  NumOfDay, first day,  from (UTC),           to (UTC)
        "2020-02-15, 6,        2020-02-10, 2020-02-09T16:00:00Z, 2020-02-15T16:00:00Z",
        "2020-02-15, 1,        2020-02-15, 2020-02-14T16:00:00Z, 2020-02-15T16:00:00Z",
        "2020-01-09, 7,        2020-01-03, 2020-01-02T16:00:00Z, 2020-01-09T16:00:00Z",
        "2020-03-01, 2,        2020-02-29, 2020-02-28T16:00:00Z, 2020-03-01T16:00:00Z",
        "2021-01-01, 3,        2020-12-30, 2020-12-29T16:00:00Z, 2021-01-01T16:00:00Z",
    })
    void numOfDayCalendarDaysEndingWithEndDateInShanghai(LocalDate endDate, int numOfDay, LocalDate firstDay,
            Instant from, Instant to) {
        LookbackWindow w = ListEventsRequest.builder().regionId("cn-hangzhou").productId("ecs").endDate(endDate)
                .numOfDay(numOfDay).build().window();
        assertThat(w.firstDay()).isEqualTo(firstDay);
        assertThat(w.lastDay()).isEqualTo(endDate);
        assertThat(w.days()).isEqualTo(numOfDay);
        assertThat(w.from()).isEqualTo(from);
        assertThat(w.to()).isEqualTo(to);
        assertThat(w.contains(from)).as("from is inclusive").isTrue();
        assertThat(w.contains(from.minusNanos(1))).isFalse();
        assertThat(w.contains(to.minusNanos(1))).isTrue();
        assertThat(w.contains(to)).as("to is exclusive").isFalse();
        assertThat(w).isEqualTo(LookbackWindow.of(endDate, numOfDay))
                .hasSameHashCodeAs(LookbackWindow.of(endDate, numOfDay));
    }

    @Test
    void validatesAndDescribesItself() {
        LocalDate d = LocalDate.of(2020, 2, 15);
        assertThatThrownBy(() -> LookbackWindow.of(d, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must be >= 1 (calendar days ending with lastDay), was 0");
        assertThatThrownBy(() -> LookbackWindow.of(null, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("lastDay");
        assertThat(LookbackWindow.of(d, 6)).hasToString("[2020-02-10, 2020-02-15] Asia/Shanghai (6 days)")
                .isNotEqualTo(LookbackWindow.of(d, 5)).isNotEqualTo(LookbackWindow.of(d.plusDays(1), 6))
                .isNotEqualTo(null);
        assertThat(LookbackWindow.of(d, 1)).hasToString("[2020-02-15, 2020-02-15] Asia/Shanghai (1 day)");
    }
}
