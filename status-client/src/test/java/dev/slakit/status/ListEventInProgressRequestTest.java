package dev.slakit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request's validation and the value types of the reply. */
class ListEventInProgressRequestTest {

    @Test
    void keepsTheRegionsInTheOrderGiven() {
        ListEventInProgressRequest r = ListEventInProgressRequest.builder()
                .regionIds("cn-shanghai", "cn-hangzhou", "oo-region", "ap-southeast-1").build();
        assertThat(r.regionIds()).containsExactly("cn-shanghai", "cn-hangzhou", "oo-region", "ap-southeast-1");
        assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(r.toString()).contains("cn-shanghai, cn-hangzhou");
        assertThatThrownBy(() -> r.regionIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theBuilderCopiesTheArray() {
        String[] ids = {"cn-hangzhou"};
        ListEventInProgressRequest.Builder builder = ListEventInProgressRequest.builder().regionIds(ids);
        ids[0] = "not valid!";
        assertThat(builder.build().regionIds()).containsExactly("cn-hangzhou");
    }

    @Test
    void rejectsNoRegionABadIdAndARepeatedOneNamingTheField() {
        assertThatThrownBy(() -> ListEventInProgressRequest.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regionIds must hold at least one");
        assertThatThrownBy(() -> ListEventInProgressRequest.builder().regionIds().build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListEventInProgressRequest.builder().regionIds("cn-hangzhou", null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regionIds[1]")
                .hasMessageContaining("null");
        for (String bad : Arrays.asList("", " ", "cn hangzhou", "\"cn\"", "-cn", "杭州")) {
            assertThatThrownBy(() -> ListEventInProgressRequest.builder().regionIds(bad).build())
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regionIds[0]");
        }
        assertThatThrownBy(() -> ListEventInProgressRequest.builder().regionIds("a", "b", "a").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regionIds[2] repeats \"a\"");
        assertThatThrownBy(() -> ListEventInProgressRequest.builder().regionIds((String[]) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("regionIds");
    }

    @Test
    void valueTypesCompareByValueAndRejectBadInput() {
        Instant t = Instant.parse("2026-11-30T00:00:00Z");
        EventImpact impact = EventImpact.builder().product("ecs", "ECS").region("cn-hangzhou", "Hangzhou")
                .startTime(t).build();
        EventImpact same = EventImpact.builder().product("ecs", "ECS").region("cn-hangzhou", "Hangzhou")
                .startTime(t).recoveryTime(null).build();
        EventImpact recovered = EventImpact.builder().product("ecs", "ECS").region("cn-hangzhou", "Hangzhou")
                .startTime(t).recoveryTime(t.plusSeconds(60)).build();
        assertThat(impact).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(recovered);
        assertThat(recovered.toString()).contains("recoveryTime=2026-11-30T00:01:00Z");
        assertThatThrownBy(() -> EventImpact.builder().product("", "x").region("r", "").startTime(t).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("productId");
        assertThatThrownBy(() -> EventImpact.builder().product("p", "x").startTime(t).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("regionId");
        assertThatThrownBy(() -> EventImpact.builder().product("p", "x").region("r", "").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("startTime");
        assertThatThrownBy(() -> EventImpact.builder().product("p", "x").region("r", "").startTime(t)
                .recoveryTime(t.minusMillis(1)).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recoveryTime");

        EventUpdate update = EventUpdate.of("c", t);
        assertThat(update).isEqualTo(EventUpdate.of("c", t)).hasSameHashCodeAs(EventUpdate.of("c", t))
                .isNotEqualTo(EventUpdate.of("d", t));
        assertThatThrownBy(() -> EventUpdate.of(null, t)).hasMessageContaining("content");

        List<EventUpdate> updates = Collections.singletonList(update);
        List<EventImpact> impacts = Collections.singletonList(impact);
        EventInProgress event = EventInProgress.of(7, "title", t, updates, impacts);
        assertThat(event).isEqualTo(EventInProgress.of(7, "title", t, updates, impacts))
                .isNotEqualTo(EventInProgress.of(8, "title", t, updates, impacts));
        assertThat(event.hashCode()).isEqualTo(EventInProgress.of(7, "title", t, updates, impacts).hashCode());
        assertThat(event.toString()).contains("id=7");
        assertThatThrownBy(() -> EventInProgress.of(1, "t", t, Arrays.asList(update, null), impacts))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("updates[1]");
        assertThatThrownBy(() -> event.updates().clear()).isInstanceOf(UnsupportedOperationException.class);

        ListEventInProgressResponse response = ListEventInProgressResponse.of("R", Collections.singletonList(event));
        assertThat(response).isEqualTo(ListEventInProgressResponse.of("R", Collections.singletonList(event)))
                .isNotEqualTo(ListEventInProgressResponse.of("S", Collections.singletonList(event)));
        assertThat(response.hashCode())
                .isEqualTo(ListEventInProgressResponse.of("R", Collections.singletonList(event)).hashCode());
        assertThat(response.toString()).contains("requestId=R");
        assertThatThrownBy(() -> ListEventInProgressResponse.of("R", Arrays.asList(event, null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("events[1]");
    }

    @Test
    void signatureVersionIsRequiredWhenSet() {
        assertThatThrownBy(() -> StatusClient.builder().signatureVersion(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("signatureVersion");
    }
}
