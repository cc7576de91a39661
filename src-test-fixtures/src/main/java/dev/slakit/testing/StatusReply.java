package dev.slakit.testing;

import dev.slakit.status.HealthEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A reply chosen by a {@link StatusDispatcher}: go on normally, a {@link Fault}, a platform error, a success
 * with given events, or raw bytes; optionally with extra headers and a delay.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusReply {

    enum Kind { PROCEED, FAULT, ERROR, EVENTS, RAW }

    private static final StatusReply PROCEED = new StatusReply(Kind.PROCEED, null, 0, null, null, null, null,
            Collections.<String[]>emptyList(), Duration.ZERO);

    private final Kind kind;
    private final Fault fault;
    private final int httpStatus;
    private final String code;
    private final String text;
    private final List<HealthEvent> events;
    private final String contentType;
    private final List<String[]> headers;
    private final Duration delay;

    private StatusReply(Kind kind, Fault fault, int httpStatus, String code, String text, List<HealthEvent> events,
            String contentType, List<String[]> headers, Duration delay) {
        this.kind = kind;
        this.fault = fault;
        this.httpStatus = httpStatus;
        this.code = code;
        this.text = text;
        this.events = events;
        this.contentType = contentType;
        this.headers = headers;
        this.delay = delay;
    }

    /** @return the reply that lets the server answer as it would without a dispatcher */
    public static StatusReply proceed() {
        return PROCEED;
    }

    /**
     * @param fault the fault, not null
     * @return a reply that behaves as that fault
     */
    public static StatusReply fault(Fault fault) {
        return new StatusReply(Kind.FAULT, Objects.requireNonNull(fault, "fault"), 0, null, null, null, null,
                Collections.<String[]>emptyList(), Duration.ZERO);
    }

    /**
     * A platform error reply {@code {"RequestId","HostId","Code","Message","Recommend"}}.
     *
     * @param httpStatus the HTTP status, 100 to 599
     * @param code the error code, such as {@code Forbidden.RAM}, not null
     * @param message the message, not null
     * @return the reply
     */
    public static StatusReply error(int httpStatus, String code, String message) {
        return new StatusReply(Kind.ERROR, null, checkStatus(httpStatus), Objects.requireNonNull(code, "code"),
                Objects.requireNonNull(message, "message"), null, null, Collections.<String[]>emptyList(),
                Duration.ZERO);
    }

    /**
     * A success reply listing exactly these events (no filtering, no signature check).
     *
     * @param events the events, not null
     * @return the reply
     */
    public static StatusReply events(Collection<HealthEvent> events) {
        Objects.requireNonNull(events, "events");
        List<HealthEvent> copy = new ArrayList<HealthEvent>(events.size());
        for (HealthEvent event : events) {
            copy.add(Objects.requireNonNull(event, "events element"));
        }
        return new StatusReply(Kind.EVENTS, null, 200, null, null, Collections.unmodifiableList(copy), null,
                Collections.<String[]>emptyList(), Duration.ZERO);
    }

    /**
     * A reply with the given status, content type and body, sent as UTF-8.
     *
     * @param httpStatus the HTTP status, 100 to 599
     * @param contentType the {@code Content-Type}, not null
     * @param body the body, not null
     * @return the reply
     */
    public static StatusReply raw(int httpStatus, String contentType, String body) {
        return new StatusReply(Kind.RAW, null, checkStatus(httpStatus), null, Objects.requireNonNull(body, "body"),
                null, Objects.requireNonNull(contentType, "contentType"), Collections.<String[]>emptyList(),
                Duration.ZERO);
    }

    /**
     * Returns a copy with one more response header (ignored by {@link #proceed()} and {@link Fault#DISCONNECT}).
     *
     * @param name the header name, not null
     * @param value the header value, not null, no line breaks
     * @return the copy
     */
    public StatusReply withHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isEmpty() || (name + value).indexOf('\r') >= 0 || (name + value).indexOf('\n') >= 0) {
            throw new IllegalArgumentException("header name must be non-empty and name and value without CR or LF");
        }
        List<String[]> copy = new ArrayList<String[]>(headers);
        copy.add(new String[] {name, value});
        return new StatusReply(kind, fault, httpStatus, code, text, events, contentType,
                Collections.unmodifiableList(copy), delay);
    }

    /**
     * Returns a copy that is sent only after a delay.
     *
     * @param newDelay how long to wait before writing the reply, not negative, not null
     * @return the copy
     */
    public StatusReply withDelay(Duration newDelay) {
        Objects.requireNonNull(newDelay, "newDelay");
        if (newDelay.isNegative()) {
            throw new IllegalArgumentException("newDelay must not be negative, was " + newDelay);
        }
        return new StatusReply(kind, fault, httpStatus, code, text, events, contentType, headers, newDelay);
    }

    private static int checkStatus(int httpStatus) {
        if (httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be 100 to 599, was " + httpStatus);
        }
        return httpStatus;
    }

    Kind kind() {
        return kind;
    }

    Fault faultOrNull() {
        return fault;
    }

    int httpStatus() {
        return httpStatus;
    }

    String code() {
        return code;
    }

    String text() {
        return text;
    }

    byte[] rawBody() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    List<HealthEvent> events() {
        return events;
    }

    String contentType() {
        return contentType;
    }

    List<String[]> headers() {
        return headers;
    }

    Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        switch (kind) {
            case FAULT:
                return "StatusReply{fault=" + fault + "}";
            case ERROR:
                return "StatusReply{error " + httpStatus + " " + code + "}";
            case EVENTS:
                return "StatusReply{events=" + events.size() + "}";
            case RAW:
                return "StatusReply{raw " + httpStatus + " " + contentType + "}";
            default:
                return "StatusReply{proceed}";
        }
    }
}
