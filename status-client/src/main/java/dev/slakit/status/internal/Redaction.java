package dev.slakit.status.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secret material from text that did not come from slakit (a service's error message, a credentials
 * provider's exception) before it reaches an exception or a log line. The one redaction function of both
 * clients: every {@link dev.slakit.status.StatusException} message goes through {@link #redact(String)}.
 * Stateless and thread-safe.
 *
 * <p>Three rules, applied in order:
 * <ol>
 *   <li>A string to sign or canonical request (the service echoes its string to sign in
 *       {@code SignatureDoesNotMatch}, and a V1 one holds the {@code SecurityToken}): everything after the
 *       phrase up to the end of its line becomes {@value #REDACTED}.</li>
 *   <li>A value labelled as secret: {@code SecurityToken}, {@code x-acs-security-token},
 *       {@code AccessKeySecret}, {@code Signature}, {@code Authorization}, {@code secret}, {@code token},
 *       {@code password}, followed by {@code =}, {@code :}, {@code %3D} or {@code %253D} (JSON quotes
 *       allowed): the value becomes {@value #MASK}.</li>
 *   <li>A run of 20 or more characters of {@code A-Z a-z 0-9 + _ - %} holding both a letter and a digit, that
 *       is not a UUID (request ids are UUIDs): {@value #MASK}. This catches a bare AccessKey secret or STS token
 *       quoted without a label; a {@code /} ends a run (so file paths survive), and a base64 token is masked
 *       piece by piece.</li>
 * </ol>
 * Redaction is idempotent.
 */
public final class Redaction {

    /** What replaces a string to sign. */
    public static final String REDACTED = "[redacted]";
    /** What replaces a secret value. */
    public static final String MASK = "****";

    private static final Pattern STRING_TO_SIGN = Pattern.compile(
            "(?i)(string[ _-]?to[ _-]?sign|canonical[ _-]?request)([^:=\\r\\n]{0,16}[:=])?[ \\t]*([^\\r\\n]*)");
    private static final Pattern LABELLED = Pattern.compile("(?i)((?<![a-z])(?:x-acs-)?(?:security[-_.]?token"
            + "|access[-_.]?key[-_.]?secret|signature|authorization|secret|token|password)\"?[ \\t]*"
            + "(?:=|:|%3D|%253D)[ \\t]*\"?)((?:(?!%26|%2526)[^&\\s\",;}<>)\\]])+)");
    private static final Pattern CREDENTIAL_LIKE = Pattern.compile("[A-Za-z0-9+_%-]{20,}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private Redaction() {
    }

    /**
     * @param text any text, may be null
     * @return the text without strings to sign, labelled secrets and credential-like runs; null for null
     */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = cutStringsToSign(text);
        result = replace(result, LABELLED, true);
        return replace(result, CREDENTIAL_LIKE, false);
    }

    private static String cutStringsToSign(String text) {
        Matcher m = STRING_TO_SIGN.matcher(text);
        StringBuffer out = null;
        while (m.find()) {
            String rest = m.group(3);
            if (rest.isEmpty() || rest.startsWith(REDACTED)) {
                continue;
            }
            if (out == null) {
                out = new StringBuffer(text.length());
            }
            String head = m.group(1) + (m.group(2) == null ? ": " : m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(head + REDACTED));
        }
        if (out == null) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replace(String text, Pattern pattern, boolean labelled) {
        Matcher m = pattern.matcher(text);
        StringBuffer out = null;
        while (m.find()) {
            String value = labelled ? m.group(2) : m.group();
            if (value.equals(MASK) || value.equals(REDACTED) || (!labelled && !credentialLike(value))) {
                continue;
            }
            if (out == null) {
                out = new StringBuffer();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(labelled ? m.group(1) + MASK : MASK));
        }
        if (out == null) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean credentialLike(String run) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit && !UUID.matcher(run).matches();
    }

    /**
     * A stand-in for an exception that did not come from slakit (a credentials provider's, the official SDK's),
     * to be attached as a cause: its type name and redacted message, the original stack trace and redacted
     * causes. Its own type is {@link RedactedException}, so the original's fields are not kept.
     *
     * @param foreign the exception, may be null
     * @return the stand-in, or null for null
     */
    public static RedactedException copyOf(Throwable foreign) {
        return foreign == null ? null : RedactedException.of(foreign, 0);
    }
}
