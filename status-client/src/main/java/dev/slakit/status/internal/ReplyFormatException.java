package dev.slakit.status.internal;

import java.io.IOException;

/**
 * The cause of a {@link dev.slakit.status.StatusClientException} for a complete reply that cannot be read
 * (malformed, truncated JSON, HTML, empty, oversized). Tells the retry classifier it is not an I/O error.
 */
public final class ReplyFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with the reply
     * @param cause the parser's exception, or null
     */
    public ReplyFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
