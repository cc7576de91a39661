package dev.slakit.examples;

import dev.slakit.status.auth.CredentialsProvider;
import dev.slakit.status.auth.EnvironmentCredentialsProvider;
import dev.slakit.status.StatusClient;
import dev.slakit.testing.FakeStatusServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the status examples get their events from: the real Status API when the environment holds an
 * AccessKey ({@value EnvironmentCredentialsProvider#ACCESS_KEY_ID} and
 * {@value EnvironmentCredentialsProvider#ACCESS_KEY_SECRET}), otherwise an embedded {@link FakeStatusServer}
 * on 127.0.0.1 seeded with {@link DemoEvents}. Closing it closes the client and the server.
 *
 * <p>The environment is a lookup function, so tests never depend on the real environment variables.
 */
final class StatusConnection implements AutoCloseable {

    private final StatusClient client;
    private final FakeStatusServer server;
    private final String description;

    private StatusConnection(StatusClient client, FakeStatusServer server, String description) {
        this.client = client;
        this.server = server;
        this.description = description;
    }

    /**
     * Tells whether the environment holds both halves of an AccessKey (non-blank).
     *
     * @param env the environment lookup, such as {@code System::getenv}, not null
     * @return true if the real endpoint can be called
     */
    static boolean hasCredentials(Function<String, String> env) {
        return notBlank(env.apply(EnvironmentCredentialsProvider.ACCESS_KEY_ID))
                && notBlank(env.apply(EnvironmentCredentialsProvider.ACCESS_KEY_SECRET));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /**
     * The real endpoint when the environment has credentials, else the seeded fake server.
     *
     * @param env the environment lookup, not null
     * @param realEndpoint the endpoint to use with credentials, normally {@code https://status.aliyuncs.com}
     * @param seedNow the instant the fake server's events are placed around
     * @return the connection; close it
     */
    static StatusConnection open(Function<String, String> env, URI realEndpoint, Instant seedNow) {
        Objects.requireNonNull(env, "env");
        return hasCredentials(env) ? real(realEndpoint, EnvironmentCredentialsProvider.create(env))
                : offline(seedNow);
    }

    /**
     * A client of a real endpoint.
     *
     * @param endpoint the endpoint, not null
     * @param credentials the credentials, not null
     * @return the connection; close it
     */
    static StatusConnection real(URI endpoint, CredentialsProvider credentials) {
        StatusClient client = newClient(endpoint, credentials);
        return new StatusConnection(client, null, endpoint + " (AccessKey from the environment)");
    }

    /**
     * A fake server seeded with {@link DemoEvents#around(Instant)}, and a client of it.
     *
     * @param seedNow the instant the events are placed around, not null
     * @return the connection; close it
     */
    static StatusConnection offline(Instant seedNow) {
        FakeStatusServer server = FakeStatusServer.start();
        try {
            DemoEvents.publish(DemoEvents.around(seedNow), server);
            StatusClient client = newClient(server.endpoint(), server::credentials);
            return new StatusConnection(client, server, "the embedded FakeStatusServer (offline)");
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static StatusClient newClient(URI endpoint, CredentialsProvider credentials) {
        return StatusClient.builder().endpoint(endpoint).credentialsProvider(credentials)
                .callTimeout(Duration.ofSeconds(15)).build();
    }

    /** @return the client, open until {@link #close()} */
    StatusClient client() {
        return client;
    }

    /** @return the fake server when offline */
    Optional<FakeStatusServer> server() {
        return Optional.ofNullable(server);
    }

    /** @return where the events come from, for a heading; never a secret */
    String description() {
        return description;
    }

    /** Closes the client, then the fake server if any. */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
