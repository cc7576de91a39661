package dev.slakit.status.internal.jdbc;

import dev.slakit.status.watch.JdbcWatchStoreException;
import dev.slakit.status.watch.LeaseLostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Target states and the outbox of undelivered notifications, as text, in the {@code <prefix>target} and
 * {@code <prefix>outbox} tables. The caller encodes and decodes the text. Thread-safe.
 *
 * <p>Who delivers an outbox entry: the instance that produced it; if that instance stops without
 * delivering it, the instance that holds the target's lease takes it over once the entry is older than one
 * lease duration (the producer had a whole lease to deliver it). Delivered entries are deleted.
 */
public final class JdbcStateOutbox {

    /** How many ids one {@code DELETE ... IN (...)} names at most. */
    static final int DELETE_CHUNK = 200;

    /** One notification to queue: its stable id and its encoded form. */
    public static final class Entry {
        private final String id;
        private final String payload;

        /**
         * @param id the notification's stable id, not null
         * @param payload the encoded notification, not null
         */
        public Entry(String id, String payload) {
            this.id = Objects.requireNonNull(id, "id");
            this.payload = Objects.requireNonNull(payload, "payload");
        }

        /** @return the notification's id */
        public String id() {
            return id;
        }

        /** @return the encoded notification */
        public String payload() {
            return payload;
        }
    }

    private final DataSource dataSource;
    private final String targetTable;
    private final String outboxTable;
    private final String instanceId;
    private final long leaseMillis;
    private final String loadSql;
    private final String lockSql;
    private final String updateSql;
    private final String insertSql;
    private final String pendingSql;

    /**
     * @param dataSource where the tables are
     * @param dialect the database's dialect
     * @param prefix the table prefix
     * @param instanceId this instance's id
     * @param leaseMillis the lease duration in milliseconds, positive
     */
    public JdbcStateOutbox(DataSource dataSource, SqlDialect dialect, String prefix, String instanceId,
            long leaseMillis) {
        this.dataSource = dataSource;
        this.targetTable = prefix + "target";
        this.outboxTable = prefix + "outbox";
        this.instanceId = instanceId;
        this.leaseMillis = leaseMillis;
        String now = dialect.nowMillis();
        this.loadSql = "SELECT state_json FROM " + targetTable + " WHERE region_id = ? AND product_id = ?";
        this.lockSql = "SELECT state_version, lease_owner FROM " + targetTable
                + " WHERE region_id = ? AND product_id = ? FOR UPDATE";
        this.updateSql = "UPDATE " + targetTable + " SET state_json = ?, state_version = ?"
                + " WHERE region_id = ? AND product_id = ?";
        this.insertSql = "INSERT INTO " + outboxTable + " (region_id, product_id, state_version, seq_no,"
                + " notification_id, producer, created_ms, payload_json) VALUES (?, ?, ?, ?, ?, ?, " + now + ", ?)";
        this.pendingSql = "SELECT o.notification_id, o.payload_json FROM " + outboxTable + " o WHERE o.producer = ?"
                + " OR (o.created_ms + ? <= " + now + " AND EXISTS (SELECT 1 FROM " + targetTable + " t"
                + " WHERE t.region_id = o.region_id AND t.product_id = o.product_id AND t.lease_owner = ?))"
                + " ORDER BY o.created_ms, o.region_id, o.product_id, o.state_version, o.seq_no";
    }

    /**
     * @param regionId the region
     * @param productId the product
     * @return the encoded state, or null if the target has none yet
     */
    public String load(String regionId, String productId) {
        try {
            return Connections.queryTargetString(dataSource, loadSql, regionId, productId);
        } catch (SQLException e) {
            throw JdbcWatchStoreException.of("load " + regionId + "/" + productId, targetTable, e);
        }
    }

    /**
     * Replaces the state of a target and queues its notifications, in one transaction, if and only if this
     * instance holds the target's lease (expired or not: what matters is that nobody took it over).
     *
     * @param regionId the region
     * @param productId the product
     * @param stateJson the encoded state
     * @param produced the notifications, in production order
     * @throws LeaseLostException if another instance holds the lease (nothing is written)
     * @throws JdbcWatchStoreException if the database refused a statement (nothing is written)
     */
    public void commit(String regionId, String productId, String stateJson, List<Entry> produced) {
        String target = regionId + "/" + productId;
        try (Connection c = Connections.autoCommit(dataSource)) {
            c.setAutoCommit(false);
            try {
                long version;
                try (PreparedStatement ps = c.prepareStatement(lockSql)) {
                    ps.setString(1, regionId);
                    ps.setString(2, productId);
                    try (ResultSet rs = ps.executeQuery()) {
                        String holder = rs.next() ? rs.getString(2) : null;
                        if (!instanceId.equals(holder)) {
                            throw new LeaseLostException(targetTable, "instance " + instanceId
                                    + " does not hold the lease of " + target + " (held by "
                                    + (holder == null ? "nobody" : holder) + "); its state and outbox are left"
                                    + " as they are and this poll is dropped", holder);
                        }
                        version = rs.getLong(1) + 1;
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(updateSql)) {
                    ps.setString(1, stateJson);
                    ps.setLong(2, version);
                    ps.setString(3, regionId);
                    ps.setString(4, productId);
                    ps.executeUpdate();
                }
                if (!produced.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement(insertSql)) {
                        int seq = 0;
                        for (Entry e : produced) {
                            ps.setString(1, regionId);
                            ps.setString(2, productId);
                            ps.setLong(3, version);
                            ps.setInt(4, seq++);
                            ps.setString(5, e.id());
                            ps.setString(6, instanceId);
                            ps.setString(7, e.payload());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw JdbcWatchStoreException.of("commit " + target, targetTable + ", " + outboxTable, e);
        }
    }

    /**
     * @return the encoded undelivered notifications this instance should deliver, in production order:
     *     those it produced, and those of targets it holds that are older than one lease duration
     */
    public List<Entry> pending() {
        try (Connection c = Connections.autoCommit(dataSource);
                PreparedStatement ps = c.prepareStatement(pendingSql)) {
            ps.setString(1, instanceId);
            ps.setLong(2, leaseMillis);
            ps.setString(3, instanceId);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getString(1), rs.getString(2)));
                }
            }
            return Collections.unmodifiableList(out);
        } catch (SQLException e) {
            throw JdbcWatchStoreException.of("read pending notifications", outboxTable, e);
        }
    }

    /**
     * Deletes delivered notifications from the outbox, durably, before it returns.
     *
     * @param ids the ids of delivered notifications; unknown ids are ignored
     * @return how many entries were deleted
     */
    public int markDelivered(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        if (all.isEmpty()) {
            return 0;
        }
        int deleted = 0;
        try (Connection c = Connections.autoCommit(dataSource)) {
            for (int from = 0; from < all.size(); from += DELETE_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + DELETE_CHUNK));
                StringBuilder sql = new StringBuilder("DELETE FROM ").append(outboxTable)
                        .append(" WHERE notification_id IN (");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "?" : ", ?");
                }
                try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    deleted += ps.executeUpdate();
                }
            }
            return deleted;
        } catch (SQLException e) {
            throw JdbcWatchStoreException.of("mark delivered", outboxTable, e);
        }
    }
}
