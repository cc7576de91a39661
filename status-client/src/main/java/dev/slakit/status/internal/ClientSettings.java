package dev.slakit.status.internal;

import dev.slakit.status.CallListener;
import dev.slakit.status.auth.CredentialsProvider;
import dev.slakit.status.RetryPolicy;
import dev.slakit.status.SignatureVersion;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;

/** The validated configuration of an {@link OkHttpStatusClient}, as the public builder collected it. */
public final class ClientSettings {

    final URI endpoint;
    final CredentialsProvider credentialsProvider;
    final RetryPolicy retryPolicy;
    final Duration connectTimeout;
    final Duration readTimeout;
    final Duration callTimeout;
    final OkHttpClient httpClient;
    final Clock clock;
    final long maxResponseBytes;
    final String userAgent;
    final DoubleSupplier random;
    final SignatureVersion signatureVersion;

    /**
     * @param endpoint the endpoint
     * @param credentialsProvider the credentials
     * @param retryPolicy the retry policy
     * @param connectTimeout the connect timeout of one attempt
     * @param readTimeout the read (and write) timeout of one attempt
     * @param callTimeout the deadline of a whole call
     * @param httpClient a client to derive from (never shut down), or null to own one
     * @param clock the clock of the {@code Timestamp} parameter
     * @param maxResponseBytes the largest body read
     * @param userAgent the User-Agent header
     * @param random uniform values in [0, 1) for jitter
     * @param signatureVersion the signature of every action, or null for each action's default
     */
    public ClientSettings(URI endpoint, CredentialsProvider credentialsProvider, RetryPolicy retryPolicy,
            Duration connectTimeout, Duration readTimeout, Duration callTimeout, OkHttpClient httpClient, Clock clock,
            long maxResponseBytes, String userAgent, DoubleSupplier random, SignatureVersion signatureVersion) {
        this.endpoint = endpoint;
        this.credentialsProvider = credentialsProvider;
        this.retryPolicy = retryPolicy;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.callTimeout = callTimeout;
        this.httpClient = httpClient;
        this.clock = clock;
        this.maxResponseBytes = maxResponseBytes;
        this.userAgent = userAgent;
        this.random = random;
        this.signatureVersion = signatureVersion;
    }

    /** Told of every attempt and call; set once, before the client is built. */
    volatile CallListener callListener = CallListener.NONE;

    /**
     * @param listener told of every attempt and call; not null
     * @return these settings
     */
    public ClientSettings withCallListener(CallListener listener) {
        this.callListener = java.util.Objects.requireNonNull(listener, "callListener");
        return this;
    }
}
