package dev.slakit.status.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.watch.LeaseLostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** State and outbox on a real PostgreSQL: the lease guards commits, who delivers what, durability. */
class JdbcStateOutboxTest extends WatchTablesTestBase {

    private static final long LEASE = 60_000;

    private JdbcLeases leases(String id) {
        return new JdbcLeases(ds, db.dialect(), prefix, id, LEASE);
    }

    private JdbcStateOutbox outbox(String id) {
        return new JdbcStateOutbox(ds, db.dialect(), prefix, id, LEASE);
    }

    private static List<JdbcStateOutbox.Entry> entries(String... ids) {
        List<JdbcStateOutbox.Entry> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new JdbcStateOutbox.Entry(id, "{\"id\":\"" + id + "\"}"));
        }
        return out;
    }

    private static List<String> ids(List<JdbcStateOutbox.Entry> entries) {
        return entries.stream().map(JdbcStateOutbox.Entry::id).collect(Collectors.toList());
    }

    @Test
    void theHolderCommitsStateAndOutboxTogether() {
        assertThat(leases("a").claim("r", "p", 0)).isTrue();
        JdbcStateOutbox a = outbox("a");
        assertThat(a.load("r", "p")).as("claimed, never committed").isNull();
        a.commit("r", "p", "{\"v\":1}", entries("n1", "n2"));
        a.commit("r", "p", "{\"v\":2}", entries("n3"));
        assertThat(a.load("r", "p")).isEqualTo("{\"v\":2}");
        assertThat(outbox("b").load("r", "p")).as("any instance reads the state").isEqualTo("{\"v\":2}");
        assertThat(ids(a.pending())).containsExactly("n1", "n2", "n3");
        assertThat(a.pending().get(0).payload()).isEqualTo("{\"id\":\"n1\"}");
    }

    @Test
    void aCommitWithoutTheLeaseWritesNothingAndNamesTheHolder() {
        assertThat(leases("a").claim("r", "p", 0)).isTrue();
        outbox("a").commit("r", "p", "{\"by\":\"a\"}", entries("a1"));
        assertThatThrownBy(() -> outbox("b").commit("r", "p", "{\"by\":\"b\"}", entries("b1")))
                .isInstanceOf(LeaseLostException.class)
                .hasMessageContaining("instance b does not hold the lease of r/p (held by a)")
                .satisfies(e -> assertThat(((LeaseLostException) e).holder()).isEqualTo("a"));
        assertThatThrownBy(() -> outbox("b").commit("r", "never-claimed", "{}", entries()))
                .isInstanceOf(LeaseLostException.class).hasMessageContaining("held by nobody");
        assertThat(outbox("a").load("r", "p")).isEqualTo("{\"by\":\"a\"}");
        assertThat(ids(outbox("a").pending())).containsExactly("a1");
        assertThat(outbox("b").pending()).isEmpty();
    }

    @Test
    void aStoreThatLostItsLeaseToATakeoverCannotOverwriteTheNewHoldersState() {
        JdbcLeases a = new JdbcLeases(ds, db.dialect(), prefix, "a", 200);
        assertThat(a.claim("r", "p", 0)).isTrue();
        exec("UPDATE " + prefix + "target SET lease_until_ms = polled_ms");  // a stalls past its lease
        assertThat(leases("b").claim("r", "p", 0)).isTrue();
        outbox("b").commit("r", "p", "{\"by\":\"b\"}", entries("b1"));
        assertThatThrownBy(() -> outbox("a").commit("r", "p", "{\"by\":\"a\"}", entries("a1")))
                .isInstanceOf(LeaseLostException.class);
        assertThat(outbox("a").load("r", "p")).isEqualTo("{\"by\":\"b\"}");
        assertThat(ids(outbox("a").pending())).isEmpty();
    }

    @Test
    void anExpiredLeaseNobodyTookStillLetsTheHolderCommit() {
        assertThat(leases("a").claim("r", "p", 0)).isTrue();
        exec("UPDATE " + prefix + "target SET lease_until_ms = polled_ms - 1000");
        outbox("a").commit("r", "p", "{}", entries("a1"));
        assertThat(ids(outbox("a").pending())).containsExactly("a1");
    }

    @Test
    void anOrphanedEntryGoesToTheNewHolderOnceItIsOlderThanALease() {
        assertThat(leases("a").claim("r", "p", 0)).isTrue();
        outbox("a").commit("r", "p", "{}", entries("a1"));
        exec("UPDATE " + prefix + "target SET lease_until_ms = polled_ms");  // a dies, its lease runs out
        assertThat(leases("b").claim("r", "p", 0)).isTrue();
        assertThat(outbox("b").pending()).as("younger than a lease: a may still be delivering").isEmpty();
        exec("UPDATE " + prefix + "outbox SET created_ms = created_ms - " + LEASE);
        assertThat(ids(outbox("b").pending())).containsExactly("a1");
        assertThat(ids(outbox("c").pending())).as("only the holder takes over").isEmpty();
        assertThat(ids(outbox("a").pending())).as("a restarted a redelivers its own too").containsExactly("a1");
    }

    @Test
    void deliveredEntriesLeaveTheOutboxForEveryone() {
        assertThat(leases("a").claim("r", "p", 0)).isTrue();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < JdbcStateOutbox.DELETE_CHUNK + 5; i++) {
            many.add("n" + i);
        }
        outbox("a").commit("r", "p", "{}", entries(many.toArray(new String[0])));
        assertThat(outbox("a").markDelivered(many.subList(0, many.size() - 1))).isEqualTo(many.size() - 1);
        assertThat(outbox("a").markDelivered(Arrays.asList("n0", "unknown"))).as("idempotent").isZero();
        assertThat(outbox("a").markDelivered(Collections.emptyList())).isZero();
        assertThat(ids(outbox("a").pending())).containsExactly(many.get(many.size() - 1));
    }

    @Test
    void pendingIsInProductionOrderAcrossCommits() {
        assertThat(leases("a").claim("r", "p", 0)).isTrue();
        for (int commit = 0; commit < 5; commit++) {
            outbox("a").commit("r", "p", "{}", entries("c" + commit + "-0", "c" + commit + "-1"));
        }
        assertThat(ids(outbox("a").pending())).containsExactly("c0-0", "c0-1", "c1-0", "c1-1", "c2-0", "c2-1",
                "c3-0", "c3-1", "c4-0", "c4-1");
    }

    @Test
    void aFailedCommitLeavesNothingBehind() {
        assertThat(leases("a").claim("r", "p", 0)).isTrue();
        outbox("a").commit("r", "p", "{\"v\":1}", entries("n1"));
        String tooLong = new String(new char[300]).replace('\0', 'x');  // notification_id is VARCHAR(200)
        assertThatThrownBy(() -> outbox("a").commit("r", "p", "{\"v\":2}", entries("n2", tooLong)))
                .hasMessageContaining("commit r/p on table " + prefix + "target, " + prefix + "outbox failed");
        assertThat(outbox("a").load("r", "p")).isEqualTo("{\"v\":1}");
        assertThat(ids(outbox("a").pending())).containsExactly("n1");
    }
}
