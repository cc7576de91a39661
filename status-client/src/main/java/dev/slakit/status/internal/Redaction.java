package dev.slakit.status.internal;

/** Removes secret material from text before it reaches an exception or a log line. Stateless. */
public final class Redaction {

    private Redaction() {
    }

    /**
     * @param text any text, may be null
     * @return the text without secret material (no rules yet: returned as is); null for null
     */
    public static String redact(String text) {
        return text;
    }
}
