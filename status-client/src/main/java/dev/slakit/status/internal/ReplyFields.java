package dev.slakit.status.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusException;
import dev.slakit.status.StatusServiceException;
import java.io.IOException;

/**
 * The pieces every reply parser shares: scalar fields read with Jackson's streaming parser, and the envelope
 * ({@code RequestId}, {@code Code}, {@code Message}) turned into the SDK's exceptions. Stateless and thread-safe.
 */
final class ReplyFields {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ReplyFields() {
    }

    /**
     * The fields of one reply's top-level object: the envelope is read here, the action's own fields by
     * {@link #field}. One instance per reply; not thread-safe.
     *
     * @param <T> the response type
     */
    abstract static class Body<T> {
        String requestId;
        String code;
        String message;

        /**
         * Reads an action field; the parser is on its value.
         *
         * @return false if the field is not the action's (it is then skipped)
         */
        abstract boolean field(String name, JsonToken value, JsonParser p) throws IOException;

        /**
         * @param requestId the request id to report, never null
         * @return the response of a successful reply
         * @throws ReplyFormatException if a required field is missing
         */
        abstract T response(String requestId) throws ReplyFormatException;
    }

    /**
     * Turns a complete reply into a response or the matching exception (with {@code attempts} 0). The request
     * id of a body that turns out malformed is kept if it was read before the fault.
     *
     * @param httpStatus the HTTP status of the reply
     * @param body the body bytes
     * @param length how many bytes of {@code body} are the body
     * @param headerRequestId the {@code x-acs-request-id} header, or null
     * @param reader the action's fields
     * @param <T> the response type
     * @return the response of a successful reply
     * @throws StatusServiceException for an error the service reported
     * @throws StatusClientException for a body that cannot be read
     */
    static <T> T parse(int httpStatus, byte[] body, int length, String headerRequestId, Body<T> reader) {
        if (length == 0) {
            throw new StatusClientException("empty reply body (HTTP " + httpStatus + ")",
                    new ReplyFormatException("empty body", null), headerRequestId, httpStatus, 0);
        }
        try (JsonParser p = JSON.createParser(body, 0, length)) {
            readObject(p, reader);
            String requestId = checkEnvelope(httpStatus, reader.requestId, reader.code, reader.message,
                    headerRequestId);
            return reader.response(requestId);
        } catch (IOException | RuntimeException e) {
            if (e instanceof StatusException) {
                throw (StatusException) e;
            }
            String why = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
                    : e.getMessage();
            // Keep the request id whichever part of the reply carried it: the body (read before the error, or
            // found by a tolerant scan of the top-level fields), else the header.
            String bodyRequestId = reader.requestId != null ? reader.requestId : scanRequestId(body, length);
            throw new StatusClientException("malformed reply body (HTTP " + httpStatus + "): " + why,
                    e instanceof ReplyFormatException ? e : new ReplyFormatException(why, e),
                    bodyRequestId != null ? bodyRequestId : headerRequestId, httpStatus, 0);
        }
    }

    /**
     * The top-level {@code RequestId} of a body that failed to parse: skips every other value whatever its
     * type, and gives up (null) at the first syntax error before it.
     */
    private static String scanRequestId(byte[] body, int length) {
        try (JsonParser p = JSON.createParser(body, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("RequestId".equals(name) && value == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable before a RequestId: there is none to keep.
        }
        return null;
    }

    private static void readObject(JsonParser p, Body<?> reader) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw malformed("the body is not a JSON object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "RequestId":
                    reader.requestId = text(p, value);
                    break;
                case "Code":
                    reader.code = text(p, value);
                    break;
                case "Message":
                    reader.message = text(p, value);
                    break;
                default:
                    if (!reader.field(name, value, p)) {
                        p.skipChildren();
                    }
            }
        }
        checkEnd(p);
    }

    /**
     * @param p the parser, positioned on {@code value}
     * @param value the current token
     * @return the text of a scalar, or null for JSON null
     * @throws ReplyFormatException if the value is an object or an array
     */
    static String text(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
                || value == JsonToken.VALUE_NUMBER_FLOAT || value == JsonToken.VALUE_TRUE
                || value == JsonToken.VALUE_FALSE) {
            return p.getText();
        }
        throw malformed("field " + p.currentName() + " is not a scalar");
    }

    /**
     * A 64-bit integer given as a JSON integer or a string of digits.
     *
     * @param p the parser, positioned on {@code value}
     * @param value the current token
     * @param field the field name, for the message
     * @return the value
     * @throws ReplyFormatException if the value is not an integer or does not fit a {@code long}
     */
    static long longValue(JsonParser p, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw malformed(field + " is outside the range of a 64-bit integer");
            }
            return p.getLongValue();
        }
        if (value == JsonToken.VALUE_STRING) {
            try {
                return Long.parseLong(p.getText().trim());
            } catch (NumberFormatException e) {
                throw malformed(field + " is not a 64-bit integer");
            }
        }
        throw malformed(field + " is not an integer");
    }

    /**
     * A count: an integer in [0, {@link Integer#MAX_VALUE}]; anything outside is a malformed reply, never
     * truncated.
     *
     * @param p the parser, positioned on {@code value}
     * @param value the current token
     * @param field the field name, for the message
     * @return the count
     * @throws ReplyFormatException if the value is not such an integer
     */
    static int count(JsonParser p, JsonToken value, String field) throws IOException {
        long n = longValue(p, value, field);
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw malformed(field + " is outside 0.." + Integer.MAX_VALUE + ": " + n);
        }
        return (int) n;
    }

    /**
     * Checks the envelope of a parsed reply: an error {@code Code} becomes a {@link StatusServiceException}, a
     * non-2xx status without one a {@link StatusClientException}.
     *
     * @param httpStatus the HTTP status
     * @param requestId the body's {@code RequestId}, or null
     * @param code the body's {@code Code}, or null
     * @param message the body's {@code Message}, or null
     * @param headerRequestId the {@code x-acs-request-id} header, or null
     * @return the request id to report (the body's, else the header's), never null
     */
    private static String checkEnvelope(int httpStatus, String requestId, String code, String message,
            String headerRequestId) {
        String id = requestId != null ? requestId : headerRequestId;
        if (code != null && !"200".equals(code)) {
            throw new StatusServiceException(code, message, id, httpStatus, 0);
        }
        if (httpStatus < 200 || httpStatus >= 300) {
            throw new StatusClientException("HTTP " + httpStatus + " reply without an error code",
                    new ReplyFormatException("no Code in an error reply", null), id, httpStatus, 0);
        }
        return id == null ? "" : id;
    }

    private static void checkEnd(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw malformed("truncated JSON object");
        }
        if (p.nextToken() != null) {
            throw malformed("trailing content after the JSON object");
        }
    }

    static ReplyFormatException malformed(String why) {
        return new ReplyFormatException(why, null);
    }
}
