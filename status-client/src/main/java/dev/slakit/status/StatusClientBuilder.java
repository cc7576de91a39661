package dev.slakit.status;

import dev.slakit.status.internal.ClientSettings;
import dev.slakit.status.internal.OkHttpStatusClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.auth.CredentialsProvider;
import dev.slakit.status.auth.DefaultCredentialsChain;
import dev.slakit.status.auth.StaticCredentialsProvider;

/**
 * Builds the OkHttp-based {@link StatusClient}; obtain one with {@link StatusClient#builder()}.
 *
 * <p>Defaults: endpoint {@code https://status.aliyuncs.com}, credentials from the
 * {@link DefaultCredentialsChain}, {@link RetryPolicy#defaults()}, connect timeout 5 s, read timeout 10 s,
 * call timeout 30 s (one deadline for all attempts and the delays between them), a client-owned OkHttp
 * client, the UTC system clock, replies of at most 4 MiB, each action's own signature version (V1 for
 * {@code ListEvents}, V3 for {@code ListEventInProgress}). Setters validate at once; {@link #build()} checks
 * the combination. Not thread-safe.
 */
public final class StatusClientBuilder {

    /** The public endpoint. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://status.aliyuncs.com");
    /** The default connect timeout of one attempt. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The default read timeout of one attempt. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** The default deadline of one call, all attempts and delays included. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);
    /** The default largest reply body, 4 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 4L * 1024 * 1024;
    /** The default User-Agent header. */
    public static final String DEFAULT_USER_AGENT = "slakit-status-client/0.1 (Java "
            + System.getProperty("java.specification.version", "?") + ")";

    private URI endpoint = DEFAULT_ENDPOINT;
    private CredentialsProvider credentialsProvider;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private OkHttpClient httpClient;
    private Clock clock = Clock.systemUTC();
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private String userAgent = DEFAULT_USER_AGENT;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private CallListener callListener = CallListener.NONE;
    private SignatureVersion signatureVersion;

    StatusClientBuilder() {
    }

    /**
     * @param endpoint an absolute {@code http} or {@code https} URI, such as
     *     {@code https://status.aliyuncs.com}; not null
     * @return this builder
     * @throws IllegalArgumentException if not an absolute http(s) URI with a host
     */
    public StatusClientBuilder endpoint(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpoint must be an absolute http or https URI with a host, such as "
                    + "https://status.aliyuncs.com, was " + endpoint);
        }
        if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("endpoint must not have a query or a fragment, was " + endpoint);
        }
        this.endpoint = endpoint;
        return this;
    }

    /**
     * @param credentials fixed credentials; not null
     * @return this builder
     */
    public StatusClientBuilder credentials(Credentials credentials) {
        this.credentialsProvider = StaticCredentialsProvider.of(credentials);
        return this;
    }

    /**
     * @param credentialsProvider asked once per attempt; not null
     * @return this builder
     */
    public StatusClientBuilder credentialsProvider(CredentialsProvider credentialsProvider) {
        this.credentialsProvider = Objects.requireNonNull(credentialsProvider, "credentialsProvider");
        return this;
    }

    /**
     * @param retryPolicy the retry policy, such as {@link RetryPolicy#none()}; not null
     * @return this builder
     */
    public StatusClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /**
     * @param connectTimeout the connect timeout of one attempt; positive, at most 10 minutes
     * @return this builder
     */
    public StatusClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = checkTimeout(connectTimeout, "connectTimeout");
        return this;
    }

    /**
     * @param readTimeout the read (and write) timeout of one attempt; positive, at most 10 minutes
     * @return this builder
     */
    public StatusClientBuilder readTimeout(Duration readTimeout) {
        this.readTimeout = checkTimeout(readTimeout, "readTimeout");
        return this;
    }

    /**
     * @param callTimeout the one deadline of a call: every attempt and every delay between attempts; positive,
     *     at most 10 minutes
     * @return this builder
     */
    public StatusClientBuilder callTimeout(Duration callTimeout) {
        this.callTimeout = checkTimeout(callTimeout, "callTimeout");
        return this;
    }

    /**
     * Uses an application's OkHttp client: the status client derives its own with
     * {@link OkHttpClient#newBuilder()} (sharing the connection pool and dispatcher, applying this builder's
     * timeouts) and never shuts the given one down.
     *
     * @param httpClient the client to share; not null
     * @return this builder
     */
    public StatusClientBuilder httpClient(OkHttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        return this;
    }

    /**
     * @param clock the clock of the signed {@code Timestamp} parameter; not null
     * @return this builder
     */
    public StatusClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * @param maxResponseBytes the largest reply body read, in bytes; 1 KiB to 256 MiB. A larger body fails the
     *     call with a {@link StatusClientException}
     * @return this builder
     */
    public StatusClientBuilder maxResponseBytes(long maxResponseBytes) {
        if (maxResponseBytes < 1024 || maxResponseBytes > 256L * 1024 * 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be between 1024 and 268435456, was "
                    + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        return this;
    }

    /**
     * @param userAgent the User-Agent header; not blank, printable ASCII
     * @return this builder
     */
    public StatusClientBuilder userAgent(String userAgent) {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.trim().isEmpty() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("userAgent must be non-blank printable ASCII, was \"" + userAgent + "\"");
        }
        this.userAgent = userAgent;
        return this;
    }

    /**
     * @param callListener told of every attempt and every call, such as for metrics; not null. The default
     *     does nothing
     * @return this builder
     */
    public StatusClientBuilder callListener(CallListener callListener) {
        this.callListener = Objects.requireNonNull(callListener, "callListener");
        return this;
    }

    /**
     * Signs every action with this signature version. Without this setting each action is signed as the
     * official SDKs sign it: {@code ListEvents} with {@link SignatureVersion#V1}, {@code ListEventInProgress}
     * with {@link SignatureVersion#V3}.
     *
     * @param signatureVersion the version; not null
     * @return this builder
     */
    public StatusClientBuilder signatureVersion(SignatureVersion signatureVersion) {
        this.signatureVersion = Objects.requireNonNull(signatureVersion, "signatureVersion");
        return this;
    }

    /** The source of jitter; package-private so tests can make backoff deterministic. */
    StatusClientBuilder random(Random random) {
        Objects.requireNonNull(random, "random");
        this.random = random::nextDouble;
        return this;
    }

    /**
     * Builds the client. Without credentials or a provider, the {@link DefaultCredentialsChain} is used (and
     * asked on each attempt).
     *
     * @return a new client; close it when done
     * @throws IllegalArgumentException if the call timeout is shorter than the connect timeout
     */
    public StatusClient build() {
        if (callTimeout.compareTo(connectTimeout) < 0) {
            throw new IllegalArgumentException("callTimeout (" + callTimeout + ") must not be shorter than "
                    + "connectTimeout (" + connectTimeout + ")");
        }
        CredentialsProvider provider = credentialsProvider != null ? credentialsProvider
                : DefaultCredentialsChain.create();
        return new OkHttpStatusClient(new ClientSettings(endpoint, provider, retryPolicy, connectTimeout, readTimeout,
                callTimeout, httpClient, clock, maxResponseBytes, userAgent, random, signatureVersion).withCallListener(callListener));
    }

    private static Duration checkTimeout(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative() || value.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException(name + " must be positive and at most 10 minutes, was " + value);
        }
        return value;
    }
}
