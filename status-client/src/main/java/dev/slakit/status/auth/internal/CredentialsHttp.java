package dev.slakit.status.auth.internal;

import dev.slakit.status.StatusClientException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The small blocking HTTP client of the credentials providers (instance metadata service, STS): its own
 * {@link OkHttpClient} with short timeouts, no retries, no redirects, and replies read up to
 * {@value #MAX_BODY_BYTES} bytes. Failures are {@link StatusClientException}s naming the URL without its query,
 * never a body (a credentials reply holds secrets). Synchronous calls only, so it starts no dispatcher
 * threads; idle pooled connections are closed by OkHttp's daemon cleaner. Thread-safe.
 */
public final class CredentialsHttp {

    /** The most bytes of a reply read; a credentials reply is well under 4 KiB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final OkHttpClient http;

    /**
     * @param connectTimeout the connect timeout, positive
     * @param readTimeout the read timeout, positive
     */
    public CredentialsHttp(Duration connectTimeout, Duration readTimeout) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
    }

    /** A reply: its HTTP status, its body as UTF-8 text and its {@code x-acs-request-id} header (or null). */
    public static final class Reply {
        /** The HTTP status. */
        public final int status;
        /** The body, as UTF-8 text; may hold secrets, never put it into a message. */
        public final String body;
        /** The {@code x-acs-request-id} header, or null. */
        public final String requestIdHeader;

        Reply(int status, String body, String requestIdHeader) {
            this.status = status;
            this.body = body;
            this.requestIdHeader = requestIdHeader;
        }
    }

    /**
     * Sends a request and reads the whole reply.
     *
     * @param request the request
     * @param what what is being fetched, for messages, such as {@code "the ECS metadata token"}
     * @return the reply, whatever its status
     * @throws StatusClientException when no complete reply arrives (I/O error, timeout, oversized body)
     */
    public Reply send(Request request, String what) {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = "";
            if (body != null) {
                Buffer buffer = new Buffer();
                BufferedSource source = body.source();
                while (buffer.size() <= MAX_BODY_BYTES && source.read(buffer, 8192) != -1) {
                    // keep reading up to the cap
                }
                if (buffer.size() > MAX_BODY_BYTES) {
                    throw new StatusClientException("fetching " + what + " from " + request.url().redact()
                            + " failed: reply larger than " + MAX_BODY_BYTES + " bytes", null, null,
                            response.code(), 1);
                }
                text = buffer.readString(StandardCharsets.UTF_8);
            }
            return new Reply(response.code(), text, response.header("x-acs-request-id"));
        } catch (IOException e) {
            throw new StatusClientException("fetching " + what + " from " + request.url().redact() + " failed: " + e,
                    e, null, 0, 1);
        }
    }
}
