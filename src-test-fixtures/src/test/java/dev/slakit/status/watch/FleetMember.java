package dev.slakit.status.watch;

import com.zaxxer.hikari.HikariDataSource;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.FakeServerClients;
import dev.slakit.status.StatusClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One instance of a fleet in its own JVM, started by {@link JdbcFleetAcrossProcessesTest}: a watcher of the
 * 200 {@link FleetScenario} targets with a {@link JdbcWatchStateStore}, whose listener appends each
 * notification id as a line to a file (written before the watcher marks it delivered). Runs until its
 * standard input closes (then closes cleanly) or it is killed.
 *
 * <p>Arguments: endpoint, JDBC URL, table prefix, instance id, interval ms, lease ms, output file. The fake
 * server's AccessKey comes in the environment ({@code FLEET_AK}, {@code FLEET_SK}), never on the command line.
 */
public final class FleetMember {

    private FleetMember() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        String jdbcUrl = args[1];
        String prefix = args[2];
        String instance = args[3];
        Duration interval = Duration.ofMillis(Long.parseLong(args[4]));
        Duration lease = Duration.ofMillis(Long.parseLong(args[5]));
        Path out = Paths.get(args[6]);
        Credentials credentials = Credentials.of(System.getenv("FLEET_AK"), System.getenv("FLEET_SK"));
        try (FileChannel file = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
                HikariDataSource pool = FleetPostgres.pool(jdbcUrl, instance);
                StatusClient client = StatusClient.builder().endpoint(endpoint).credentials(credentials)
                        .retryPolicy(FakeServerClients.fastRetries(3)).build();
                JdbcWatchStateStore store = JdbcWatchStateStore.builder(pool).instanceId(instance)
                        .leaseDuration(lease).tablePrefix(prefix).createTablesIfMissing(true).build();
                HealthWatcher watcher = HealthWatcher.builder(client).targets(FleetScenario.targets())
                        .interval(interval).lookbackDays(2).store(store)
                        .listener(n -> append(file, n.id())).build()) {
            watcher.start();
            System.out.println("started " + instance);
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until the parent closes our standard input, or kills us
            }
        }
    }

    private static void append(FileChannel file, String id) {
        try {
            ByteBuffer line = ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.UTF_8));
            synchronized (file) {
                while (line.hasRemaining()) {
                    file.write(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
