package dev.slakit.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts a fresh {@link FakeStatusServer} before each test, injects it into test and
 * lifecycle method parameters, and closes it after the test.
 *
 * <pre>{@code
 * @ExtendWith(FakeStatusServerExtension.class)
 * class MyTest {
 *     @Test
 *     void listsEvents(FakeStatusServer server) { ... }
 * }
 *
 * // or, configured, with a TestClock per test that is also the server's clock:
 * @RegisterExtension
 * static FakeStatusServerExtension fake = FakeStatusServerExtension.builder()
 *         .testClock(Instant.parse("2026-11-22T05:00:00Z"))
 *         .startTimeSpelling(StartTimeSpelling.START_TIME)
 *         .build();
 *
 * @Test
 * void expires(FakeStatusServer server, TestClock clock) { ... }
 * }</pre>
 *
 * <p>Parameters of type {@link FakeStatusServer} and, when a test clock is configured, {@link TestClock} are
 * resolved; asking for a {@code TestClock} without one configured fails with a message saying how to configure
 * it. This class is the only one of {@code dev.slakit.testing} that needs {@code junit-jupiter-api} (an optional
 * dependency): the server itself works without JUnit.
 *
 * <p>Immutable and thread-safe; the server and clock of each test live in that test's extension context, so
 * parallel test execution is fine.
 */
public final class FakeStatusServerExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeStatusServerExtension.class);
    private static final String SERVER_KEY = "server";
    private static final String CLOCK_KEY = "clock";

    private final Instant clockStart;
    private final ZoneId clockZone;
    private final StartTimeSpelling startTimeSpelling;
    private final dev.slakit.status.auth.Credentials credentials;

    /** An extension with the defaults: random credentials, the system clock, {@code SartTime}. */
    public FakeStatusServerExtension() {
        this(builder());
    }

    private FakeStatusServerExtension(Builder builder) {
        this.clockStart = builder.clockStart;
        this.clockZone = builder.clockZone;
        this.startTimeSpelling = builder.startTimeSpelling;
        this.credentials = builder.credentials;
    }

    /** @return a builder for an extension with other settings, for {@code @RegisterExtension} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the test's server (and clock).
     *
     * @param context the test's context
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        server(context);
    }

    /**
     * Closes the test's server.
     *
     * @param context the test's context
     */
    @Override
    public void afterEach(ExtensionContext context) {
        ServerResource resource = context.getStore(NAMESPACE).remove(SERVER_KEY, ServerResource.class);
        if (resource != null) {
            resource.close();
        }
        context.getStore(NAMESPACE).remove(CLOCK_KEY);
    }

    /**
     * @param parameterContext the parameter
     * @param extensionContext the context
     * @return true for {@link FakeStatusServer} and {@link TestClock} parameters
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == FakeStatusServer.class || type == TestClock.class;
    }

    /**
     * @param parameterContext the parameter
     * @param extensionContext the context
     * @return the test's server or clock
     * @throws ParameterResolutionException for a {@code TestClock} when none is configured
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        if (parameterContext.getParameter().getType() == TestClock.class) {
            if (clockStart == null) {
                throw new ParameterResolutionException("No TestClock is configured: register the extension with "
                        + "FakeStatusServerExtension.builder().testClock(instant).build()");
            }
            return clock(extensionContext);
        }
        return server(extensionContext);
    }

    private FakeStatusServer server(final ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(SERVER_KEY,
                key -> new ServerResource(startServer(context)), ServerResource.class).server;
    }

    private TestClock clock(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(CLOCK_KEY,
                key -> TestClock.of(clockStart, clockZone), TestClock.class);
    }

    private FakeStatusServer startServer(ExtensionContext context) {
        FakeStatusServer.Builder builder = FakeStatusServer.builder().startTimeSpelling(startTimeSpelling);
        if (clockStart != null) {
            builder.clock(clock(context));
        }
        if (credentials != null) {
            builder.credentials(credentials);
        }
        return builder.start();
    }

    /** Closes the server if JUnit discards the store without {@link #afterEach} (for example, on an abort). */
    private static final class ServerResource implements ExtensionContext.Store.CloseableResource {
        final FakeStatusServer server;

        ServerResource(FakeStatusServer server) {
            this.server = server;
        }

        @Override
        public void close() {
            server.close();
        }
    }

    /** Settings of a {@link FakeStatusServerExtension}. Not thread-safe. */
    public static final class Builder {

        private Instant clockStart;
        private ZoneId clockZone = ZoneOffset.UTC;
        private StartTimeSpelling startTimeSpelling = StartTimeSpelling.SART_TIME;
        private dev.slakit.status.auth.Credentials credentials;

        private Builder() {
        }

        /**
         * Gives each test a fresh {@link TestClock} at this instant, in UTC, used as the server's clock and
         * injectable as a parameter. Clients sign with their own (system) time, and the server rejects a
         * {@code Timestamp} more than 15 minutes off its clock: for a real client, start near now
         * ({@code Instant.now()}); far-off instants suit requests signed by hand.
         *
         * @param start the instant each test's clock starts at, not null
         * @return this builder
         */
        public Builder testClock(Instant start) {
            return testClock(start, ZoneOffset.UTC);
        }

        /**
         * Gives each test a fresh {@link TestClock} at this instant and zone.
         *
         * @param start the instant each test's clock starts at, not null
         * @param zone the clock's zone, not null
         * @return this builder
         */
        public Builder testClock(Instant start, ZoneId zone) {
            this.clockStart = Objects.requireNonNull(start, "start");
            this.clockZone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * @param spelling the start-time field spelling of the servers, not null
         * @return this builder
         */
        public Builder startTimeSpelling(StartTimeSpelling spelling) {
            this.startTimeSpelling = Objects.requireNonNull(spelling, "spelling");
            return this;
        }

        /**
         * @param fixed credentials every test's server accepts, not null; random per server by default
         * @return this builder
         */
        public Builder credentials(dev.slakit.status.auth.Credentials fixed) {
            this.credentials = Objects.requireNonNull(fixed, "fixed");
            return this;
        }

        /** @return the extension */
        public FakeStatusServerExtension build() {
            return new FakeStatusServerExtension(this);
        }
    }
}
