package dev.slakit.status.internal;

/**
 * Stands in for an exception that did not come from slakit, attached as the cause of a
 * {@link dev.slakit.status.StatusException}: it keeps the original's type name (in its message), its
 * redacted message and its stack trace, and replaces its causes the same way, so that logging the
 * exception with its causes shows no secret. Made by {@link Redaction#copyOf(Throwable)}.
 */
public final class RedactedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DEPTH = 8;

    private final String originalType;

    private RedactedException(String originalType, String message, Throwable cause) {
        super(message, cause);
        this.originalType = originalType;
    }

    static RedactedException of(Throwable foreign, int depth) {
        if (foreign instanceof RedactedException) {
            return (RedactedException) foreign;
        }
        Throwable cause = foreign.getCause();
        RedactedException copiedCause = cause == null || cause == foreign || depth >= MAX_DEPTH ? null
                : of(cause, depth + 1);
        String type = foreign.getClass().getName();
        String message = foreign.getMessage() == null ? type : type + ": " + Redaction.redact(foreign.getMessage());
        RedactedException copy = new RedactedException(type, message, copiedCause);
        copy.setStackTrace(foreign.getStackTrace());
        return copy;
    }

    /** @return the class name of the exception this stands in for */
    public String originalType() {
        return originalType;
    }

    /** @return the original's type name and redacted message, as the original's {@code toString()} would read */
    @Override
    public String toString() {
        return getMessage();
    }
}
