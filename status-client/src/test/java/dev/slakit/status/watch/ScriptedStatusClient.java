package dev.slakit.status.watch;

import dev.slakit.status.EventInProgress;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventInProgressRequest;
import dev.slakit.status.ListEventInProgressResponse;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import dev.slakit.status.StatusClientException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory StatusClient: each target lists the events set for it, or throws what it was told to. */
class ScriptedStatusClient implements StatusClient {

    private final Map<WatchTarget, List<HealthEvent>> events = new ConcurrentHashMap<>();
    private final Map<WatchTarget, RuntimeException> failures = new ConcurrentHashMap<>();
    final List<ListEventsRequest> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger asyncCalls = new AtomicInteger();
    volatile boolean closed;
    /** What ListEventInProgress lists (every impact, whatever the requested regions), and its failure. */
    volatile List<EventInProgress> inProgress = Collections.emptyList();
    volatile RuntimeException inProgressFailure;
    final List<ListEventInProgressRequest> inProgressRequests = new CopyOnWriteArrayList<>();

    ScriptedStatusClient inProgress(EventInProgress... list) {
        inProgress = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(list)));
        return this;
    }

    @Override
    public ListEventInProgressResponse listEventInProgress(ListEventInProgressRequest request) {
        inProgressRequests.add(request);
        RuntimeException failure = inProgressFailure;
        if (failure != null) {
            throw failure;
        }
        return ListEventInProgressResponse.of("req-ip-" + inProgressRequests.size(), inProgress);
    }

    ScriptedStatusClient set(WatchTarget target, HealthEvent... list) {
        events.put(target, Collections.unmodifiableList(new ArrayList<>(Arrays.asList(list))));
        failures.remove(target);
        return this;
    }

    ScriptedStatusClient fail(WatchTarget target, RuntimeException error) {
        failures.put(target, error);
        return this;
    }

    ScriptedStatusClient fail(WatchTarget target) {
        return fail(target, new StatusClientException("connection refused", null));
    }

    ScriptedStatusClient recover(WatchTarget target) {
        failures.remove(target);
        return this;
    }

    @Override
    public ListEventsResponse listEvents(ListEventsRequest request) {
        requests.add(request);
        WatchTarget target = WatchTarget.of(request.regionId(), request.productId());
        RuntimeException failure = failures.get(target);
        if (failure != null) {
            throw failure;
        }
        List<HealthEvent> list = events.getOrDefault(target, Collections.<HealthEvent>emptyList());
        return ListEventsResponse.of("req-" + requests.size(), list.size(), list);
    }

    @Override
    public CompletableFuture<ListEventsResponse> listEventsAsync(ListEventsRequest request) {
        asyncCalls.incrementAndGet();
        CompletableFuture<ListEventsResponse> f = new CompletableFuture<>();
        try {
            f.complete(listEvents(request));
        } catch (RuntimeException e) {
            f.completeExceptionally(e);
        }
        return f;
    }

    @Override
    public void close() {
        closed = true;
    }
}
