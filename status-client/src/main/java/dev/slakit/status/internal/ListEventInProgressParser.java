package dev.slakit.status.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.slakit.status.EventImpact;
import dev.slakit.status.EventInProgress;
import dev.slakit.status.EventUpdate;
import dev.slakit.status.ListEventInProgressResponse;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusServiceException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code ListEventInProgress} reply with Jackson's streaming parser, in one pass:
 * {@code {"RequestId", "Data": [{"Id", "Title", "StartTime", "EventUpdates": [{"Content", "PublishTime"}],
 * "Impacts": [{"Product": {"ProductId", "ProductName"}, "Region": {"RegionId", "RegionName"}, "StartTime",
 * "RecoveryTime"}]}]}}, times in epoch milliseconds. Unknown fields are skipped; a field of the wrong type, a
 * missing required field ({@code Id}, {@code Title}, {@code StartTime}, an update's {@code PublishTime}, an
 * impact's {@code ProductId}, {@code RegionId}, {@code StartTime}) or an integer outside 64 bits is a
 * {@link StatusClientException} with the request id when known. Stateless and thread-safe.
 */
public final class ListEventInProgressParser {

    private ListEventInProgressParser() {
    }

    /**
     * @param httpStatus the HTTP status of the reply
     * @param body the body bytes
     * @param length how many bytes of {@code body} are the body
     * @param headerRequestId the {@code x-acs-request-id} header, or null
     * @return the response of a successful reply
     * @throws StatusServiceException for an error the service reported
     * @throws StatusClientException for a body that cannot be read
     */
    public static ListEventInProgressResponse parse(int httpStatus, byte[] body, int length, String headerRequestId) {
        return ReplyFields.parse(httpStatus, body, length, headerRequestId, new Body());
    }

    private static final class Body extends ReplyFields.Body<ListEventInProgressResponse> {
        private List<EventInProgress> events;

        @Override
        boolean field(String name, JsonToken value, JsonParser p) throws IOException {
            if (!"Data".equals(name)) {
                return false;
            }
            events = new ArrayList<>();
            if (value == JsonToken.VALUE_NULL) {
                return true;
            }
            if (value != JsonToken.START_ARRAY) {
                throw ReplyFields.malformed("Data is not an array");
            }
            while (nextObject(p, "Data")) {
                events.add(readEvent(p));
            }
            return true;
        }

        @Override
        ListEventInProgressResponse response(String requestId) throws ReplyFormatException {
            if (events == null) {
                throw ReplyFields.malformed("no Data array");
            }
            return ListEventInProgressResponse.of(requestId, events);
        }
    }

    private static EventInProgress readEvent(JsonParser p) throws IOException {
        Long id = null;
        String title = null;
        Long start = null;
        List<EventUpdate> updates = new ArrayList<>();
        List<EventImpact> impacts = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "Id":
                    id = optionalLong(p, value, "Id");
                    break;
                case "Title":
                    title = ReplyFields.text(p, value);
                    break;
                case "StartTime":
                    start = optionalLong(p, value, "StartTime");
                    break;
                case "EventUpdates":
                    if (startArray(value, "EventUpdates")) {
                        while (nextObject(p, "EventUpdates")) {
                            updates.add(readUpdate(p));
                        }
                    }
                    break;
                case "Impacts":
                    if (startArray(value, "Impacts")) {
                        while (nextObject(p, "Impacts")) {
                            impacts.add(readImpact(p));
                        }
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (id == null) {
            throw ReplyFields.malformed("an event has no Id");
        }
        if (title == null) {
            throw ReplyFields.malformed("event " + id + " has no Title");
        }
        if (start == null) {
            throw ReplyFields.malformed("event " + id + " has no StartTime");
        }
        return EventInProgress.of(id, title, Instant.ofEpochMilli(start), updates, impacts);
    }

    private static EventUpdate readUpdate(JsonParser p) throws IOException {
        String content = null;
        Long published = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("Content".equals(name)) {
                content = ReplyFields.text(p, value);
            } else if ("PublishTime".equals(name)) {
                published = optionalLong(p, value, "PublishTime");
            } else {
                p.skipChildren();
            }
        }
        if (published == null) {
            throw ReplyFields.malformed("an event update has no PublishTime");
        }
        return EventUpdate.of(content == null ? "" : content, Instant.ofEpochMilli(published));
    }

    private static EventImpact readImpact(JsonParser p) throws IOException {
        String[] product = {null, null};
        String[] region = {null, null};
        Long start = null;
        Long recovery = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "Product":
                    readPair(p, value, "Product", "ProductId", "ProductName", product);
                    break;
                case "Region":
                    readPair(p, value, "Region", "RegionId", "RegionName", region);
                    break;
                case "StartTime":
                    start = optionalLong(p, value, "StartTime");
                    break;
                case "RecoveryTime":
                    recovery = optionalLong(p, value, "RecoveryTime");
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (product[0] == null || product[0].isEmpty()) {
            throw ReplyFields.malformed("an impact has no Product.ProductId");
        }
        if (region[0] == null || region[0].isEmpty()) {
            throw ReplyFields.malformed("an impact has no Region.RegionId");
        }
        if (start == null) {
            throw ReplyFields.malformed("the impact on " + region[0] + "/" + product[0] + " has no StartTime");
        }
        try {
            return EventImpact.builder().product(product[0], product[1] == null ? "" : product[1])
                    .region(region[0], region[1] == null ? "" : region[1]).startTime(Instant.ofEpochMilli(start))
                    .recoveryTime(recovery == null ? null : Instant.ofEpochMilli(recovery)).build();
        } catch (IllegalArgumentException e) {
            throw ReplyFields.malformed("the impact on " + region[0] + "/" + product[0] + ": " + e.getMessage());
        }
    }

    /** Reads {@code {"<idField>": ..., "<nameField>": ...}} into {@code into[0]} and {@code into[1]}. */
    private static void readPair(JsonParser p, JsonToken value, String object, String idField, String nameField,
            String[] into) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_OBJECT) {
            throw ReplyFields.malformed(object + " is not an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (idField.equals(name)) {
                into[0] = ReplyFields.text(p, v);
            } else if (nameField.equals(name)) {
                into[1] = ReplyFields.text(p, v);
            } else {
                p.skipChildren();
            }
        }
    }

    private static Long optionalLong(JsonParser p, JsonToken value, String field) throws IOException {
        return value == JsonToken.VALUE_NULL ? null : ReplyFields.longValue(p, value, field);
    }

    /** @return true at the start of an array, false for null */
    private static boolean startArray(JsonToken value, String field) throws ReplyFormatException {
        if (value == JsonToken.VALUE_NULL) {
            return false;
        }
        if (value != JsonToken.START_ARRAY) {
            throw ReplyFields.malformed(field + " is not an array");
        }
        return true;
    }

    /** @return true on the next object of an array, false at its end */
    private static boolean nextObject(JsonParser p, String field) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
            return true;
        }
        if (t == JsonToken.END_ARRAY) {
            return false;
        }
        throw ReplyFields.malformed(field + " holds something other than objects");
    }
}
