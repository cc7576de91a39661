package dev.slakit.testing;

import dev.slakit.status.auth.Credentials;
import dev.slakit.status.EventInProgress;
import dev.slakit.status.HealthEvent;
import dev.slakit.testing.internal.ApiResult;
import dev.slakit.testing.internal.EventStore;
import dev.slakit.testing.internal.ApiRequest;
import dev.slakit.testing.internal.InProgressStore;
import dev.slakit.testing.internal.ListEventInProgressApi;
import dev.slakit.testing.internal.ListEventsApi;
import dev.slakit.testing.internal.RequestAuthenticator;
import dev.slakit.testing.internal.StatusApi;
import dev.slakit.testing.internal.MiniHttpServer;
import dev.slakit.testing.internal.RawHttpReply;
import dev.slakit.testing.internal.RawHttpRequest;
import dev.slakit.testing.internal.WireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake of the Alibaba Cloud Service Health Dashboard API ({@code status.aliyuncs.com}, version
 * {@code 2020-01-17}, actions {@code ListEvents} and {@code ListEventInProgress}, Signature V1 and V3) on a real
 * HTTP/1.1 server bound to {@code 127.0.0.1}: point slakit's {@code StatusClient}, the official
 * {@code aliyun-java-sdk-core} {@code DefaultAcsClient} or a Tea-style V3 request at {@link #endpoint()} with
 * {@link #credentials()}.
 *
 * <pre>{@code
 * try (FakeStatusServer server = FakeStatusServer.start()) {
 *     server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());
 *     server.failNext(2, Fault.THROTTLING_USER);      // the next two replies are throttled
 *     // ... call server.endpoint() with server.credentials() ...
 *     RecordedStatusRequest first = server.takeRequest(1, TimeUnit.SECONDS);
 * }
 * }</pre>
 *
 * <h2>What it checks, in order</h2>
 * The HTTP method (GET or POST; it is also the signature's method), {@code Version} ({@code MissingVersion},
 * {@code InvalidVersion}), {@code Action} ({@code MissingAction}, {@code InvalidAction.NotFound} 404), the
 * common parameters ({@code MissingAccessKeyId}, {@code MissingSignature}, ...), {@code SignatureMethod}
 * ({@code HMAC-SHA1} only, else {@code InvalidSignatureMethod}), {@code SignatureVersion} ({@code 1.0}, else
 * {@code InvalidSignatureVersion}), {@code Timestamp} (ISO-8601 UTC; {@code InvalidTimeStamp.Format}, and
 * {@code InvalidTimeStamp.Expired} when more than 15 minutes off the server {@linkplain Builder#clock clock}),
 * the AccessKey ({@code InvalidAccessKeyId.NotFound} 404), the STS token when the credentials have one
 * ({@code MissingSecurityToken}, {@code InvalidSecurityToken.MismatchWithAccessKey}), the RPC v1 signature
 * ({@code SignatureDoesNotMatch}; as the service's, the message carries the server's string to sign, including
 * the {@code SecurityToken} when one is sent), the nonce ({@code SignatureNonceUsed} when an AccessKey reuses one),
 * then the action's parameters: for {@code ListEvents}
 * {@code RegionId}, {@code ProductId}, {@code EndDate}, {@code NumOfDay} ({@code MissingRegionId} ...,
 * {@code InvalidParameter} for an {@code EndDate} that is not {@code yyyy-MM-dd} or a {@code NumOfDay} that is
 * not a positive integer). Errors are HTTP 400 unless noted, in the platform format
 * {@code {"RequestId","HostId","Code","Message","Recommend"}}. Parameters may come in the query string, an
 * {@code application/x-www-form-urlencoded} body, or both. {@code Format} is not checked: replies are always
 * JSON.
 *
 *
 * <h2>Signature V3</h2>
 * A request with an {@code Authorization: ACS3-HMAC-SHA256 ...} header is read as Signature V3: the version
 * and action come from {@code x-acs-version} and {@code x-acs-action}; then {@code x-acs-date},
 * {@code x-acs-signature-nonce} and {@code x-acs-content-sha256} must be present ({@code MissingParameter}), the
 * date is checked like {@code Timestamp}, the AccessKey of {@code Credential} and the token of
 * {@code x-acs-security-token} like V1's, {@code SignedHeaders} must cover {@code host}, {@code x-acs-action},
 * {@code x-acs-version}, {@code x-acs-date}, {@code x-acs-signature-nonce}, {@code x-acs-content-sha256} and
 * the token ({@code IncompleteSignature}), the content hash must be the body's ({@code InvalidParameter}), the
 * signature must match ({@code SignatureDoesNotMatch}, with the server's string to sign, which holds only a
 * hash) and the nonce be new. For {@code ListEventInProgress}, {@code RegionIds} must hold a JSON array of
 * strings ({@code MissingRegionIds}, {@code InvalidParameter}).
 *
 * <h2>Which events a reply lists</h2>
 * {@code ListEventInProgress} lists the events {@linkplain #putEventInProgress put} with at least one impact in
 * a requested region, every impact included, by ascending id; times are epoch milliseconds and
 * {@code RecoveryTime} is null while an impact lasts. {@code ListEvents} lists those added for exactly the
 * request's {@code RegionId} and {@code ProductId} (case-sensitive) that overlap the request's window, as
 * {@link dev.slakit.status.ListEventsRequest#window()} defines it (Asia/Shanghai): an event is listed if it
 * started before the window's end and did not end before its start (an ongoing event never ended). The newest
 * start comes first. The body is {@code {"RequestId","Code":200,"Success":"true","Total","Data":[{"Title",
 * "CurrentStateSeverity","SartTime","EndTime"}]}} with times in epoch milliseconds and {@code EndTime} null
 * while ongoing; {@code SartTime} is the service's own spelling (see {@link StartTimeSpelling}). Every JSON
 * reply has {@code Content-Type: application/json;charset=utf-8} and an {@code x-acs-request-id} header equal
 * to its {@code RequestId}.
 *
 * <h2>Faults and recording</h2>
 * A {@link StatusDispatcher} is asked first, then scripted faults ({@link #enqueueFault}, {@link #failNext}),
 * then the random share ({@link #failRate}); a fault replaces the normal answer. Every request is recorded,
 * faults included, without secrets ({@link RecordedStatusRequest}).
 *
 * <p>Thread-safe: any number of clients may call it at once, and tests may change events, credentials and
 * faults while it runs. {@link #toString()} never shows a secret.
 */
public final class FakeStatusServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final char[] ALPHANUMERIC =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Credentials credentials;
    private final Map<String, Credentials> credentialsById = new ConcurrentHashMap<String, Credentials>();
    private final Clock clock;
    private final StartTimeSpelling startTimeSpelling;
    private final Duration slowReplyDelay;
    private final int maxRecordedRequests;
    private final EventStore events = new EventStore();
    private final InProgressStore eventsInProgress = new InProgressStore();
    private final StatusApi api;
    private final ConcurrentLinkedQueue<Fault> scriptedFaults = new ConcurrentLinkedQueue<Fault>();
    private final Object rateLock = new Object();
    private Fault rateFault;
    private double rate;
    private Random rateRandom;
    private volatile StatusDispatcher dispatcher;
    private final AtomicInteger requestCount = new AtomicInteger();
    private final ArrayDeque<RecordedStatusRequest> history = new ArrayDeque<RecordedStatusRequest>();
    private final LinkedBlockingDeque<RecordedStatusRequest> untaken = new LinkedBlockingDeque<RecordedStatusRequest>();
    private final MiniHttpServer http;

    private FakeStatusServer(Builder builder) {
        this.credentials = builder.credentials != null ? builder.credentials : randomCredentials();
        this.credentialsById.put(credentials.accessKeyId(), credentials);
        this.clock = builder.clock;
        this.startTimeSpelling = builder.startTimeSpelling;
        this.slowReplyDelay = builder.slowReplyDelay;
        this.maxRecordedRequests = builder.maxRecordedRequests;
        this.api = new StatusApi(new RequestAuthenticator(clock, credentialsById),
                new ListEventsApi(events, startTimeSpelling.fieldName()), new ListEventInProgressApi(eventsInProgress));
        try {
            this.http = new MiniHttpServer(InetAddress.getByName(HOST), builder.port, builder.maxConnections,
                    new MiniHttpServer.Handler() {
                        @Override
                        public RawHttpReply handle(RawHttpRequest request) {
                            return FakeStatusServer.this.handle(request);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the fake status server to " + HOST + ":" + builder.port, e);
        }
    }

    /**
     * Starts a server with the defaults: a free port, random credentials, the system clock, {@code SartTime}.
     *
     * @return the running server; close it when done
     * @throws UncheckedIOException if no port can be bound
     */
    public static FakeStatusServer start() {
        return builder().start();
    }

    /** @return a builder for a server with other settings */
    public static Builder builder() {
        return new Builder();
    }

    /** @return {@code http://127.0.0.1:<port>}, the endpoint to give a client */
    public URI endpoint() {
        return URI.create("http://" + HOST + ":" + port());
    }

    /** @return {@code 127.0.0.1} */
    public String host() {
        return HOST;
    }

    /** @return the bound port */
    public int port() {
        return http.port();
    }

    /** @return {@code 127.0.0.1:<port>}, the form the official SDK wants as {@code sysDomain} */
    public String hostAndPort() {
        return HOST + ":" + port();
    }

    /** @return the credentials the server accepts (given to the builder, or random for this server) */
    public Credentials credentials() {
        return credentials;
    }

    /**
     * Accepts more credentials as well, such as a second account or STS credentials (whose token the server
     * then requires). Credentials with the id of existing ones replace them.
     *
     * @param more the credentials, not null
     * @return this server
     */
    public FakeStatusServer addCredentials(Credentials more) {
        Objects.requireNonNull(more, "more");
        credentialsById.put(more.accessKeyId(), more);
        return this;
    }

    /** @return the clock the server checks timestamps against and records with */
    public Clock clock() {
        return clock;
    }

    /**
     * Adds an event the server lists for a region and product.
     *
     * @param regionId the region, such as {@code cn-hangzhou} ({@code oo-region} for regionless services), not null
     * @param productId the product, such as {@code ecs}, not null
     * @param event the event, not null
     * @return this server
     */
    public FakeStatusServer addEvent(String regionId, String productId, HealthEvent event) {
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(event, "event");
        events.add(regionId, productId, event);
        return this;
    }

    /**
     * Adds several events for one region and product.
     *
     * @param regionId the region, not null
     * @param productId the product, not null
     * @param more the events, not null, no null element
     * @return this server
     */
    public FakeStatusServer addEvents(String regionId, String productId, Collection<HealthEvent> more) {
        Objects.requireNonNull(more, "more");
        for (HealthEvent event : more) {
            addEvent(regionId, productId, event);
        }
        return this;
    }

    /**
     * Removes every event, those of {@code ListEvents} and those in progress.
     *
     * @return this server
     */
    public FakeStatusServer clearEvents() {
        events.clear();
        eventsInProgress.clear();
        return this;
    }

    /** @return how many {@code ListEvents} events the server holds, over all regions and products */
    public int eventCount() {
        return events.size();
    }

    /**
     * Adds an event that {@code ListEventInProgress} lists for every region it has an impact in, or replaces
     * the event with the same id (as the service does when it posts an update or an impact recovers).
     * {@code ListEvents} does not see it: add a {@link HealthEvent} per (region, product) for that.
     *
     * @param event the event, not null
     * @return this server
     */
    public FakeStatusServer putEventInProgress(EventInProgress event) {
        eventsInProgress.put(Objects.requireNonNull(event, "event"));
        return this;
    }

    /**
     * Ends an event in progress: {@code ListEventInProgress} no longer lists it.
     *
     * @param id the event id
     * @return true if the server held an event with this id
     */
    public boolean removeEventInProgress(long id) {
        return eventsInProgress.remove(id);
    }

    /** @return how many events in progress the server holds */
    public int eventInProgressCount() {
        return eventsInProgress.size();
    }

    /**
     * Answers the next request not yet claimed by a scripted fault with this fault.
     *
     * @param fault the fault, not null
     * @return this server
     */
    public FakeStatusServer enqueueFault(Fault fault) {
        scriptedFaults.add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * Answers the next {@code n} requests with this fault (after any faults already scripted).
     *
     * @param n how many, zero or more
     * @param fault the fault, not null
     * @return this server
     */
    public FakeStatusServer failNext(int n, Fault fault) {
        Objects.requireNonNull(fault, "fault");
        if (n < 0) {
            throw new IllegalArgumentException("n must be zero or more, was " + n);
        }
        for (int i = 0; i < n; i++) {
            scriptedFaults.add(fault);
        }
        return this;
    }

    /**
     * Answers a share of the requests not claimed by scripted faults with this fault, chosen by a random
     * generator seeded with {@code seed}: the same seed and the same sequence of requests give the same
     * faults. Replaces an earlier rate; a rate of 0 switches it off.
     *
     * @param share the share of requests, from 0.0 to 1.0
     * @param fault the fault, not null
     * @param seed the seed of the generator
     * @return this server
     */
    public FakeStatusServer failRate(double share, Fault fault, long seed) {
        Objects.requireNonNull(fault, "fault");
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("share must be from 0.0 to 1.0, was " + share);
        }
        synchronized (rateLock) {
            this.rate = share;
            this.rateFault = fault;
            this.rateRandom = new Random(seed);
        }
        return this;
    }

    /**
     * Forgets scripted faults and the fault rate (a dispatcher stays).
     *
     * @return this server
     */
    public FakeStatusServer clearFaults() {
        scriptedFaults.clear();
        synchronized (rateLock) {
            rate = 0.0;
            rateFault = null;
            rateRandom = null;
        }
        return this;
    }

    /** @return how many scripted faults are still waiting for a request */
    public int pendingFaults() {
        return scriptedFaults.size();
    }

    /**
     * Installs a dispatcher that is asked first about every request; null removes it.
     *
     * @param newDispatcher the dispatcher, or null
     * @return this server
     */
    public FakeStatusServer dispatcher(StatusDispatcher newDispatcher) {
        this.dispatcher = newDispatcher;
        return this;
    }

    /**
     * The recorded requests, oldest first: at most {@link Builder#maxRecordedRequests(int)} of the latest.
     * Independent of {@link #takeRequest}.
     *
     * @return a snapshot, unmodifiable
     */
    public List<RecordedStatusRequest> requests() {
        synchronized (history) {
            return Collections.unmodifiableList(new ArrayList<RecordedStatusRequest>(history));
        }
    }

    /**
     * Takes the oldest recorded request not taken yet, waiting for one to arrive, like MockWebServer's
     * {@code takeRequest}. Requests are recorded before their reply is written.
     *
     * @param timeout how long to wait
     * @param unit the unit of {@code timeout}, not null
     * @return the request, or null if none arrived in time
     * @throws InterruptedException if interrupted while waiting
     */
    public RecordedStatusRequest takeRequest(long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(unit, "unit");
        return untaken.poll(timeout, unit);
    }

    /** @return how many requests the server received since it started, recorded or not */
    public int requestCount() {
        return requestCount.get();
    }

    /** Stops the server: no new connections, open ones dropped, slow replies abandoned. Idempotent. */
    @Override
    public void close() {
        http.close();
    }

    /** @return the endpoint, the AccessKey id and counts; never the secret or a token */
    @Override
    public String toString() {
        return "FakeStatusServer{endpoint=" + endpoint() + ", accessKeyId=" + credentials.accessKeyId()
                + ", events=" + events.size() + ", requests=" + requestCount.get() + "}";
    }

    private RawHttpReply handle(RawHttpRequest raw) {
        int sequence = requestCount.incrementAndGet();
        ApiRequest request = apiRequest(raw);
        Map<String, String> parameters = request.parameters();
        RecordedStatusRequest received = RecordedStatusRequest.received(sequence, raw.method(), raw.path(),
                parameters, raw.headers(), clock.instant());
        StatusReply reply = dispatch(received);
        if (reply.kind() == StatusReply.Kind.PROCEED) {
            Fault fault = nextFault();
            if (fault != null) {
                reply = StatusReply.fault(fault);
            }
        }
        Outcome outcome = render(reply, request);
        record(received.withOutcome(outcome.reply.status(), outcome.errorCode, outcome.requestId,
                reply.faultOrNull()));
        return outcome.reply;
    }

    private StatusReply dispatch(RecordedStatusRequest received) {
        StatusDispatcher current = dispatcher;
        if (current == null) {
            return StatusReply.proceed();
        }
        try {
            StatusReply chosen = current.dispatch(received);
            return chosen == null ? StatusReply.proceed() : chosen;
        } catch (RuntimeException e) {
            // A broken dispatcher must not kill the worker: answer as the service does when it breaks.
            return StatusReply.error(500, "InternalError",
                    "The dispatcher of the fake status server threw " + e.getClass().getName());
        }
    }

    private Fault nextFault() {
        Fault scripted = scriptedFaults.poll();
        if (scripted != null) {
            return scripted;
        }
        synchronized (rateLock) {
            if (rateFault != null && rate > 0.0 && rateRandom.nextDouble() < rate) {
                return rateFault;
            }
        }
        return null;
    }

    private void record(RecordedStatusRequest request) {
        synchronized (history) {
            history.addLast(request);
            while (history.size() > maxRecordedRequests) {
                history.removeFirst();
            }
            untaken.addLast(request);
            while (untaken.size() > maxRecordedRequests) {
                untaken.pollFirst();
            }
        }
    }

    private static ApiRequest apiRequest(RawHttpRequest raw) {
        Map<String, String> query = new LinkedHashMap<String, String>();
        WireFormat.decodeForm(raw.rawQuery(), query);
        Map<String, String> parameters = new LinkedHashMap<String, String>(query);
        String contentType = raw.header("Content-Type");
        if (raw.body().length > 0 && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            WireFormat.decodeForm(new String(raw.body(), StandardCharsets.UTF_8), parameters);
        }
        return new ApiRequest(raw.method(), raw.path(), query, parameters, raw.headers(), raw.body());
    }

    private Outcome render(StatusReply reply, ApiRequest request) {
        Outcome outcome;
        switch (reply.kind()) {
            case FAULT:
                outcome = renderFault(reply.faultOrNull(), request);
                break;
            case ERROR:
                outcome = json(ApiResult.error(reply.httpStatus(), reply.code(), reply.text()));
                break;
            case EVENTS: {
                String requestId = WireFormat.newRequestId();
                outcome = json(ApiResult.of(200, null, requestId,
                        WireFormat.successBody(requestId, reply.events(), startTimeSpelling.fieldName())));
                break;
            }
            case RAW:
                outcome = new Outcome(RawHttpReply.of(reply.httpStatus(),
                        headers("Content-Type", reply.contentType()), reply.rawBody()), null, null);
                break;
            default:
                outcome = json(api.handle(request));
                break;
        }
        if (reply.headers().isEmpty() && reply.delay().isZero()) {
            return outcome;
        }
        List<String[]> headers = new ArrayList<String[]>(outcome.reply.headers());
        headers.addAll(reply.headers());
        RawHttpReply extended = RawHttpReply.of(outcome.reply.status(), headers, outcome.reply.body())
                .withMode(outcome.reply.mode())
                .withDelayMillis(outcome.reply.delayMillis() + reply.delay().toMillis());
        return new Outcome(extended, outcome.errorCode, outcome.requestId);
    }

    private Outcome renderFault(Fault fault, ApiRequest request) {
        switch (fault) {
            case BAD_GATEWAY:
                return html(502, "Bad Gateway");
            case GATEWAY_TIMEOUT:
                return html(504, "Gateway Time-out");
            case HTML_BODY:
                return html(200, "OK");
            case TOO_MANY_REQUESTS_RETRY_AFTER: {
                Outcome throttled = json(ApiResult.error(fault.httpStatus(), fault.errorCode(), fault.message()));
                List<String[]> headers = new ArrayList<String[]>(throttled.reply.headers());
                headers.add(new String[] {"Retry-After", "1"});
                return new Outcome(RawHttpReply.of(429, headers, throttled.reply.body()), throttled.errorCode,
                        throttled.requestId);
            }
            case SLOW_REPLY: {
                Outcome normal = json(api.handle(request));
                return new Outcome(normal.reply.withDelayMillis(slowReplyDelay.toMillis()), normal.errorCode,
                        normal.requestId);
            }
            case DISCONNECT:
                return new Outcome(RawHttpReply.disconnect(), null, null);
            case TRUNCATED_BODY: {
                String requestId = WireFormat.newRequestId();
                Outcome whole = json(ApiResult.of(200, null, requestId, WireFormat.successBody(requestId,
                        Collections.<HealthEvent>emptyList(), startTimeSpelling.fieldName())));
                return new Outcome(whole.reply.withMode(RawHttpReply.Mode.TRUNCATE), null, requestId);
            }
            case EMPTY_BODY: {
                String requestId = WireFormat.newRequestId();
                return json(ApiResult.of(200, null, requestId, new byte[0]));
            }
            case MALFORMED_JSON: {
                String requestId = WireFormat.newRequestId();
                byte[] body = ("{\"RequestId\":\"" + requestId + "\",\"Code\":200,\"Success\":\"true\",\"Total\":1,"
                        + "\"Data\":[{\"Title\":\"").getBytes(StandardCharsets.UTF_8);
                return json(ApiResult.of(200, null, requestId, body));
            }
            case CODE_NOT_200: {
                String requestId = WireFormat.newRequestId();
                return json(ApiResult.of(200, null, requestId, WireFormat.codeNot200Body(requestId, 500,
                        "The request processing has failed due to some unknown error, exception or failure.")));
            }
            default:
                return json(ApiResult.error(fault.httpStatus(), fault.errorCode(), fault.message()));
        }
    }

    private static Outcome json(ApiResult result) {
        List<String[]> headers = headers("Content-Type", WireFormat.JSON_CONTENT_TYPE);
        headers.add(new String[] {"x-acs-request-id", result.requestId()});
        return new Outcome(RawHttpReply.of(result.status(), headers, result.body()), result.errorCode(),
                result.requestId());
    }

    private static Outcome html(int status, String reason) {
        return new Outcome(RawHttpReply.of(status, headers("Content-Type", "text/html; charset=utf-8"),
                WireFormat.htmlPage(status, reason)), null, null);
    }

    private static List<String[]> headers(String name, String value) {
        List<String[]> headers = new ArrayList<String[]>(4);
        headers.add(new String[] {"Server", "fake-status-server"});
        headers.add(new String[] {name, value});
        return headers;
    }

    private static Credentials randomCredentials() {
        return Credentials.of("LTAI" + randomText(20), randomText(30));
    }

    private static String randomText(int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
        }
        return new String(text);
    }

    /** A rendered reply and what to record about it. */
    private static final class Outcome {
        final RawHttpReply reply;
        final String errorCode;
        final String requestId;

        Outcome(RawHttpReply reply, String errorCode, String requestId) {
            this.reply = reply;
            this.errorCode = errorCode;
            this.requestId = requestId;
        }
    }

    /**
     * Settings of a {@link FakeStatusServer}. Not thread-safe; {@link #start()} it once configured.
     */
    public static final class Builder {

        private int port;
        private Credentials credentials;
        private Clock clock = Clock.systemUTC();
        private StartTimeSpelling startTimeSpelling = StartTimeSpelling.SART_TIME;
        private int maxRecordedRequests = 10_000;
        private Duration slowReplyDelay = Duration.ofSeconds(1);
        private int maxConnections = 64;

        private Builder() {
        }

        /**
         * @param newPort the port on 127.0.0.1, from 0 to 65535; 0 (the default) picks a free one
         * @return this builder
         */
        public Builder port(int newPort) {
            if (newPort < 0 || newPort > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, was " + newPort);
            }
            this.port = newPort;
            return this;
        }

        /**
         * @param newCredentials the credentials the server accepts, not null; by default random ones per server
         * @return this builder
         */
        public Builder credentials(Credentials newCredentials) {
            this.credentials = Objects.requireNonNull(newCredentials, "newCredentials");
            return this;
        }

        /**
         * @param newClock the clock {@code Timestamp} is checked against and requests are recorded with, not null;
         *     the system UTC clock by default. A {@link TestClock} makes skew tests easy, but clients sign with
         *     their own (system) time: start it near now ({@link TestClock#atSystemTime()}) or every request of
         *     a real client is {@code InvalidTimeStamp.Expired}
         * @return this builder
         */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "newClock");
            return this;
        }

        /**
         * @param spelling the spelling of the start-time field, not null; {@link StartTimeSpelling#SART_TIME} by
         *     default, as the service spells it
         * @return this builder
         */
        public Builder startTimeSpelling(StartTimeSpelling spelling) {
            this.startTimeSpelling = Objects.requireNonNull(spelling, "spelling");
            return this;
        }

        /**
         * @param max how many of the latest requests {@link #requests()} and {@link #takeRequest} keep, at least 1;
         *     10,000 by default (older ones are dropped, {@link #requestCount()} still counts them)
         * @return this builder
         */
        public Builder maxRecordedRequests(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxRecordedRequests must be at least 1, was " + max);
            }
            this.maxRecordedRequests = max;
            return this;
        }

        /**
         * @param delay how long {@link Fault#SLOW_REPLY} waits before answering, not negative, not null; one
         *     second by default
         * @return this builder
         */
        public Builder slowReplyDelay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("slowReplyDelay must not be negative, was " + delay);
            }
            this.slowReplyDelay = delay;
            return this;
        }

        /**
         * @param max how many connections are served at once (one thread each), at least 1; 64 by default.
         *     Connections beyond it are closed at once.
         * @return this builder
         */
        public Builder maxConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1, was " + max);
            }
            this.maxConnections = max;
            return this;
        }

        /**
         * Binds and starts the server.
         *
         * @return the running server; close it when done
         * @throws UncheckedIOException if the port cannot be bound
         */
        public FakeStatusServer start() {
            return new FakeStatusServer(this);
        }
    }
}
