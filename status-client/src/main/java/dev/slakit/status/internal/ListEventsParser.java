package dev.slakit.status.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClientException;
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
        return ReplyFields.parse(httpStatus, body, length, headerRequestId, new Body());
    }

    private static final class Body extends ReplyFields.Body<ListEventsResponse> {
        private Integer total;
        private List<HealthEvent> events;

        @Override
        boolean field(String name, JsonToken value, JsonParser p) throws IOException {
            if ("Total".equals(name)) {
                total = value == JsonToken.VALUE_NULL ? null : ReplyFields.count(p, value, "Total");
                return true;
            }
            if ("Data".equals(name)) {
                events = readEvents(p, value);
                return true;
            }
            return false;
        }

        @Override
        ListEventsResponse response(String requestId) throws ReplyFormatException {
            if (events == null) {
                throw ReplyFields.malformed("no Data array");
            }
            return ListEventsResponse.of(requestId, total != null ? total : events.size(), events);
        }
    }

    private static List<HealthEvent> readEvents(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return new ArrayList<>(0);
        }
        if (start != JsonToken.START_ARRAY) {
            throw ReplyFields.malformed("Data is not an array");
        }
        List<HealthEvent> events = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            events.add(readEvent(p));
        }
        if (t != JsonToken.END_ARRAY) {
            throw ReplyFields.malformed("Data holds something other than event objects");
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
                    title = ReplyFields.text(p, value);
                    break;
                case "CurrentStateSeverity":
                    severity = ReplyFields.text(p, value);
                    break;
                case "SartTime":
                case "StartTime":
                    start = value == JsonToken.VALUE_NULL ? null : ReplyFields.longValue(p, value, name);
                    break;
                case "EndTime":
                    end = value == JsonToken.VALUE_NULL ? null : ReplyFields.longValue(p, value, name);
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (title == null) {
            throw ReplyFields.malformed("an event has no Title");
        }
        if (start == null) {
            throw ReplyFields.malformed("event \"" + title + "\" has no SartTime/StartTime");
        }
        try {
            return HealthEvent.ofWire(title, severity == null ? "" : severity, Instant.ofEpochMilli(start),
                    end == null ? null : Instant.ofEpochMilli(end));
        } catch (IllegalArgumentException e) {
            throw ReplyFields.malformed("event \"" + title + "\": " + e.getMessage());
        }
    }
}
