package dev.slakit.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusServiceException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListEventsParserTest {

    private static ListEventsResponse parse(int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return ListEventsParser.parse(status, bytes, bytes.length, "HDR");
    }

    @Test
    void readsTheOfficialSpellingSartTimeAndStartTime() {
        ListEventsResponse r = parse(200, "{\"RequestId\":\"R\",\"Code\":200,\"Success\":\"true\",\"Total\":3,"
                + "\"Data\":[{\"Title\":\"a\",\"CurrentStateSeverity\":\"ALARM\",\"SartTime\":1581317483000,"
                + "\"EndTime\":null},{\"Title\":\"b\",\"CurrentStateSeverity\":\"normal\",\"StartTime\":\"1000\","
                + "\"EndTime\":2000,\"Extra\":{\"x\":[1,2]}},{\"Title\":\"c\",\"CurrentStateSeverity\":\"MAINTENANCE\","
                + "\"SartTime\":5}],\"Unknown\":[{}]}");
        assertThat(r.requestId()).isEqualTo("R");
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.events()).hasSize(3);
        HealthEvent a = r.events().get(0);
        assertThat(a.startTime()).isEqualTo(Instant.ofEpochMilli(1581317483000L));
        assertThat(a.isOngoing()).isTrue();
        assertThat(a.endTime()).isEmpty();
        HealthEvent b = r.events().get(1);
        assertThat(b.severity()).isEqualTo(EventSeverity.NORMAL);
        assertThat(b.startTime()).isEqualTo(Instant.ofEpochMilli(1000));
        assertThat(b.endTime()).contains(Instant.ofEpochMilli(2000));
        HealthEvent c = r.events().get(2);
        assertThat(c.severity()).isEqualTo(EventSeverity.UNKNOWN);
        assertThat(c.rawSeverity()).isEqualTo("MAINTENANCE");
        assertThat(c.isOngoing()).isTrue();
    }

    @Test
    void missingTotalAndRequestIdFallBackToWhatIsKnown() {
        ListEventsResponse r = parse(200, "{\"Data\":[{\"Title\":\"a\",\"SartTime\":1}]}");
        assertThat(r.requestId()).isEqualTo("HDR");
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.events().get(0).severity()).isEqualTo(EventSeverity.UNKNOWN);
        assertThat(parse(200, "{\"Code\":\"200\",\"Data\":null,\"Total\":null}").events()).isEmpty();
        byte[] body = "{\"Data\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThat(ListEventsParser.parse(200, body, body.length, null).requestId()).isEmpty();
    }

    @Test
    void aPlatformErrorBodyBecomesAServiceException() {
        StatusServiceException e = catchThrowableOfType(() -> parse(400, "{\"RequestId\":\"R9\",\"HostId\":"
                + "\"status.aliyuncs.com\",\"Code\":\"Throttling.User\",\"Message\":\"Request was denied\","
                + "\"Recommend\":\"https://x\"}"), StatusServiceException.class);
        assertThat(e.code()).isEqualTo("Throttling.User");
        assertThat(e.message()).isEqualTo("Request was denied");
        assertThat(e.requestId()).isEqualTo("R9");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.isThrottling()).isTrue();
        assertThat(e.attempts()).isZero();
    }

    @Test
    void aNon200CodeInsideHttp200IsAServiceErrorWhetherNumberOrString() {
        StatusServiceException numeric = catchThrowableOfType(
                () -> parse(200, "{\"Code\":500,\"Message\":\"oops\"}"), StatusServiceException.class);
        assertThat(numeric.code()).isEqualTo("500");
        assertThat(numeric.requestId()).isEqualTo("HDR");
        StatusServiceException text = catchThrowableOfType(
                () -> parse(200, "{\"RequestId\":\"R\",\"Code\":\"InternalError\"}"), StatusServiceException.class);
        assertThat(text.code()).isEqualTo("InternalError");
        assertThat(text.message()).isNull();
    }

    @Test
    void anErrorStatusWithoutACodeIsAClientException() {
        StatusClientException e = catchThrowableOfType(() -> parse(503, "{\"RequestId\":\"R\"}"),
                StatusClientException.class);
        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.requestId()).isEqualTo("R");
    }

    @Test
    void structurallyWrongValuesAreClientExceptions() {
        String[] bodies = {
            "{\"Code\":{\"nested\":1},\"Data\":[]}",
            "{\"Data\":[{\"Title\":\"a\",\"SartTime\":1.5}]}",
            "{\"Data\":[1,2]}",
            "\"just a string\"",
            "{\"Data\":[{\"Title\":\"a\",\"SartTime\":1}",
        };
        for (String body : bodies) {
            StatusClientException e = catchThrowableOfType(() -> parse(200, body), StatusClientException.class);
            assertThat(e).as(body).isNotNull();
            assertThat(e.getCause()).as(body).isInstanceOf(ReplyFormatException.class);
            assertThat(e.requestId()).isEqualTo("HDR");
        }
    }
}
