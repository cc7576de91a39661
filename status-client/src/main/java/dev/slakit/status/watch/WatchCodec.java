package dev.slakit.status.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slakit.status.EventImpact;
import dev.slakit.status.EventInProgress;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.EventUpdate;
import dev.slakit.status.HealthEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for what stores keep: a {@link TargetState} and a {@link HealthNotification}, shared by every store of
 * this package so they all write one format. Times are ISO-8601 instants, severities the text the service
 * sent. Reading checks the structure and fails with an {@link IOException} naming where ({@code where}, such
 * as a file and a path inside it) and what is wrong; nothing missing is read as empty. Stateless, thread-safe.
 *
 * <pre>{@code
 * state:        {"regionId":"cn-hangzhou","productId":"ecs","observedAt":"2020-02-10T07:00:00Z",
 *                "events":[{"title":"...","severity":"ALARM","start":"2020-02-10T06:51:23Z","end":null}],
 *                "revisions":[{"title":"...","start":"2020-02-10T06:51:23Z","revision":1}]}
 * notification: {"id":"9f86...-1","kind":"OPENED","regionId":"cn-hangzhou","productId":"ecs","revision":1,
 *                "observedAt":"...","previousSeverity":null,"reason":null,
 *                "event":{"title":"...","severity":"ALARM","start":"...","end":null}}
 * }</pre>
 *
 * <p>An all-products target (events in progress of a region) has {@code "productId":"*"}, an empty
 * {@code events}, and {@code "inProgress":[{"id":42,"title":"...","start":"...","updates":[{"content":"...",
 * "publishTime":"..."}],"impacts":[{"productId":"ecs","productName":"...","regionId":"cn-hangzhou",
 * "regionName":"...","start":"...","recovery":null}]}]}; its revisions and notifications carry
 * {@code "eventId"} (and a revision its {@code "productId"}), an UPDATED notification its {@code "update"}.
 * Older readers never see these fields: only a watcher with regions writes them.
 */
