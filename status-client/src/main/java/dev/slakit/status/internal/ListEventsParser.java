package dev.slakit.status.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusException;
import dev.slakit.status.StatusServiceException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code ListEvents} reply (success or platform error body) with Jackson's streaming parser: no
 * tree, no data binding, one pass. Stateless and thread-safe.
 *
 * <p>Accepts {@code SartTime} (the official SDK's spelling) and {@code StartTime}; {@code Code} as a number
 * or a string. Anything unreadable becomes a {@link StatusClientException} carrying the HTTP status and the
 * request id when known.
 */
public final class ListEventsParser {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ListEventsParser() {
    }

    /**
     * Turns a complete reply into a response or the matching exception (with {@code attempts} 0).
     *
     * @param httpStatus the HTTP status of the reply
     * @param body the body bytes
     * @param length how many bytes of {@code body} are the body
     * @param headerRequestId the {@code x-acs-request-id} header, or null
     * @return the response of a successful reply
     * @throws StatusServiceException for an error the service reported
     * @throws StatusClientException for a body that cannot be read
     */
    public static ListEventsResponse parse(int httpStatus, byte[] body, int length, String headerRequestId) {
        if (length == 0) {
            throw new StatusClientException("empty reply body (HTTP " + httpStatus + ")",
                    new ReplyFormatException("empty body", null), headerRequestId, httpStatus, 0);
        }
        Reply reply = new Reply();
        try (JsonParser p = JSON.createParser(body, 0, length)) {
            readReply(p, reply);
        } catch (IOException | RuntimeException e) {
            if (e instanceof StatusException) {
                throw (StatusException) e;
            }
            String why = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
                    : e.getMessage();
            // Keep the request id whichever part of the reply carried it: the body (read before the error, or
            // found by a tolerant scan of the top-level fields), else the header.
            String bodyRequestId = reply.requestId != null ? reply.requestId : scanRequestId(body, length);
            throw new StatusClientException("malformed reply body (HTTP " + httpStatus + "): " + why,
                    e instanceof ReplyFormatException ? e : new ReplyFormatException(why, e),
                    bodyRequestId != null ? bodyRequestId : headerRequestId, httpStatus, 0);
        }
        String requestId = reply.requestId != null ? reply.requestId : headerRequestId;
        boolean httpOk = httpStatus >= 200 && httpStatus < 300;
        if (reply.code != null && !"200".equals(reply.code)) {
            throw new StatusServiceException(reply.code, reply.message, requestId, httpStatus, 0);
        }
        if (!httpOk) {
            throw new StatusClientException("HTTP " + httpStatus + " reply without an error code",
                    new ReplyFormatException("no Code in an error reply", null), requestId, httpStatus, 0);
        }
        if (reply.events == null) {
            throw new StatusClientException("reply has no Data array (HTTP " + httpStatus + ")",
                    new ReplyFormatException("no Data array", null), requestId, httpStatus, 0);
        }
        int total = reply.total != null ? reply.total : reply.events.size();
        return ListEventsResponse.of(requestId == null ? "" : requestId, total, reply.events);
    }

    /**
     * The top-level {@code RequestId} of a body that failed to parse: skips every other value whatever its
     * type, and gives up (null) at the first syntax error before it.
     */
    private static String scanRequestId(byte[] body, int length) {
        try (JsonParser p = JSON.createParser(body, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("RequestId".equals(name) && value == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable before a RequestId: there is none to keep.
        }
        return null;
    }

    private static void readReply(JsonParser p, Reply reply) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw malformed("the body is not a JSON object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "RequestId":
                    reply.requestId = text(p, value);
                    break;
                case "Code":
                    reply.code = text(p, value);
                    break;
                case "Message":
                    reply.message = text(p, value);
                    break;
                case "Total":
                    reply.total = value == JsonToken.VALUE_NULL ? null : count(p, value, "Total");
                    break;
                case "Data":
                    reply.events = readEvents(p, value);
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw malformed("truncated JSON object");
        }
        if (p.nextToken() != null) {
            throw malformed("trailing content after the JSON object");
        }
    }

    private static List<HealthEvent> readEvents(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return new ArrayList<>(0);
        }
        if (start != JsonToken.START_ARRAY) {
            throw malformed("Data is not an array");
        }
        List<HealthEvent> events = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            events.add(readEvent(p));
        }
        if (t != JsonToken.END_ARRAY) {
            throw malformed("Data holds something other than event objects");
        }
        return events;
    }

    private static HealthEvent readEvent(JsonParser p) throws IOException {
        String title = null;
        String severity = null;
        Long start = null;
        Long end = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "Title":
                    title = text(p, value);
                    break;
                case "CurrentStateSeverity":
                    severity = text(p, value);
                    break;
                case "SartTime":
                case "StartTime":
                    start = value == JsonToken.VALUE_NULL ? null : number(p, value, name);
                    break;
                case "EndTime":
                    end = value == JsonToken.VALUE_NULL ? null : number(p, value, name);
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw malformed("truncated event object");
        }
        if (title == null) {
            throw malformed("an event has no Title");
        }
        if (start == null) {
            throw malformed("event \"" + title + "\" has no SartTime/StartTime");
        }
        try {
            return HealthEvent.ofWire(title, severity == null ? "" : severity, Instant.ofEpochMilli(start),
                    end == null ? null : Instant.ofEpochMilli(end));
        } catch (IllegalArgumentException e) {
            throw malformed("event \"" + title + "\": " + e.getMessage());
        }
    }

    private static String text(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
                || value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_TRUE
                || value == JsonToken.VALUE_FALSE) {
            return p.getText();
        }
        throw malformed("field " + p.currentName() + " is not a scalar");
    }

    /** A count: an integer in [0, Integer.MAX_VALUE]; anything outside is a malformed reply, never truncated. */
    private static int count(JsonParser p, JsonToken value, String field) throws IOException {
        long n = number(p, value, field);
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw malformed(field + " is outside 0.." + Integer.MAX_VALUE + ": " + n);
        }
        return (int) n;
    }

    /** A long integer, as a JSON number or a string; outside the range of {@code long} is a malformed reply. */
    private static long number(JsonParser p, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw malformed(field + " is outside the range of a 64-bit integer");
            }
            return p.getLongValue();
        }
        if (value == JsonToken.VALUE_STRING) {
            try {
                return Long.parseLong(p.getText().trim());
            } catch (NumberFormatException e) {
                throw malformed(field + " is not a 64-bit integer");
            }
        }
        throw malformed(field + " is not an integer");
    }

    private static ReplyFormatException malformed(String why) {
        return new ReplyFormatException(why, null);
    }

    private static final class Reply {
        String requestId;
        String code;
        String message;
        Integer total;
        List<HealthEvent> events;
    }
}
