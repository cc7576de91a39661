package dev.slakit.status;

import java.util.concurrent.CompletableFuture;

/**
 * A client of the Alibaba Cloud Service Health Dashboard API ({@code status.aliyuncs.com}, version
 * {@code 2020-01-17}): {@code ListEvents} (one region and product, over a window of days) and
 * {@code ListEventInProgress} (the events in progress in several regions, every product, with event ids,
 * updates and impacts).
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

    /**
     * Lists the events in progress in any of the given regions, every product at once, retrying as the
     * client's retry policy allows (the same policy and call deadline as {@link #listEvents}). Signed with
     * Signature V3 unless the builder chose a {@link SignatureVersion}.
     *
     * <p>The default implementation throws {@link UnsupportedOperationException}, so that implementations
     * written before this action keep compiling; the clients of this library implement it.
     *
     * @param request the regions, not null
     * @return the reply
     * @throws StatusServiceException if the service answered with an error
     * @throws StatusClientException if no usable reply could be had (I/O, timeout, malformed body)
     * @throws UnsupportedOperationException if this implementation does not offer the action
     */
    default ListEventInProgressResponse listEventInProgress(ListEventInProgressRequest request) {
        throw new UnsupportedOperationException(getClass().getName() + " does not implement ListEventInProgress");
    }

    /**
     * Asynchronous {@link #listEventInProgress(ListEventInProgressRequest)}. Cancelling the future cancels the
     * HTTP call.
     *
     * <p>The default implementation returns a future failed with {@link UnsupportedOperationException}.
     *
     * @param request the regions, not null
     * @return a future completed with the reply, or exceptionally with a {@link StatusException}
     */
    default CompletableFuture<ListEventInProgressResponse> listEventInProgressAsync(
            ListEventInProgressRequest request) {
        CompletableFuture<ListEventInProgressResponse> failed = new CompletableFuture<>();
        failed.completeExceptionally(new UnsupportedOperationException(
                getClass().getName() + " does not implement ListEventInProgress"));
        return failed;
    }

    /** Releases what this client owns; never what it was given. Idempotent. */
    @Override
    void close();
}
