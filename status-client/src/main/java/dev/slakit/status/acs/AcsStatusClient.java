package dev.slakit.status.acs;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import dev.slakit.status.ListEventInProgressRequest;
import dev.slakit.status.ListEventInProgressResponse;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusException;
import dev.slakit.status.StatusServiceException;
import dev.slakit.status.internal.ClosedClient;
import dev.slakit.status.internal.ListEventInProgressParser;
import dev.slakit.status.internal.ListEventsParser;
import dev.slakit.status.internal.RedactedException;
import dev.slakit.status.internal.Redaction;
import dev.slakit.status.internal.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A {@link StatusClient} over an application's existing {@code com.aliyuncs.IAcsClient} (from the optional
 * dependency {@code com.aliyun:aliyun-java-sdk-core}): ListEvents goes out as a {@code CommonRequest}
 * (POST, parameters in the query, version 2020-01-17) signed and sent by that client, and the reply is read
 * by the same parser as the OkHttp client's.
 *
 * <p>This is the only class of slakit that refers to {@code com.aliyuncs}; nothing else loads it. Signing,
 * credentials, timeouts and retries are the {@code IAcsClient}'s (configure its own {@code RetryPolicy});
 * this adapter makes one call per {@code listEvents}. {@code ServerException} and a {@code ClientException}
 * carrying a service error code and request id become {@link StatusServiceException} (HTTP status 0:
 * the SDK does not expose it); any other {@code ClientException} becomes {@link StatusClientException}.
 *
 * <p>{@link #listEventsAsync} runs the blocking SDK call on an executor (the one given, or one this
 * adapter owns); cancelling the future cannot stop a call the SDK has already sent. {@link #close()} shuts
 * down only an owned executor, never the {@code IAcsClient}. Thread-safe when the {@code IAcsClient} is.
 */
public final class AcsStatusClient implements StatusClient {

    private final IAcsClient acsClient;
    private final String domain;
    private final ProtocolType protocol;
    private final Executor executor;
    private final ExecutorService ownedExecutor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AcsStatusClient(Builder b) {
        this.acsClient = b.acsClient;
        this.domain = b.domain;
        this.protocol = b.https ? ProtocolType.HTTPS : ProtocolType.HTTP;
        if (b.executor != null) {
            this.executor = b.executor;
            this.ownedExecutor = null;
        } else {
            AtomicInteger count = new AtomicInteger();
            this.ownedExecutor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "slakit-status-acs-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            this.executor = ownedExecutor;
        }
    }

    /**
     * An adapter for {@code status.aliyuncs.com} over HTTPS.
     *
     * @param acsClient the application's client, not null; never shut down by this adapter
     * @return the adapter
     */
    public static AcsStatusClient create(IAcsClient acsClient) {
        return builder(acsClient).build();
    }

    /**
     * @param acsClient the application's client, not null; never shut down by this adapter
     * @return a builder with domain {@code status.aliyuncs.com}, HTTPS and an owned executor
     */
    public static Builder builder(IAcsClient acsClient) {
        return new Builder(Objects.requireNonNull(acsClient, "acsClient"));
    }

    @Override
    public ListEventsResponse listEvents(ListEventsRequest request) {
        Objects.requireNonNull(request, "request");
        return call(WireFormat.ACTION, () -> commonRequest(request), ListEventsParser::parse);
    }

    @Override
    public CompletableFuture<ListEventsResponse> listEventsAsync(ListEventsRequest request) {
        Objects.requireNonNull(request, "request");
        return callAsync(WireFormat.ACTION, () -> listEvents(request));
    }

    /**
     * {@code ListEventInProgress} through the {@code IAcsClient}: {@code RegionIds} in the form body (a JSON
     * array, as the Tea SDK sends it), signed by that client with its own signature (V1 for
     * aliyun-java-sdk-core).
     */
    @Override
    public ListEventInProgressResponse listEventInProgress(ListEventInProgressRequest request) {
        Objects.requireNonNull(request, "request");
        return call(WireFormat.ACTION_IN_PROGRESS, () -> commonRequest(request), ListEventInProgressParser::parse);
    }

    @Override
    public CompletableFuture<ListEventInProgressResponse> listEventInProgressAsync(
            ListEventInProgressRequest request) {
        Objects.requireNonNull(request, "request");
        return callAsync(WireFormat.ACTION_IN_PROGRESS, () -> listEventInProgress(request));
    }

    /** A reply parser of {@code dev.slakit.status.internal}. */
    private interface ReplyParser<T> {
        T parse(int status, byte[] body, int length, String headerRequestId);
    }

    private <T> T call(String action, Supplier<CommonRequest> request, ReplyParser<T> parser) {
        if (closed.get()) {
            throw ClosedClient.exception(action);
        }
        CommonResponse response;
        try {
            response = acsClient.getCommonResponse(request.get());
        } catch (ServerException e) {
            throw serviceError(e);
        } catch (ClientException e) {
            if (e.getRequestId() != null && e.getErrCode() != null) {
                throw serviceError(e);
            }
            // The SDK's exception carries the service's or its own text: attached only as a redacted copy.
            throw new StatusClientException(action + " via IAcsClient failed: " + e.getErrCode() + ": "
                    + e.getErrMsg(), Redaction.copyOf(e), e.getRequestId(), 0, 1);
        } catch (RuntimeException e) {
            RedactedException redacted = Redaction.copyOf(e);
            throw new StatusClientException(action + " via IAcsClient failed: " + redacted, redacted, null, 0, 1);
        }
        String data = response.getData();
        byte[] body = data == null ? new byte[0] : data.getBytes(StandardCharsets.UTF_8);
        try {
            return parser.parse(response.getHttpStatus(), body, body.length, null);
        } catch (StatusServiceException e) {
            throw new StatusServiceException(e.code(), e.message(), e.requestId(), e.httpStatus(), 1);
        } catch (StatusClientException e) {
            throw new StatusClientException(e.getMessage(), e.getCause(), e.requestId(), e.httpStatus(), 1);
        }
    }

    private <T> CompletableFuture<T> callAsync(String action, Supplier<T> call) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (closed.get()) {
            future.completeExceptionally(ClosedClient.exception(action));
            return future;
        }
        try {
            executor.execute(() -> {
                if (future.isDone()) {
                    return;
                }
                try {
                    future.complete(call.get());
                } catch (StatusException e) {
                    future.completeExceptionally(e);
                } catch (RuntimeException e) {
                    future.completeExceptionally(new CompletionException(e));
                }
            });
        } catch (RejectedExecutionException e) {
            // Either a close() this call raced shut the owned executor down, or the user's executor is full.
            future.completeExceptionally(closed.get() ? ClosedClient.exception(action)
                    : new StatusClientException(action + ": the executor rejected the call", e));
        }
        return future;
    }

    /** The CommonRequest of ListEventInProgress: {@code RegionIds} as one form body field. */
    CommonRequest commonRequest(ListEventInProgressRequest request) {
        CommonRequest common = baseRequest(WireFormat.ACTION_IN_PROGRESS);
        common.putBodyParameter("RegionIds", WireFormat.regionIdsJson(request));
        return common;
    }

    /** The CommonRequest the adapter sends: also useful to compare with what the OkHttp client sends. */
    CommonRequest commonRequest(ListEventsRequest request) {
        CommonRequest common = baseRequest(WireFormat.ACTION);
        Map<String, String> parameters = new LinkedHashMap<>();
        WireFormat.putRequestParameters(request, parameters);
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            common.putQueryParameter(e.getKey(), e.getValue());
        }
        return common;
    }

    private CommonRequest baseRequest(String action) {
        CommonRequest common = new CommonRequest();
        common.setSysDomain(domain);
        common.setSysProtocol(protocol);
        common.setSysMethod(MethodType.POST);
        common.setSysVersion(WireFormat.VERSION);
        common.setSysAction(action);
        return common;
    }

    /** Shuts down the executor this adapter owns, if any; never the {@code IAcsClient}. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    @Override
    public String toString() {
        return "AcsStatusClient{domain=" + domain + ", protocol=" + protocol + "}";
    }

    private static StatusServiceException serviceError(ClientException e) {
        return new StatusServiceException(e.getErrCode(), e.getErrMsg(), e.getRequestId(), 0, 1);
    }

    /** Builds an {@link AcsStatusClient}. Not thread-safe. */
    public static final class Builder {
        private final IAcsClient acsClient;
        private String domain = WireFormat.DEFAULT_HOST;
        private boolean https = true;
        private Executor executor;

        private Builder(IAcsClient acsClient) {
            this.acsClient = acsClient;
        }

        /**
         * @param domain the host (and optional port) of the API, such as {@code status.aliyuncs.com}; not blank
         * @return this builder
         */
        public Builder domain(String domain) {
            Objects.requireNonNull(domain, "domain");
            if (domain.trim().isEmpty() || domain.contains("/")) {
                throw new IllegalArgumentException("domain must be a host[:port] such as status.aliyuncs.com, was \""
                        + domain + "\"");
            }
            this.domain = domain;
            return this;
        }

        /**
         * @param https true for HTTPS (the default), false for plain HTTP (local test servers only)
         * @return this builder
         */
        public Builder https(boolean https) {
            this.https = https;
            return this;
        }

        /**
         * @param executor runs the blocking SDK calls of {@code listEventsAsync}; not null; not shut down by
         *     the adapter
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** @return the adapter */
        public AcsStatusClient build() {
            return new AcsStatusClient(this);
        }
    }
}
