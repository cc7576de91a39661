package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.ListEventInProgressRequest;
import dev.slakit.status.ListEventInProgressResponse;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import dev.slakit.status.watch.WatchTarget;
import java.util.concurrent.CompletableFuture;

/**
 * The status client the auto-configured watcher polls with: the application's client, plus a record of each
 * good reply in the {@link SlakitWatchMonitor}. Never closes the client it wraps. Thread-safe.
 */
final class MonitoringStatusClient implements StatusClient {

    private final StatusClient delegate;
    private final SlakitWatchMonitor monitor;

    MonitoringStatusClient(StatusClient delegate, SlakitWatchMonitor monitor) {
        this.delegate = delegate;
        this.monitor = monitor;
    }

    @Override
    public ListEventsResponse listEvents(ListEventsRequest request) {
        ListEventsResponse response = delegate.listEvents(request);
        monitor.pollSucceeded(target(request));
        return response;
    }

    @Override
    public CompletableFuture<ListEventsResponse> listEventsAsync(ListEventsRequest request) {
        CompletableFuture<ListEventsResponse> future = delegate.listEventsAsync(request);
        WatchTarget target = target(request);
        future.thenRun(() -> monitor.pollSucceeded(target));
        return future;
    }

    @Override
    public ListEventInProgressResponse listEventInProgress(ListEventInProgressRequest request) {
        return delegate.listEventInProgress(request);
    }

    @Override
    public CompletableFuture<ListEventInProgressResponse> listEventInProgressAsync(
            ListEventInProgressRequest request) {
        return delegate.listEventInProgressAsync(request);
    }

    private static WatchTarget target(ListEventsRequest request) {
        return WatchTarget.of(request.regionId(), request.productId());
    }

    /** Does nothing: the wrapped client is a bean of its own, closed by the context. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "MonitoringStatusClient{" + delegate + "}";
    }
}
