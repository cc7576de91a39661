package dev.slakit.status;

import static dev.slakit.status.TestSupport.REQUEST;
import static dev.slakit.status.TestSupport.clientFor;
import static dev.slakit.status.TestSupport.error;
import static dev.slakit.status.TestSupport.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CallListener hook: one callback per attempt (throttling flagged), one per call, sync and async. */
class CallListenerTest {

    private MockWebServer server;
    private final Recorder recorder = new Recorder();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void aThrottledAttemptThenASuccessAreTwoAttemptsAndOneGoodCall() {
        server.enqueue(error(400, "Throttling.User"));
        server.enqueue(success());
        try (StatusClient client = clientFor(server).callListener(recorder).build()) {
            client.listEvents(REQUEST);
        }
        assertThat(recorder.attempts).containsExactly("ListEvents#1 Throttling.User throttled=true",
                "ListEvents#2 ok throttled=false");
        assertThat(recorder.calls).containsExactly("ListEvents attempts=2 ok");
        assertThat(recorder.durations).allSatisfy(d -> assertThat(d).isPositive());
    }

    @Test
    void aFinalFailureIsReportedWithItsException() {
        server.enqueue(error(400, "InvalidParameter"));
        try (StatusClient client = clientFor(server).callListener(recorder).build()) {
            assertThatThrownBy(() -> client.listEvents(REQUEST)).isInstanceOf(StatusServiceException.class);
        }
        assertThat(recorder.attempts).containsExactly("ListEvents#1 InvalidParameter throttled=false");
        assertThat(recorder.calls).containsExactly("ListEvents attempts=1 InvalidParameter");
    }

    @Test
    void asynchronousCallsAreReportedToo() throws Exception {
        server.enqueue(error(503, "ServiceUnavailable"));
        server.enqueue(success());
        try (StatusClient client = clientFor(server).callListener(recorder).build()) {
            client.listEventsAsync(REQUEST).get(5, TimeUnit.SECONDS);
        }
        assertThat(recorder.attempts).containsExactly("ListEvents#1 ServiceUnavailable throttled=false",
                "ListEvents#2 ok throttled=false");
        assertThat(recorder.calls).containsExactly("ListEvents attempts=2 ok");
    }

    @Test
    void aThrowingListenerDoesNotFailTheCall() {
        server.enqueue(success());
        CallListener throwing = new CallListener() {
            @Override
            public void onAttempt(String action, int attempt, StatusException failure, boolean throttled) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onCall(String action, Duration duration, int attempts, StatusException failure) {
                throw new IllegalStateException("listener bug");
            }
        };
        try (StatusClient client = clientFor(server).callListener(throwing).build()) {
            assertThat(client.listEvents(REQUEST).events()).hasSize(2);
        }
    }

    @Test
    void theListenerIsRequired() {
        assertThatThrownBy(() -> StatusClient.builder().callListener(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("callListener");
    }

    private static final class Recorder implements CallListener {
        final List<String> attempts = new CopyOnWriteArrayList<>();
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<Duration> durations = new CopyOnWriteArrayList<>();

        @Override
        public void onAttempt(String action, int attempt, StatusException failure, boolean throttled) {
            attempts.add(action + "#" + attempt + " " + describe(failure) + " throttled=" + throttled);
        }

        @Override
        public void onCall(String action, Duration duration, int attempts, StatusException failure) {
            calls.add(action + " attempts=" + attempts + " " + describe(failure));
            durations.add(duration);
        }

        private static String describe(StatusException failure) {
            if (failure == null) {
                return "ok";
            }
            return failure instanceof StatusServiceException ? ((StatusServiceException) failure).code()
                    : failure.getClass().getSimpleName();
        }
    }
}
