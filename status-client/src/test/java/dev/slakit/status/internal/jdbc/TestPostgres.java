package dev.slakit.status.internal.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server per test JVM (binaries from Maven Central, started on 127.0.0.1 by the tests
 * themselves), stopped when the JVM exits. Tests isolate themselves with their own table prefix.
 */
public final class TestPostgres {

    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % (36L * 36 * 36 * 36 * 36), 36);
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** @return the shared server, started on first use */
    public static synchronized EmbeddedPostgres server() {
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

    /** @return a data source of the shared server's {@code postgres} database */
    public static DataSource dataSource() {
        return server().getPostgresDatabase();
    }

    /**
     * @return a table prefix no other test uses, in this JVM or an earlier run on a database that outlives it
     *     (the opt-in MariaDB server)
     */
    public static String freshPrefix() {
        return "t" + RUN + "_" + PREFIXES.incrementAndGet() + "_";
    }
}
