package dev.slakit.testing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What to write back on the socket, including the misbehaviours of the fault injection. Internal.
 */
public final class RawHttpReply {

    /** How the reply is put on the wire. */
    public enum Mode {
        /** A complete, well-formed HTTP reply. */
        NORMAL,
        /** Close the connection without writing anything. */
        DISCONNECT,
        /** Declare the full Content-Length, write only the first half of the body, then close. */
        TRUNCATE
    }

    private final int status;
    private final List<String[]> headers;
    private final byte[] body;
    private final Mode mode;
    private final long delayMillis;

    private RawHttpReply(int status, List<String[]> headers, byte[] body, Mode mode, long delayMillis) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.mode = mode;
        this.delayMillis = delayMillis;
    }

    /**
     * A complete reply.
     *
     * @param status the HTTP status
     * @param headers name/value pairs (Content-Length is added by the writer)
     * @param body the body
     * @return the reply
     */
    public static RawHttpReply of(int status, List<String[]> headers, byte[] body) {
        return new RawHttpReply(status, new ArrayList<String[]>(headers), body, Mode.NORMAL, 0);
    }

    /** @return a reply that closes the connection without a byte */
    public static RawHttpReply disconnect() {
        return new RawHttpReply(0, Collections.<String[]>emptyList(), new byte[0], Mode.DISCONNECT, 0);
    }

    /**
     * @param newMode the mode
     * @return a copy with that mode
     */
    public RawHttpReply withMode(Mode newMode) {
        return new RawHttpReply(status, headers, body, newMode, delayMillis);
    }

    /**
     * @param millis the delay before anything is written
     * @return a copy delayed by that many milliseconds
     */
    public RawHttpReply withDelayMillis(long millis) {
        return new RawHttpReply(status, headers, body, mode, millis);
    }

    /** @return the HTTP status (0 for a disconnect) */
    public int status() {
        return status;
    }

    /** @return the headers as name/value pairs */
    public List<String[]> headers() {
        return Collections.unmodifiableList(headers);
    }

    /** @return the body */
    public byte[] body() {
        return body;
    }

    /** @return the mode */
    public Mode mode() {
        return mode;
    }

    /** @return the delay in milliseconds */
    public long delayMillis() {
        return delayMillis;
    }
}
