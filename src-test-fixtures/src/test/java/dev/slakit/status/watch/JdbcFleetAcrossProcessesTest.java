package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.slakit.status.auth.Credentials;
import dev.slakit.testing.FakeStatusServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two watchers in two child JVMs ({@link FleetMember}) share one embedded PostgreSQL over the 200 targets of the
 * fake server. One is killed ({@code destroyForcibly}, no shutdown); the other takes its targets over once their
 * leases expire, polls them, and delivers what they announce: nothing is lost, and across the whole run the
 * fleet makes at most one ListEvents call per target per interval.
 */
class JdbcFleetAcrossProcessesTest {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    static final Duration LEASE = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aKilledInstancesTargetsArePolledByTheOtherWithinALeaseAndNothingIsLost() throws Exception {
        FleetScenario scenario = new FleetScenario();
        String prefix = FleetPostgres.freshPrefix();
        Credentials credentials = Credentials.of("fleet-ak", UUID.randomUUID().toString());
        try (FakeStatusServer server = FakeStatusServer.builder().credentials(credentials)
                .maxRecordedRequests(1_000_000).maxConnections(512).start();
                HikariDataSource pool = FleetPostgres.pool(FleetPostgres.jdbcUrl(), "parent")) {
            JdbcWatchStateStore.builder(pool).instanceId("parent").tablePrefix(prefix).createTablesIfMissing(true)
                    .build().close();
            scenario.publish(server, 1);
            long t0 = System.nanoTime();
            Process a = member(server, credentials, prefix, "a");
            // b starts once a holds targets: on an idle machine whichever JVM starts first may lease all 200
            // targets, and the instance killed below must be one that holds some.
            awaitHolding(pool, prefix, "a", Duration.ofSeconds(60));
            Process b = member(server, credentials, prefix, "b");
            try {
                Set<String> phase1 = scenario.expectedIds(1);
                JdbcFleetInOneJvmTest.awaitIds(this::deliveredIds, phase1, Duration.ofSeconds(60));

                long started = System.nanoTime();
                List<WatchTarget> heldByA = heldBy(pool, prefix, "a");
                assertThat(heldByA).as("a holds some targets when it is killed").isNotEmpty();
                a.destroyForcibly().waitFor();
                Instant killedAt = Instant.now();
                scenario.publish(server, 2);

                Set<String> all = new HashSet<>(phase1);
                all.addAll(scenario.expectedIds(2));
                JdbcFleetInOneJvmTest.awaitIds(this::deliveredIds, all, Duration.ofSeconds(30));
                long phase2 = System.nanoTime();
                Thread.sleep(INTERVAL.toMillis());

                Map<WatchTarget, List<Instant>> calls = FleetScenario.listEventsByTarget(server);
                Duration slowestTakeover = Duration.ZERO;
                for (WatchTarget t : heldByA) {
                    Instant first = calls.get(t).stream().filter(i -> i.isAfter(killedAt)).findFirst()
                            .orElseThrow(() -> new AssertionError(t + " never polled after the kill"));
                    Duration took = Duration.between(killedAt, first);
                    slowestTakeover = took.compareTo(slowestTakeover) > 0 ? took : slowestTakeover;
                }
                // a's lease runs out at most one lease after the kill; b claims at its next tick, at most one
                // interval later; two more seconds of slack for a loaded 2-core machine (a fleet that never
                // took over would fail the wait for phase 2 above).
                assertThat(slowestTakeover).as("slowest takeover of %s targets", heldByA.size())
                        .isLessThanOrEqualTo(LEASE.plus(INTERVAL).plusSeconds(2));

                List<String> byA = lines("a");
                List<String> byB = lines("b");
                assertThat(new HashSet<>(byA)).as("a delivered each id once").hasSize(byA.size());
                assertThat(new HashSet<>(byB)).as("b delivered each id once").hasSize(byB.size());
                Set<String> twice = new HashSet<>(byA);
                twice.retainAll(byB);
                assertThat(twice.size()).as("only what a delivered but could not mark before the kill comes again")
                        .isLessThanOrEqualTo(heldByA.size());
                FleetScenario.assertAtMostOneCallPerTargetPerInterval(server, INTERVAL);
                System.out.println("fleet across processes: " + heldByA.size() + " targets taken over, slowest "
                        + slowestTakeover.toMillis() + " ms after the kill; delivered by a " + byA.size()
                        + ", by b " + byB.size() + ", redelivered " + twice.size() + "; phase 1 took "
                        + (started - t0) / 1_000_000 + " ms (JVM starts included), phase 2 " + (phase2 - started)
                        / 1_000_000 + " ms");
            } finally {
                b.getOutputStream().close();  // b closes cleanly: watcher, store (releases leases), pool
                boolean exited = b.waitFor(20, TimeUnit.SECONDS);
                if (!exited) {
                    b.destroyForcibly();
                }
                a.destroyForcibly();
                assertThat(exited).as("b exits after its input closes").isTrue();
            }
            assertThat(heldBy(pool, prefix, "b")).as("b released its leases on close").isEmpty();
        }
    }

    private static void awaitHolding(HikariDataSource pool, String prefix, String instance, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (heldBy(pool, prefix, instance).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(instance + " held no target within " + timeout);
            }
            Thread.sleep(20);
        }
    }

    private Process member(FakeStatusServer server, Credentials credentials, String prefix, String instance)
            throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                FleetMember.class.getName(), server.endpoint().toString(), FleetPostgres.jdbcUrl(), prefix, instance,
                Long.toString(INTERVAL.toMillis()), Long.toString(LEASE.toMillis()), out(instance).toString());
        pb.environment().put("FLEET_AK", credentials.accessKeyId());
        pb.environment().put("FLEET_SK", credentials.accessKeySecret());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve(instance + ".log").toFile());
        return pb.start();
    }

    private Path out(String instance) {
        return dir.resolve(instance + ".ids");
    }

    private List<String> lines(String instance) throws IOException {
        Path file = out(instance);
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    private Set<String> deliveredIds() {
        try {
            Set<String> ids = new HashSet<>(lines("a"));
            ids.addAll(lines("b"));
            return ids;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<WatchTarget> heldBy(HikariDataSource pool, String prefix, String instance) throws Exception {
        List<WatchTarget> out = new ArrayList<>();
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT region_id, product_id FROM " + prefix + "target WHERE lease_owner = ?")) {
            ps.setString(1, instance);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(WatchTarget.of(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }
}
