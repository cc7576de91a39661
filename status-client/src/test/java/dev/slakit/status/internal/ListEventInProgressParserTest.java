package dev.slakit.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.EventInProgress;
import dev.slakit.status.ListEventInProgressResponse;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusServiceException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListEventInProgressParserTest {

    private static ListEventInProgressResponse parse(int status, String body, String headerRequestId) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return ListEventInProgressParser.parse(status, bytes, bytes.length, headerRequestId);
    }

    private static String event(String fields) {
        return "{\"RequestId\":\"R1\",\"Data\":[{" + fields + "}]}";
    }

    @Test
    void readsMinimalEventsNullListsAndNumbersGivenAsStrings() {
        ListEventInProgressResponse r = parse(200, "{\"RequestId\":\"R1\",\"Data\":[{\"Id\":\"42\",\"Title\":\"t\","
                + "\"StartTime\":\"1000\",\"EventUpdates\":null,\"Impacts\":null},"
                + "{\"Id\":9223372036854775807,\"Title\":\"\",\"StartTime\":0,\"EventUpdates\":[],\"Impacts\":[]}]}",
                null);
        assertThat(r.requestId()).isEqualTo("R1");
        assertThat(r.events()).extracting(EventInProgress::id).containsExactly(42L, Long.MAX_VALUE);
        assertThat(r.events().get(0).startTime()).isEqualTo(Instant.ofEpochMilli(1000));
        assertThat(r.events().get(0).updates()).isEmpty();
        assertThat(r.events().get(0).impacts()).isEmpty();
    }

    @Test
    void unknownFieldsAnywhereAreIgnored() {
        ListEventInProgressResponse r = parse(200, "{\"Extra\":[{\"a\":1}],\"RequestId\":\"R1\",\"Data\":[{\"Id\":1,"
                + "\"More\":{\"x\":null},\"Title\":\"t\",\"StartTime\":5,\"EventUpdates\":[{\"Content\":\"c\","
                + "\"Lang\":\"zh\",\"PublishTime\":6}],\"Impacts\":[{\"Product\":{\"ProductId\":\"ecs\",\"Code\":3},"
                + "\"Region\":{\"RegionId\":\"cn-hangzhou\",\"Zone\":[1]},\"StartTime\":5,\"Severity\":\"x\"}]}],"
                + "\"Success\":true}", null);
        EventInProgress e = r.events().get(0);
        assertThat(e.updates().get(0).content()).isEqualTo("c");
        assertThat(e.impacts().get(0).productName()).isEmpty();
        assertThat(e.impacts().get(0).regionName()).isEmpty();
    }

    @Test
    void nullDataIsNoEventAndAMissingRequestIdFallsBackToTheHeader() {
        assertThat(parse(200, "{\"Data\":null}", "HDR").events()).isEmpty();
        assertThat(parse(200, "{\"Data\":[]}", "HDR").requestId()).isEqualTo("HDR");
        assertThat(parse(200, "{\"Data\":[]}", null).requestId()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Id as text             | \"Id\":\"x\",\"Title\":\"t\",\"StartTime\":1                     | Id is not a 64-bit integer",
        "Id beyond 64 bits      | \"Id\":9223372036854775808,\"Title\":\"t\",\"StartTime\":1       | Id is outside the range",
        "Id as text beyond      | \"Id\":\"9223372036854775808\",\"Title\":\"t\",\"StartTime\":1   | Id is not a 64-bit integer",
        "Id fractional          | \"Id\":1.5,\"Title\":\"t\",\"StartTime\":1                       | Id is not an integer",
        "no Id                  | \"Title\":\"t\",\"StartTime\":1                                  | has no Id",
        "no Title               | \"Id\":1,\"StartTime\":1                                         | has no Title",
        "Title an object        | \"Id\":1,\"Title\":{},\"StartTime\":1                            | Title is not a scalar",
        "no StartTime           | \"Id\":1,\"Title\":\"t\"                                         | has no StartTime",
        "StartTime beyond       | \"Id\":1,\"Title\":\"t\",\"StartTime\":99999999999999999999      | StartTime is outside the range",
        "updates not an array   | \"Id\":1,\"Title\":\"t\",\"StartTime\":1,\"EventUpdates\":{}     | EventUpdates is not an array",
        "update not an object   | \"Id\":1,\"Title\":\"t\",\"StartTime\":1,\"EventUpdates\":[1]    | EventUpdates holds something other than objects",
        "update without time    | \"Id\":1,\"Title\":\"t\",\"StartTime\":1,\"EventUpdates\":[{\"Content\":\"c\"}] | has no PublishTime",
        "impacts not an array   | \"Id\":1,\"Title\":\"t\",\"StartTime\":1,\"Impacts\":\"x\"       | Impacts is not an array",
        "impact without product | \"Id\":1,\"Title\":\"t\",\"StartTime\":1,\"Impacts\":[{\"Region\":{\"RegionId\":\"r\"},\"StartTime\":1}] | no Product.ProductId",
        "product not an object  | \"Id\":1,\"Title\":\"t\",\"StartTime\":1,\"Impacts\":[{\"Product\":[],\"StartTime\":1}] | Product is not an object",
        "impact without region  | \"Id\":1,\"Title\":\"t\",\"StartTime\":1,\"Impacts\":[{\"Product\":{\"ProductId\":\"p\"},\"StartTime\":1}] | no Region.RegionId",
        "impact without start   | \"Id\":1,\"Title\":\"t\",\"StartTime\":1,\"Impacts\":[{\"Product\":{\"ProductId\":\"p\"},\"Region\":{\"RegionId\":\"r\"}}] | has no StartTime",
        "recovery before start  | \"Id\":1,\"Title\":\"t\",\"StartTime\":1,\"Impacts\":[{\"Product\":{\"ProductId\":\"p\"},\"Region\":{\"RegionId\":\"r\"},\"StartTime\":5,\"RecoveryTime\":4}] | must not be before startTime",
    })
    void badTypesAndMissingFieldsAreMalformedWithTheRequestId(String name, String fields, String why) {
        assertThatThrownBy(() -> parse(200, event(fields), "HDR"))
                .isInstanceOfSatisfying(StatusClientException.class, e -> {
                    assertThat(e.requestId()).isEqualTo("R1");
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e.getCause()).isInstanceOf(ReplyFormatException.class);
                })
                .hasMessageContaining(why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty body         | ''                                   | empty reply body",
        "not an object      | []                                   | not a JSON object",
        "Data not an array  | {\"Data\":{}}                        | Data is not an array",
        "Data of numbers    | {\"Data\":[1]}                       | Data holds something other than objects",
        "no Data            | {\"RequestId\":\"R\"}                | no Data array",
        "truncated          | {\"Data\":[{\"Id\":1                 | malformed reply body",
        "trailing content   | {\"Data\":[]} {}                     | trailing content",
    })
    void malformedBodies(String name, String body, String why) {
        assertThatThrownBy(() -> parse(200, body, "HDR")).isInstanceOf(StatusClientException.class)
                .hasMessageContaining(why);
    }

    @Test
    void theRequestIdReadBeforeAFaultIsKept() {
        assertThatThrownBy(() -> parse(200, "{\"RequestId\":\"BODY-ID\",\"Data\":[{\"Id\":", "HDR"))
                .isInstanceOfSatisfying(StatusClientException.class,
                        e -> assertThat(e.requestId()).isEqualTo("BODY-ID"));
    }

    @Test
    void errorRepliesBecomeServiceExceptionsAndAnUncodedErrorAClientException() {
        assertThatThrownBy(() -> parse(404, "{\"RequestId\":\"E1\",\"Code\":\"InvalidAction.NotFound\","
                + "\"Message\":\"Specified api is not found\"}", null))
                .isInstanceOfSatisfying(StatusServiceException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidAction.NotFound");
                    assertThat(e.requestId()).isEqualTo("E1");
                    assertThat(e.httpStatus()).isEqualTo(404);
                });
        assertThatThrownBy(() -> parse(502, "{\"RequestId\":\"E2\"}", null))
                .isInstanceOfSatisfying(StatusClientException.class, e -> {
                    assertThat(e.requestId()).isEqualTo("E2");
                    assertThat(e.httpStatus()).isEqualTo(502);
                });
        assertThat(parse(200, "{\"Code\":\"200\",\"Data\":[]}", null).events()).isEmpty();
    }
}
