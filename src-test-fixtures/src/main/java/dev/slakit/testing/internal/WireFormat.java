package dev.slakit.testing.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.slakit.status.EventImpact;
import dev.slakit.status.EventInProgress;
import dev.slakit.status.EventUpdate;
import dev.slakit.status.HealthEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The bodies the Status API writes, and the decoding of its parameters. Internal; thread-safe.
 */
public final class WireFormat {

    /** The content type of every JSON reply, as the service sends it. */
    public static final String JSON_CONTENT_TYPE = "application/json;charset=utf-8";
    /** The {@code HostId} of error replies. */
    public static final String HOST_ID = "status.aliyuncs.com";

    private static final JsonFactory JSON = new JsonFactory();

    private WireFormat() {
    }

    /** @return a fresh request id in the service's style (upper-case UUID) */
    public static String newRequestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    /**
     * A {@code ListEventInProgress} success body, in the shape of the Tea SDK's model: {@code {"RequestId",
     * "Data":[{"Id","Title","StartTime","EventUpdates":[{"Content","PublishTime"}],"Impacts":[{"Product":
     * {"ProductId","ProductName"},"Region":{"RegionId","RegionName"},"StartTime","RecoveryTime"}]}]}}, times
     * in epoch milliseconds, {@code RecoveryTime} null while an impact lasts.
     *
     * @param requestId the request id
     * @param events the events
     * @return UTF-8 JSON
     */
    public static byte[] inProgressBody(final String requestId, final List<EventInProgress> events) {
        return json(256 + 512 * events.size(), new Body() {
            @Override
            public void write(JsonGenerator g) throws IOException {
                writeInProgress(g, requestId, events);
            }
        });
    }

    private static void writeInProgress(JsonGenerator g, String requestId, List<EventInProgress> events)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("RequestId", requestId);
        g.writeArrayFieldStart("Data");
        for (EventInProgress event : events) {
            g.writeStartObject();
            g.writeNumberField("Id", event.id());
            g.writeStringField("Title", event.title());
            g.writeNumberField("StartTime", event.startTime().toEpochMilli());
            g.writeArrayFieldStart("EventUpdates");
            for (EventUpdate update : event.updates()) {
                g.writeStartObject();
                g.writeStringField("Content", update.content());
                g.writeNumberField("PublishTime", update.publishTime().toEpochMilli());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("Impacts");
            for (EventImpact impact : event.impacts()) {
                g.writeStartObject();
                g.writeObjectFieldStart("Product");
                g.writeStringField("ProductId", impact.productId());
                g.writeStringField("ProductName", impact.productName());
                g.writeEndObject();
                g.writeObjectFieldStart("Region");
                g.writeStringField("RegionId", impact.regionId());
                g.writeStringField("RegionName", impact.regionName());
                g.writeEndObject();
                g.writeNumberField("StartTime", impact.startTime().toEpochMilli());
                writeMillisOrNull(g, "RecoveryTime", impact.recoveryTime());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes one JSON document. */
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] json(int sizeHint, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes epoch milliseconds, or null when absent. */
    private static void writeMillisOrNull(JsonGenerator g, String field, Optional<Instant> time) throws IOException {
        if (time.isPresent()) {
            g.writeNumberField(field, time.get().toEpochMilli());
        } else {
            g.writeNullField(field);
        }
    }

    /**
     * The platform error format {@code {"RequestId","HostId","Code","Message","Recommend"}}.
     *
     * @param requestId the request id
     * @param code the error code, such as {@code Throttling.User}
     * @param message the message
     * @return UTF-8 JSON
     */
    public static byte[] errorBody(String requestId, String code, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("RequestId", requestId);
            g.writeStringField("HostId", HOST_ID);
            g.writeStringField("Code", code);
            g.writeStringField("Message", message);
            g.writeStringField("Recommend", "https://next.api.aliyun.com/troubleshoot?q=" + code + "&product=Status");
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The ListEvents success body.
     *
     * @param requestId the request id
     * @param events the events to list
     * @param startTimeField {@code SartTime} (the service's spelling) or {@code StartTime}
     * @return UTF-8 JSON
     */
    public static byte[] successBody(String requestId, List<HealthEvent> events, String startTimeField) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + events.size() * 128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("RequestId", requestId);
            g.writeNumberField("Code", 200);
            g.writeStringField("Success", "true");
            g.writeNumberField("Total", events.size());
            g.writeArrayFieldStart("Data");
            for (HealthEvent event : events) {
                g.writeStartObject();
                g.writeStringField("Title", event.title());
                g.writeStringField("CurrentStateSeverity", event.rawSeverity());
                g.writeNumberField(startTimeField, event.startTime().toEpochMilli());
                writeMillisOrNull(g, "EndTime", event.endTime());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A 200 reply whose {@code Code} says the call failed.
     *
     * @param requestId the request id
     * @param code the numeric code in the body
     * @param message the message
     * @return UTF-8 JSON
     */
    public static byte[] codeNot200Body(String requestId, int code, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("RequestId", requestId);
            g.writeNumberField("Code", code);
            g.writeStringField("Success", "false");
            g.writeStringField("Message", message);
            g.writeNumberField("Total", 0);
            g.writeArrayFieldStart("Data");
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Decodes {@code a=1&b=2} (query string or form body) into the map, later values winning.
     *
     * @param encoded the encoded text, may be empty
     * @param into where to put the pairs
     */
    public static void decodeForm(String encoded, Map<String, String> into) {
        if (encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            into.put(decode(name), decode(value));
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        } catch (IllegalArgumentException e) {
            // A malformed %-escape: keep the text as sent; the signature check will then fail, as it should.
            return text;
        }
    }

    /**
     * A gateway's HTML error page.
     *
     * @param status the HTTP status shown on the page
     * @param reason the reason phrase
     * @return UTF-8 HTML
     */
    public static byte[] htmlPage(int status, String reason) {
        String html = "<!DOCTYPE html>\n<html>\n<head><title>" + status + " " + reason + "</title></head>\n"
                + "<body>\n<center><h1>" + status + " " + reason + "</h1></center>\n"
                + "<hr/>Powered by Tengine\n</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
