package dev.slakit.status.watch;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM for the fleet tests (binaries from Maven Central, listening on 127.0.0.1),
 * stopped when the JVM exits; each test takes its own table prefix. Child JVMs connect with {@link #jdbcUrl()}.
 */
final class FleetPostgres {

    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private FleetPostgres() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return server;
    }

    /** @return the JDBC URL of the {@code postgres} database, user included (the embedded server trusts it) */
    static String jdbcUrl() {
        return server().getJdbcUrl("postgres", "postgres");
    }

    /** @return a small pool on {@code jdbcUrl}, as an application would configure one; close it after use */
    static HikariDataSource pool(String jdbcUrl, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(4);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** @return a table prefix no other test of this JVM uses */
    static String freshPrefix() {
        return "fleet" + PREFIXES.incrementAndGet() + "_";
    }
}
