package dev.slakit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ListEventsRequestTest {

    private static ListEventsRequest.Builder valid() {
        return ListEventsRequest.builder().regionId("cn-hangzhou").productId("ecs")
                .endDate(LocalDate.of(2020, 2, 15)).numOfDay(6);
    }

    @Test
    void aValidRequestKeepsItsFields() {
        ListEventsRequest r = valid().build();
        assertThat(r.regionId()).isEqualTo("cn-hangzhou");
        assertThat(r.productId()).isEqualTo("ecs");
        assertThat(r.endDate()).isEqualTo(LocalDate.of(2020, 2, 15));
        assertThat(r.numOfDay()).isEqualTo(6);
        assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(r.toString()).contains("cn-hangzhou", "ecs", "2020-02-15", "6");
        assertThat(valid().regionId(ListEventsRequest.NO_REGION).build().regionId()).isEqualTo("oo-region");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void regionIdMustBeNonBlank(String regionId) {
        assertThatThrownBy(() -> valid().regionId(regionId).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regionId").hasMessageContaining("oo-region");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void productIdMustBeNonBlank(String productId) {
        assertThatThrownBy(() -> valid().productId(productId).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("productId");
    }

    @Test
    void endDateIsRequired() {
        assertThatThrownBy(() -> valid().endDate(null).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endDate");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void numOfDayMustBeAtLeastOne(int days) {
        assertThatThrownBy(() -> valid().numOfDay(days).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numOfDay must be >= 1, was " + days);
    }

    @Test
    void oneDayIsTheDefault() {
        assertThat(valid().numOfDay(1).build().numOfDay()).isEqualTo(1);
        assertThat(ListEventsRequest.builder().regionId("r").productId("p").endDate(LocalDate.EPOCH).build()
                .numOfDay()).isEqualTo(1);
    }
}