final class WatchCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WatchCodec() {
    }

    /** @return a new empty JSON object */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return compact JSON text of {@code node} */
    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize watch state", e);
        }
    }

    /** @return UTF-8 JSON bytes of {@code node} */
    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize watch state", e);
        }
    }

    /** Parses JSON text or bytes; {@code where} names the source in the error. */
    static JsonNode parse(byte[] json, String where) throws IOException {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IOException(where + " is empty, expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IOException(where + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    // ---- target state ----

    static ObjectNode writeState(TargetState state) {
        ObjectNode t = object();
        t.put("regionId", state.target().regionId());
        t.put("productId", state.target().productId());
        if (state.observedAt().isPresent()) {
            t.put("observedAt", state.observedAt().get().toString());
        } else {
            t.putNull("observedAt");
        }
        ArrayNode events = t.putArray("events");
        for (HealthEvent e : state.events()) {
            events.add(writeEvent(e));
        }
        if (state.target().isAllProducts()) {
            ArrayNode inProgress = t.putArray("inProgress");
            for (EventInProgress e : state.inProgress()) {
                inProgress.add(writeInProgress(e));
            }
        }
        ArrayNode revisions = t.putArray("revisions");
        for (Map.Entry<EventKey, Long> r : state.revisions().entrySet()) {
            ObjectNode n = revisions.addObject();
            if (r.getKey().eventId().isPresent()) {
                n.put("eventId", r.getKey().eventId().getAsLong());
                n.put("productId", r.getKey().target().productId());
            }
            n.put("title", r.getKey().title());
            n.put("start", r.getKey().startTime().toString());
            n.put("revision", r.getValue());
        }
        return t;
    }

    /**
     * @param node a state object
     * @param where where it was read, for the error, such as {@code watch state file /x.json, targets[2]}
     * @param revisionsRequired whether the {@code revisions} array must be present (formats before it existed
     *     read it as empty)
     */
    static TargetState readState(JsonNode node, String where, boolean revisionsRequired) throws IOException {
        requireObject(node, where);
        WatchTarget target;
        try {
            target = WatchTarget.of(string(node, "regionId", where), string(node, "productId", where));
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
        JsonNode events = array(node, "events", where);
        List<HealthEvent> list = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            list.add(readEvent(events.get(i), where + ".events[" + i + "]"));
        }
        Map<EventKey, Long> revisions = new LinkedHashMap<>();
        if (revisionsRequired || node.has("revisions")) {
            JsonNode revs = array(node, "revisions", where);
            for (int i = 0; i < revs.size(); i++) {
                String at = where + ".revisions[" + i + "]";
                JsonNode r = revs.get(i);
                requireObject(r, at);
                long revision = positiveLong(r, "revision", at);
                EventKey key;
                if (target.isAllProducts()) {
                    key = EventKey.ofEventId(pair(target.regionId(), string(r, "productId", at), at),
                            longValue(r, "eventId", at), string(r, "title", at), instant(r, "start", at));
                } else {
                    key = EventKey.of(target, string(r, "title", at), instant(r, "start", at));
                }
                revisions.put(key, revision);
            }
        }
        Instant observedAt = optionalInstant(node, "observedAt", where);
        if (target.isAllProducts()) {
            JsonNode in = array(node, "inProgress", where);
            List<EventInProgress> inProgress = new ArrayList<>(in.size());
            for (int i = 0; i < in.size(); i++) {
                inProgress.add(readInProgress(in.get(i), where + ".inProgress[" + i + "]"));
            }
            try {
                return TargetState.ofInProgress(target, inProgress, observedAt, revisions);
            } catch (IllegalArgumentException e) {
                throw new IOException(where + ": " + e.getMessage(), e);
            }
        }
        return TargetState.of(target, list, observedAt, revisions);
    }

    // ---- notification ----

    static ObjectNode writeNotification(HealthNotification n) {
        ObjectNode o = object();
        o.put("id", n.id());
        o.put("kind", n.kind().name());
        o.put("regionId", n.regionId());
        o.put("productId", n.productId());
        o.put("revision", n.revision());
        o.put("observedAt", n.observedAt().toString());
        if (n.previousSeverityOrNull() == null) {
            o.putNull("previousSeverity");
        } else {
            o.put("previousSeverity", n.previousSeverityOrNull().name());
        }
        if (n instanceof EventResolved) {
            o.put("reason", ((EventResolved) n).reason().name());
        } else {
            o.putNull("reason");
        }
        if (n.eventId().isPresent()) {
            o.put("eventId", n.eventId().getAsLong());
        }
        if (n instanceof EventUpdated) {
            o.set("update", writeUpdate(((EventUpdated) n).update()));
        }
        o.set("event", writeEvent(n.event()));
        return o;
    }

    static HealthNotification readNotification(JsonNode node, String where) throws IOException {
        requireObject(node, where);
        String id = string(node, "id", where);
        WatchTarget target;
        try {
            target = WatchTarget.of(string(node, "regionId", where), string(node, "productId", where));
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
        HealthEvent event = readEvent(node.get("event"), where + ".event");
        JsonNode eventId = node.get("eventId");
        EventKey key;
        try {
            key = eventId == null || eventId.isNull() ? EventKey.of(target, event)
                    : EventKey.ofEventId(target, longValue(node, "eventId", where), event.title(), event.startTime());
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
        long revision = positiveLong(node, "revision", where);
        Instant observedAt = instant(node, "observedAt", where);
        EventSeverity previous = null;
        JsonNode p = node.get("previousSeverity");
        if (p != null && !p.isNull()) {
            previous = enumValue(EventSeverity.class, string(node, "previousSeverity", where), "previousSeverity", where);
        }
        HealthNotification.Kind kind = enumValue(HealthNotification.Kind.class, string(node, "kind", where), "kind",
                where);
        HealthNotification n;
        try {
            switch (kind) {
                case OPENED:
                    n = new EventOpened(key, event, previous, observedAt, revision);
                    break;
                case SEVERITY_CHANGED:
                    if (previous == null) {
                        throw new IOException(where + ": a SEVERITY_CHANGED needs \"previousSeverity\"");
                    }
                    n = new SeverityChanged(key, event, previous, observedAt, revision);
                    break;
                case UPDATED:
                    if (!key.eventId().isPresent()) {
                        throw new IOException(where + ": an UPDATED needs \"eventId\"");
                    }
                    n = new EventUpdated(key, event, observedAt, revision,
                            readUpdate(node.get("update"), where + ".update"));
                    break;
                default:
                    if (previous == null) {
                        throw new IOException(where + ": a RESOLVED needs \"previousSeverity\"");
                    }
                    n = new EventResolved(key, event, previous, observedAt, revision,
                            enumValue(EventResolved.Reason.class, string(node, "reason", where), "reason", where));
                    break;
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
        if (!n.id().equals(id)) {
            throw new IOException(where + ": \"id\" " + id + " does not match its event and revision (expected "
                    + n.id() + ")");
        }
        return n;
    }

    /** {@link #writeNotification} as JSON text, for a database column. */
    static String notificationToJson(HealthNotification n) {
        return text(writeNotification(n));
    }

    /** {@link #readNotification} from JSON text; {@code where} names the source (table, row) in the error. */
    static HealthNotification notificationFromJson(String json, String where) {
        try {
            return readNotification(parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), where), where);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #writeState} as JSON text, for a database column. */
    static String stateToJson(TargetState state) {
        return text(writeState(state));
    }

    /** {@link #readState} from JSON text, revisions required; {@code where} names the source in the error. */
    static TargetState stateFromJson(String json, String where) {
        try {
            return readState(parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), where), where, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- pieces ----

    private static ObjectNode writeEvent(HealthEvent e) {
        ObjectNode n = object();
        n.put("title", e.title());
        n.put("severity", e.rawSeverity());
        n.put("start", e.startTime().toString());
        if (e.endTime().isPresent()) {
            n.put("end", e.endTime().get().toString());
        } else {
            n.putNull("end");
        }
        return n;
    }

    private static ObjectNode writeUpdate(EventUpdate u) {
        ObjectNode n = object();
        n.put("content", u.content());
        n.put("publishTime", u.publishTime().toString());
        return n;
    }

    private static EventUpdate readUpdate(JsonNode u, String where) throws IOException {
        requireObject(u, where);
        return EventUpdate.of(string(u, "content", where), instant(u, "publishTime", where));
    }

    private static ObjectNode writeInProgress(EventInProgress e) {
        ObjectNode n = object();
        n.put("id", e.id());
        n.put("title", e.title());
        n.put("start", e.startTime().toString());
        ArrayNode updates = n.putArray("updates");
        for (EventUpdate u : e.updates()) {
            updates.add(writeUpdate(u));
        }
        ArrayNode impacts = n.putArray("impacts");
        for (EventImpact i : e.impacts()) {
            ObjectNode o = impacts.addObject();
            o.put("productId", i.productId());
            o.put("productName", i.productName());
            o.put("regionId", i.regionId());
            o.put("regionName", i.regionName());
            o.put("start", i.startTime().toString());
            if (i.recoveryTime().isPresent()) {
                o.put("recovery", i.recoveryTime().get().toString());
            } else {
                o.putNull("recovery");
            }
        }
        return n;
    }

    private static EventInProgress readInProgress(JsonNode e, String where) throws IOException {
        requireObject(e, where);
        JsonNode u = array(e, "updates", where);
        List<EventUpdate> updates = new ArrayList<>(u.size());
        for (int i = 0; i < u.size(); i++) {
            updates.add(readUpdate(u.get(i), where + ".updates[" + i + "]"));
        }
        JsonNode im = array(e, "impacts", where);
        List<EventImpact> impacts = new ArrayList<>(im.size());
        try {
            for (int i = 0; i < im.size(); i++) {
                String at = where + ".impacts[" + i + "]";
                JsonNode o = im.get(i);
                requireObject(o, at);
                impacts.add(EventImpact.builder().product(string(o, "productId", at), string(o, "productName", at))
                        .region(string(o, "regionId", at), string(o, "regionName", at))
                        .startTime(instant(o, "start", at)).recoveryTime(optionalInstant(o, "recovery", at)).build());
            }
            return EventInProgress.of(longValue(e, "id", where), string(e, "title", where),
                    instant(e, "start", where), updates, impacts);
        } catch (IllegalArgumentException ex) {
            throw new IOException(where + ": " + ex.getMessage(), ex);
        }
    }

    private static WatchTarget pair(String regionId, String productId, String where) throws IOException {
        try {
            return WatchTarget.of(regionId, productId);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    private static long longValue(JsonNode node, String field, String where) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IOException(where + ": \"" + field + "\" must be an integer, was " + describe(value));
        }
        return value.asLong();
    }

    private static HealthEvent readEvent(JsonNode e, String where) throws IOException {
        requireObject(e, where);
        try {
            return HealthEvent.ofWire(string(e, "title", where), string(e, "severity", where),
                    instant(e, "start", where), optionalInstant(e, "end", where));
        } catch (IllegalArgumentException ex) {
            throw new IOException(where + ": " + ex.getMessage(), ex);
        }
    }

    static void requireObject(JsonNode node, String where) throws IOException {
        if (node == null || !node.isObject()) {
            throw new IOException(where + " must be a JSON object, was " + describe(node));
        }
    }

    static JsonNode array(JsonNode node, String field, String where) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IOException(where + ": \"" + field + "\" must be an array, was " + describe(value));
        }
        return value;
    }

    static String string(JsonNode node, String field, String where) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException(where + ": \"" + field + "\" must be a string, was " + describe(value));
        }
        return value.asText();
    }

    private static long positiveLong(JsonNode node, String field, String where) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 1) {
            throw new IOException(where + ": \"" + field + "\" must be an integer >= 1, was " + describe(value));
        }
        return value.asLong();
    }

    private static Instant instant(JsonNode node, String field, String where) throws IOException {
        String text = string(node, field, where);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IOException(where + ": \"" + field + "\" must be an ISO-8601 instant, was " + text, e);
        }
    }

    private static Instant optionalInstant(JsonNode node, String field, String where) throws IOException {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : instant(node, field, where);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, String where)
            throws IOException {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": \"" + field + "\" must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ", was " + text, e);
        }
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
