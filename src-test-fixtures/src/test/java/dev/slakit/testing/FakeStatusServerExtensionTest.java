package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.auth.Credentials;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class FakeStatusServerExtensionTest {

    static final Instant T0 = Instant.parse("2026-11-22T05:00:00Z");

    private static boolean accepts(FakeStatusServer server) {
        try (Socket socket = new Socket(server.host(), server.port())) {
            return socket.isConnected();
        } catch (IOException refused) {
            return false;
        }
    }

    @Nested
    @ExtendWith(FakeStatusServerExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class WithExtendWith {

        static FakeStatusServer fromFirstTest;
        private FakeStatusServer fromBeforeEach;

        @BeforeEach
        void setUp(FakeStatusServer server) {
            fromBeforeEach = server;
        }

        @Test
        @Order(1)
        void injectsARunningServer(FakeStatusServer server) throws Exception {
            assertThat(server).isSameAs(fromBeforeEach);
            assertThat(accepts(server)).isTrue();
            server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());
            assertThat(SignedRequests.listEvents(server).send().body()).contains("\"Total\":1");
            fromFirstTest = server;
        }

        @Test
        @Order(2)
        void eachTestGetsAFreshServerAndThePreviousOneIsClosed(FakeStatusServer server) {
            assertThat(server).isNotSameAs(fromFirstTest);
            assertThat(server.eventCount()).isZero();
            assertThat(accepts(fromFirstTest)).isFalse();
        }

        @AfterAll
        static void checked() {
            assertThat(fromFirstTest).isNotNull();
        }
    }

    @Nested
    class WithRegisterExtensionAndClock {

        @RegisterExtension
        final FakeStatusServerExtension fake = FakeStatusServerExtension.builder()
                .testClock(T0, ZoneId.of("Asia/Shanghai"))
                .startTimeSpelling(StartTimeSpelling.START_TIME)
                .credentials(Credentials.of("LTAIextension", "extension-secret"))
                .build();

        @Test
        void injectsTheClockTheServerUses(FakeStatusServer server, TestClock clock) throws Exception {
            assertThat(clock.instant()).isEqualTo(T0);
            assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(server.clock()).isSameAs(clock);
            assertThat(server.credentials().accessKeyId()).isEqualTo("LTAIextension");

            SignedRequests signedNow = SignedRequests.listEvents(server);
            clock.advance(Duration.ofMinutes(16));

            assertThat(signedNow.timestamp(T0).send().body()).contains("InvalidTimeStamp.Expired");
        }

        @Test
        void usesTheConfiguredSpelling(FakeStatusServer server) throws Exception {
            server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());
            SignedRequests call = SignedRequests.listEvents(server);

            assertThat(call.send().body()).contains("\"StartTime\":1581317483000").doesNotContain("SartTime");
        }
    }

    @Nested
    @ExtendWith(FakeStatusServerExtension.class)
    class WithoutClock {

        @Test
        void aTestClockParameterIsExplainedNotSilentlyInvented() throws Exception {
            FakeStatusServerExtension extension = new FakeStatusServerExtension();
            java.lang.reflect.Parameter p = WithoutClock.class.getDeclaredMethod("takesAClock", TestClock.class)
                    .getParameters()[0];
            org.junit.jupiter.api.extension.ParameterContext context =
                    org.mockito.Mockito.mock(org.junit.jupiter.api.extension.ParameterContext.class);
            org.mockito.Mockito.when(context.getParameter()).thenReturn(p);

            assertThat(extension.supportsParameter(context, null)).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> extension.resolveParameter(context, null))
                    .isInstanceOf(org.junit.jupiter.api.extension.ParameterResolutionException.class)
                    .hasMessageContaining("testClock(instant)");
        }

        @SuppressWarnings("unused")
        private void takesAClock(TestClock clock) {
        }

        @Test
        void otherParameterTypesAreNotClaimed() throws Exception {
            FakeStatusServerExtension extension = new FakeStatusServerExtension();
            java.lang.reflect.Parameter p = String.class.getMethod("concat", String.class).getParameters()[0];
            org.junit.jupiter.api.extension.ParameterContext context =
                    org.mockito.Mockito.mock(org.junit.jupiter.api.extension.ParameterContext.class);
            org.mockito.Mockito.when(context.getParameter()).thenReturn(p);

            assertThat(extension.supportsParameter(context, null)).isFalse();
        }
    }
}
