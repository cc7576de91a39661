package dev.slakit.status;

import java.util.concurrent.CompletableFuture;

/**
 * A client of the Alibaba Cloud Service Health Dashboard API ({@code status.aliyuncs.com}, version
 * {@code 2020-01-17}).
 *
 * <p>Implementations are thread-safe and meant to be shared: create one per application and close it on
 * shutdown.
 */
public interface StatusClient extends AutoCloseable {

    /**
     * A builder of the OkHttp-based client.
     *
     * @return a new builder with the documented defaults
     */
    static StatusClientBuilder builder() {
        return new StatusClientBuilder();
    }

    /**
     * Lists the events of a product in a region, retrying as the client's retry policy allows.
     *
     * @param request the query, not null
     * @return the reply
     * @throws StatusServiceException if the service answered with an error
     * @throws StatusClientException if no usable reply could be had (I/O, timeout, malformed body)
     */
    ListEventsResponse listEvents(ListEventsRequest request);

    /**
     * Asynchronous {@link #listEvents(ListEventsRequest)}. Cancelling the future cancels the HTTP call.
     *
     * @param request the query, not null
     * @return a future completed with the reply, or exceptionally with a {@link StatusException}
     */
    CompletableFuture<ListEventsResponse> listEventsAsync(ListEventsRequest request);

    /** Releases what this client owns; never what it was given. Idempotent. */
    @Override
    void close();
}
