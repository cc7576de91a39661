package dev.slakit.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.slakit.status.StatusClientException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reply that cannot be read keeps the request id any part of it carried; out-of-range numbers are malformed. */
class ReplyRequestIdAndRangeTest {

    private static StatusClientException malformed(String body, String headerRequestId) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return catchThrowableOfType(() -> ListEventsParser.parse(200, bytes, bytes.length, headerRequestId),
                StatusClientException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"RequestId\":\"REQ-BODY\",\"Total\":\"many\",\"Data\":[]}",
        "{\"Total\":\"many\",\"RequestId\":\"REQ-BODY\",\"Data\":[]}",
        "{\"RequestId\":\"REQ-BODY\",\"Data\":[{\"Title\":",
        "{\"Data\":[{\"Title\":\"t\"}], \"RequestId\" : \"REQ-BODY\"}",
        "{\"RequestId\":\"REQ-BODY\",\"Data\":[]} trailing",
    })
    void aMalformedHttp200BodyKeepsItsRequestIdWithoutAHeader(String body) {
        StatusClientException e = malformed(body, null);
        assertThat(e.requestId()).isEqualTo("REQ-BODY");
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.getCause()).isInstanceOf(ReplyFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html>oops</html>", "{\"Total\":\"many\"}", "{\"Data\":{\"RequestId\":\"INNER\"}}"})
    void withoutABodyRequestIdTheHeaderOneIsKept(String body) {
        assertThat(malformed(body, "HDR").requestId()).isEqualTo("HDR");
        assertThat(malformed(body, null).requestId()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4294967297", "2147483648", "-1", "\"4294967297\"", "9223372036854775808"})
    void aTotalOutsideItsRangeIsMalformedWithTheRequestId(String total) {
        StatusClientException e = malformed("{\"RequestId\":\"REQ-T\",\"Total\":" + total + ",\"Data\":[]}", null);
        assertThat(e.getMessage()).contains("Total");
        assertThat(e.requestId()).isEqualTo("REQ-T");
        assertThat(e.getCause()).isInstanceOf(ReplyFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "\"9223372036854775808\"", "1e30"})
    void aStartTimeOutsideItsRangeIsMalformedWithTheRequestId(String start) {
        StatusClientException e = malformed("{\"RequestId\":\"REQ-S\",\"Data\":[{\"Title\":\"t\",\"SartTime\":"
                + start + "}]}", null);
        assertThat(e.getMessage()).contains("SartTime");
        assertThat(e.requestId()).isEqualTo("REQ-S");
    }
}
