package dev.slakit.status.internal;

import dev.slakit.status.auth.Credentials;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.ListEventInProgressRequest;
import dev.slakit.status.ListEventInProgressResponse;
import dev.slakit.status.SignatureVersion;
import dev.slakit.status.StatusClient;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusException;
import java.io.IOException;
import java.net.Socket;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link StatusClient} on OkHttp: signs each attempt afresh, sends it with {@code enqueue}, reads at most
 * {@code maxResponseBytes + 1} bytes of the reply, parses it with the action's parser, and lets a
 * {@link RetryingCall} decide about retries. Thread-safe.
 *
 * <p>Timeouts of an attempt: the connect timeout is OkHttp's (a timed {@code connect}); the read timeout is
 * {@code SO_TIMEOUT} on the sockets of the client it owns ({@link ReadTimeoutSocketFactory}: no okio watchdog
 * wake-up per read) and OkHttp's own read timeout on a client the user gave (whose connection pool is
 * shared, so its sockets are not ours to replace); the write timeout is OkHttp's; the overall call deadline
 * is the {@link Call#timeout()} of each attempt, set to the time left, plus {@link RetryingCall}'s checks
 * before each attempt and each delay.
 */
public final class OkHttpStatusClient implements StatusClient {

    private static final Logger LOG = LoggerFactory.getLogger(OkHttpStatusClient.class);
    private static final byte[] EMPTY = new byte[0];
    private static final int MAX_CONCURRENT_REQUESTS = 64;

    private final ClientSettings settings;
    private final OkHttpClient http;
    private final boolean ownsHttpClient;
    private final ScheduledThreadPoolExecutor scheduler;
    private final RetryTokenBucket bucket;
    private final HttpUrl baseUrl;
    private final long callTimeoutMillis;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final SignedRequests signer;
    /** Asynchronous calls not completed yet: close() fails them rather than leave them waiting forever. */
    private final Set<RetryingCall<?>> asyncCalls = ConcurrentHashMap.newKeySet();

    /** @param settings the validated settings */
    public OkHttpStatusClient(ClientSettings settings) {
        this.settings = settings;
        this.baseUrl = Objects.requireNonNull(HttpUrl.get(settings.endpoint.toString()), "endpoint");
        this.signer = new SignedRequests(baseUrl, settings.userAgent, settings.clock);
        this.callTimeoutMillis = settings.callTimeout.toMillis();
        this.bucket = new RetryTokenBucket(settings.retryPolicy.retryTokenBucketCapacity());
        this.ownsHttpClient = settings.httpClient == null;
        int readTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, settings.readTimeout.toMillis());
        OkHttpClient.Builder builder;
        if (ownsHttpClient) {
            ThreadPoolExecutor executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                    new SynchronousQueue<>(), daemonThreads("slakit-status-http"));
            Dispatcher dispatcher = new Dispatcher(executor);
            dispatcher.setMaxRequests(MAX_CONCURRENT_REQUESTS);
            dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_REQUESTS);
            // The read timeout is SO_TIMEOUT on the socket (see ReadTimeoutSocketFactory), not okio's
            // watchdog thread: no thread wake-up per timed read.
            builder = new OkHttpClient.Builder().dispatcher(dispatcher)
                    .connectionPool(new ConnectionPool(5, 5, TimeUnit.MINUTES))
                    .socketFactory(new ReadTimeoutSocketFactory(readTimeoutMillis))
                    .addNetworkInterceptor(new SocketReadTimeout(readTimeoutMillis))
                    .readTimeout(0, TimeUnit.MILLISECONDS);
        } else {
            // Shares the given client's connection pool and dispatcher (and so its socket factory, which
            // belongs to the pool's address key); close() leaves them alone.
            builder = settings.httpClient.newBuilder().readTimeout(settings.readTimeout);
        }
        this.http = builder.connectTimeout(settings.connectTimeout)
                .writeTimeout(settings.readTimeout)
                // RetryingCall counts and paces every attempt; OkHttp must not add silent ones.
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
        this.scheduler = new ScheduledThreadPoolExecutor(1, daemonThreads("slakit-status-retry"));
        this.scheduler.setRemoveOnCancelPolicy(true);
    }

    @Override
    public ListEventsResponse listEvents(ListEventsRequest request) {
        return newRetryingCall(listEventsOperation(request)).execute();
    }

    @Override
    public CompletableFuture<ListEventsResponse> listEventsAsync(ListEventsRequest request) {
        return startAsync(listEventsOperation(request));
    }

    @Override
    public ListEventInProgressResponse listEventInProgress(ListEventInProgressRequest request) {
        return newRetryingCall(listEventInProgressOperation(request)).execute();
    }

    @Override
    public CompletableFuture<ListEventInProgressResponse> listEventInProgressAsync(
            ListEventInProgressRequest request) {
        return startAsync(listEventInProgressOperation(request));
    }

    private Operation<ListEventsResponse> listEventsOperation(ListEventsRequest request) {
        Objects.requireNonNull(request, "request");
        SignatureVersion version = settings.signatureVersion != null ? settings.signatureVersion : SignatureVersion.V1;
        return new Operation<>(WireFormat.ACTION, credentials -> signer.listEvents(request, credentials, version),
                ListEventsParser::parse);
    }

    private Operation<ListEventInProgressResponse> listEventInProgressOperation(ListEventInProgressRequest request) {
        Objects.requireNonNull(request, "request");
        SignatureVersion version = settings.signatureVersion != null ? settings.signatureVersion : SignatureVersion.V3;
        return new Operation<>(WireFormat.ACTION_IN_PROGRESS,
                credentials -> signer.listEventInProgress(request, credentials, version),
                ListEventInProgressParser::parse);
    }

    private <T> CompletableFuture<T> startAsync(Operation<T> operation) {
        if (closed.get()) {
            CompletableFuture<T> failed = new CompletableFuture<>();
            failed.completeExceptionally(ClosedClient.exception(operation.action));
            return failed;
        }
        RetryingCall<T> call = newRetryingCall(operation);
        asyncCalls.add(call);
        CompletableFuture<T> future = call.start();
        future.whenComplete((value, error) -> asyncCalls.remove(call));
        if (closed.get()) {
            call.abort(ClosedClient.REASON);
        }
        return future;
    }

    private <T> RetryingCall<T> newRetryingCall(Operation<T> operation) {
        if (closed.get()) {
            throw ClosedClient.exception(operation.action);
        }
        return new RetryingCall<>(new HttpAttempt<>(operation), settings.retryPolicy, bucket, scheduler,
                settings.random, callTimeoutMillis, operation.action).listener(settings.callListener);
    }

    /** What differs between the actions: how a request is built and signed, and how its reply is read. */
    private static final class Operation<T> {
        final String action;
        private final Function<Credentials, Request> builder;
        private final ReplyParser<T> parser;

        Operation(String action, Function<Credentials, Request> builder, ReplyParser<T> parser) {
            this.action = action;
            this.builder = builder;
            this.parser = parser;
        }

        Request build(Credentials credentials) {
            return builder.apply(credentials);
        }

        T parse(int status, byte[] body, int length, String headerRequestId) {
            return parser.parse(status, body, length, headerRequestId);
        }
    }

    /** A reply parser: {@link ListEventsParser#parse} or {@link ListEventInProgressParser#parse}. */
    private interface ReplyParser<T> {
        T parse(int status, byte[] body, int length, String headerRequestId);
    }

    /** One signed HTTP exchange, synchronous or asynchronous. */
    private final class HttpAttempt<T> implements RetryingCall.Attempt<T> {
        private final Operation<T> operation;
        private volatile String lastRequestId;
        private volatile int lastHttpStatus;

        HttpAttempt(Operation<T> operation) {
            this.operation = operation;
        }

        @Override
        public String lastRequestId() {
            return lastRequestId;
        }

        @Override
        public int lastHttpStatus() {
            return lastHttpStatus;
        }

        /** Notes the status and request id as soon as a reply's headers arrive, before its body is read. */
        private T read(int attempt, Response response) {
            lastHttpStatus = response.code();
            lastRequestId = response.header(WireFormat.REQUEST_ID_HEADER);
            return readReply(operation, attempt, response);
        }

        @Override
        public T execute(int attempt, long remainingMillis) {
            Call call = newCall(operation, remainingMillis);
            Response response;
            try {
                response = call.execute();
            } catch (IOException e) {
                throw noReply(operation.action, attempt, e);
            }
            try (Response r = response) {
                return read(attempt, r);
            }
        }

        @Override
        public CompletableFuture<T> start(int attempt, long remainingMillis) {
            CompletableFuture<T> future = new CompletableFuture<>();
            Call call;
            try {
                call = newCall(operation, remainingMillis);
            } catch (StatusException e) {
                future.completeExceptionally(e);
                return future;
            }
            future.whenComplete((value, error) -> {
                if (future.isCancelled()) {
                    call.cancel();
                }
            });
            call.enqueue(new Callback() {
                @Override
                public void onFailure(Call c, IOException e) {
                    future.completeExceptionally(noReply(operation.action, attempt, e));
                }

                @Override
                public void onResponse(Call c, Response response) {
                    try (Response r = response) {
                        future.complete(read(attempt, r));
                    } catch (AttemptFailure failure) {
                        future.completeExceptionally(failure);
                    } catch (RuntimeException e) {
                        future.completeExceptionally(new AttemptFailure(new StatusClientException(operation.action
                                + " reply could not be handled: " + e, e, null, response.code(), 0), -1));
                    }
                }
            });
            return future;
        }
    }

    private Call newCall(Operation<?> operation, long remainingMillis) {
        if (closed.get()) {
            throw ClosedClient.exception(operation.action);
        }
        Call call = http.newCall(operation.build(resolveCredentials()));
        call.timeout().timeout(remainingMillis, TimeUnit.MILLISECONDS);
        return call;
    }

    private AttemptFailure noReply(String action, int attempt, IOException e) {
        LOG.debug("{} attempt {} got no reply: {}", action, attempt, e.toString());
        if (closed.get()) {
            // close() cancelled the call: the same failure as any call on a closed client, never retried.
            return new AttemptFailure(ClosedClient.exception(action), -1);
        }
        return new AttemptFailure(new StatusClientException(action + " request failed: " + e, e, null, 0, 0), -1);
    }

    private Credentials resolveCredentials() {
        Credentials credentials;
        try {
            credentials = settings.credentialsProvider.resolveCredentials();
        } catch (StatusException e) {
            throw e;
        } catch (RuntimeException e) {
            // The provider's exception is not ours and may quote a secret: only its type and redacted message.
            RedactedException redacted = Redaction.copyOf(e);
            throw new StatusClientException("the credentials provider failed: " + redacted, redacted);
        }
        if (credentials == null) {
            throw new StatusClientException("the credentials provider returned null", null);
        }
        return credentials;
    }

    private <T> T readReply(Operation<T> operation, int attempt, Response response) {
        int status = response.code();
        String headerRequestId = response.header(WireFormat.REQUEST_ID_HEADER);
        long serverDelay = serverDelayMillis(response);
        LOG.debug("{} attempt {}: HTTP {} (x-acs-request-id={})", operation.action, attempt, status,
                headerRequestId);
        try {
            byte[] body;
            int length;
            ResponseBody responseBody = response.body();
            long cap = settings.maxResponseBytes;
            if (responseBody == null) {
                body = EMPTY;
                length = 0;
            } else if (responseBody.contentLength() > cap) {
                throw oversized(status, headerRequestId, responseBody.contentLength() + " bytes announced");
            } else {
                Buffer buffer = readAtMost(responseBody.source(), cap + 1);
                if (buffer.size() > cap) {
                    throw oversized(status, headerRequestId, "more than " + cap + " bytes");
                }
                length = (int) buffer.size();
                body = buffer.readByteArray();
            }
            return operation.parse(status, body, length, headerRequestId);
        } catch (IOException e) {
            throw new AttemptFailure(new StatusClientException("reading the " + operation.action + " reply failed (HTTP "
                    + status + "): " + e, e, headerRequestId, status, 0), serverDelay);
        } catch (StatusException e) {
            throw new AttemptFailure(e, serverDelay);
        }
    }

    private static StatusClientException oversized(int status, String requestId, String what) {
        return new StatusClientException("reply body too large (" + what + ", HTTP " + status + ")",
                new ReplyFormatException("oversized body", null), requestId, status, 0);
    }

    private static Buffer readAtMost(BufferedSource source, long limit) throws IOException {
        Buffer buffer = new Buffer();
        while (buffer.size() < limit) {
            long read = source.read(buffer, limit - buffer.size());
            if (read == -1) {
                break;
            }
        }
        return buffer;
    }

    /** The delay in {@code x-acs-retry-after} or {@code Retry-After} (seconds), or -1. */
    static long serverDelayMillis(Response response) {
        String value = response.header("x-acs-retry-after");
        if (value == null) {
            value = response.header("Retry-After");
        }
        if (value == null) {
            return -1;
        }
        try {
            double seconds = Double.parseDouble(value.trim());
            return seconds >= 0 && !Double.isInfinite(seconds) ? (long) (seconds * 1000) : -1;
        } catch (NumberFormatException e) {
            // An HTTP date or garbage: ignore it and use the ordinary backoff.
            return -1;
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.shutdownNow();
        for (RetryingCall<?> call : asyncCalls) {
            call.abort(ClosedClient.REASON);
        }
        if (ownsHttpClient) {
            http.dispatcher().cancelAll();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "OkHttpStatusClient{endpoint=" + settings.endpoint + ", retryPolicy=" + settings.retryPolicy
                + ", callTimeout=" + settings.callTimeout + "}";
    }

    /**
     * Gives the read timeout to a socket that did not come from {@link ReadTimeoutSocketFactory} (such as a
     * SOCKS proxy's, which OkHttp makes itself) before the request is written.
     */
    private static final class SocketReadTimeout implements Interceptor {
        private final int readTimeoutMillis;

        SocketReadTimeout(int readTimeoutMillis) {
            this.readTimeoutMillis = readTimeoutMillis;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            Connection connection = chain.connection();
            if (connection != null) {
                Socket socket = connection.socket();
                if (socket.getSoTimeout() != readTimeoutMillis) {
                    socket.setSoTimeout(readTimeoutMillis);
                }
            }
            return chain.proceed(chain.request());
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
