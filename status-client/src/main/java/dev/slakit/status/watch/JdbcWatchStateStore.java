package dev.slakit.status.watch;

import dev.slakit.status.internal.jdbc.JdbcLeases;
import dev.slakit.status.internal.jdbc.JdbcStateOutbox;
import dev.slakit.status.internal.jdbc.SqlDialect;
import dev.slakit.status.internal.jdbc.WatchSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link WatchStateStore} in a relational database shared by a fleet of watchers (PostgreSQL, MySQL or
 * MariaDB), over plain JDBC: the application brings the driver and the {@link DataSource} (a pool such as
 * HikariCP is recommended).
 *
 * <pre>{@code
 * JdbcWatchStateStore store = JdbcWatchStateStore.builder(dataSource)
 *     .instanceId("web-1")                       // stable across restarts of this instance
 *     .leaseDuration(Duration.ofSeconds(30))
 *     .createTablesIfMissing(true)
 *     .build();
 * HealthWatcher watcher = HealthWatcher.builder(client).target("cn-hangzhou", "ecs")
 *     .store(store).listener(listener).build();
 * watcher.start();
 * ...
 * watcher.close();
 * store.close();                                 // releases this instance's leases
 * }</pre>
 *
 * <h2>Guarantees</h2>
 * <ul>
 * <li><b>One poll per target per interval for the whole fleet.</b> Every target has a lease in the
 *     database. {@link #tryClaim} succeeds when the target is unleased, its lease has expired or this
 *     instance holds it, <em>and</em> nobody claimed it for a poll within the interval (the holder may be up
 *     to {@code min(5% of the interval, 1 s)} early, to absorb its own scheduling jitter). A successful claim
 *     renews the lease to {@code now + leaseDuration}. Every time is the database's clock
 *     ({@code CURRENT_TIMESTAMP} / {@code UTC_TIMESTAMP}), never an instance's. A lease may be longer than the
 *     interval: the holder then keeps the target from poll to poll.</li>
 * <li><b>Each change announced once per fleet, at least once.</b> {@link #commit} writes the state and the
 *     notifications it produced in one transaction, only while this instance still holds the lease (checked
 *     under a row lock). If another instance took the target over meanwhile, nothing is written and
 *     {@link LeaseLostException} is thrown: the watcher counts the poll as failed and announces nothing,
 *     and the new holder, comparing against the same stored state, announces the same changes with the
 *     same ids.</li>
 * <li><b>Who delivers.</b> The instance that produced a notification delivers it and {@linkplain
 *     #markDelivered marks it delivered} (the row leaves the outbox, durably, before the call returns). If
 *     it dies first, the instance that next holds the target's lease delivers it, once the entry is older
 *     than one lease duration; a restart with the same {@linkplain Builder#instanceId instance id} delivers
 *     its own undelivered entries at once. Redelivered notifications carry the same {@link
 *     HealthNotification#id()}; a notification may reach listeners twice only if an instance dies between
 *     handing it to the listeners and marking it delivered.</li>
 * <li><b>A dead instance's targets move on.</b> Its leases expire after {@code leaseDuration}; the other
 *     instances claim its targets at their next due poll, so within {@code leaseDuration + interval} of its
 *     death.</li>
 * <li><b>{@link #close()}</b> releases this instance's leases (poll times stay, so no other instance polls
 *     earlier than the interval allows). Deliveries are already durable.</li>
 * </ul>
 *
 * <h2>Schema</h2>
 * Three tables, named with the {@linkplain Builder#tablePrefix prefix} ({@value #DEFAULT_TABLE_PREFIX} by
 * default): {@code schema_version}, {@code target} (lease, poll time and state per target) and {@code outbox}.
 * The scripts ship in this jar as {@code dev/slakit/status/watch/jdbc/<postgresql|mysql>/V<n>__*.sql}. The
 * tables are created (and upgraded to newer versions) only with {@link Builder#createTablesIfMissing
 * createTablesIfMissing(true)}; otherwise {@link Builder#build()} fails with a {@link JdbcWatchStoreException}
 * naming the missing table and the script to run.
 *
 * <p>Thread-safe. Every method holds a connection only for its own statements.
 */
public final class JdbcWatchStateStore implements WatchStateStore {

    /** The table prefix used unless {@link Builder#tablePrefix} says otherwise. */
    public static final String DEFAULT_TABLE_PREFIX = "slakit_watch_";
    /** The lease duration used unless {@link Builder#leaseDuration} says otherwise: 30 seconds. */
    public static final Duration DEFAULT_LEASE_DURATION = Duration.ofSeconds(30);
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,29}");
    private static final Duration MIN_LEASE = Duration.ofMillis(100);

    private final String instanceId;
    private final Duration leaseDuration;
    private final String tablePrefix;
    private final JdbcLeases leases;
    private final JdbcStateOutbox states;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdbcWatchStateStore(Builder b, SqlDialect dialect) {
        this.instanceId = b.instanceId;
        this.leaseDuration = b.leaseDuration;
        this.tablePrefix = b.tablePrefix;
        long leaseMillis = b.leaseDuration.toMillis();
        this.leases = new JdbcLeases(b.dataSource, dialect, b.tablePrefix, b.instanceId, leaseMillis);
        this.states = new JdbcStateOutbox(b.dataSource, dialect, b.tablePrefix, b.instanceId, leaseMillis);
    }

    /**
     * @param dataSource connections to the shared database, not null; the store never closes it
     * @return a builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** @return this instance's id, as given to the builder */
    public String instanceId() {
        return instanceId;
    }

    /** @return how long a claim holds a target, measured by the database clock */
    public Duration leaseDuration() {
        return leaseDuration;
    }

    /** @return the prefix of the store's table names */
    public String tablePrefix() {
        return tablePrefix;
    }

    /**
     * Claims {@code target} for one poll, in one auto-commit statement (two the first time this instance
     * sees the target). See the class documentation for the rule.
     *
     * @param target the target, not null
     * @param interval the watcher's interval, not null, not negative
     * @return whether this instance holds the lease now and should poll the target
     * @throws JdbcWatchStoreException if the database refused the statement
     * @throws IllegalStateException if the store is closed
     */
    @Override
    public boolean tryClaim(WatchTarget target, Duration interval) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative, got " + interval);
        }
        requireOpen();
        return leases.claim(target.regionId(), target.productId(), interval.toMillis());
    }

    /**
     * @param target the target, not null
     * @return the instance id holding an unexpired lease on the target, or empty if none does
     * @throws JdbcWatchStoreException if the database refused the statement
     */
    public Optional<String> leaseHolder(WatchTarget target) {
        Objects.requireNonNull(target, "target");
        return Optional.ofNullable(leases.holder(target.regionId(), target.productId()));
    }

    /**
     * @param target the target, not null
     * @return the state committed by any instance of the fleet, or empty if none was
     * @throws JdbcWatchStoreException if the database refused the statement
     * @throws java.io.UncheckedIOException if the stored state cannot be read (the message names the row)
     */
    @Override
    public Optional<TargetState> load(WatchTarget target) {
        Objects.requireNonNull(target, "target");
        String json = states.load(target.regionId(), target.productId());
        return json == null ? Optional.<TargetState>empty()
                : Optional.of(WatchCodec.stateFromJson(json, where(target)));
    }

    /**
     * Replaces the state and queues the notifications in one transaction, if this instance still holds
     * the target's lease.
     *
     * @param state the new state, not null
     * @param produced the notifications, in production order, not null, no null element
     * @throws LeaseLostException if another instance took the target over (nothing is written)
     * @throws JdbcWatchStoreException if the database refused a statement (nothing is written)
     * @throws IllegalStateException if the store is closed
     */
    @Override
    public void commit(TargetState state, List<HealthNotification> produced) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(produced, "produced");
        requireOpen();
        List<JdbcStateOutbox.Entry> entries = new ArrayList<>(produced.size());
        for (HealthNotification n : produced) {
            Objects.requireNonNull(n, "produced element");
            if (!n.stateTarget().equals(state.target())) {
                throw new IllegalArgumentException("produced notification " + n.id() + " is of target "
                        + n.stateTarget() + ", not of the committed state's target " + state.target());
            }
            entries.add(new JdbcStateOutbox.Entry(n.id(), WatchCodec.notificationToJson(n)));
        }
        WatchTarget t = state.target();
        states.commit(t.regionId(), t.productId(), WatchCodec.stateToJson(state), entries);
    }

    /**
     * Commits each target in its own transaction, as {@link #commit} does, and goes on past a target that
     * fails (another instance may have taken just that one over), so one lost lease does not hold back the
     * others' announcements. Then throws the first failure, the others {@linkplain Throwable#getSuppressed()
     * suppressed} in it; the watcher {@linkplain #load loads} the targets to learn which states were kept.
     *
     * @param states the new states of distinct targets, not null, no null element
     * @param produced the notifications of all these states, in production order, not null
     * @throws LeaseLostException or {@link JdbcWatchStoreException} for the first target that failed
     * @throws IllegalStateException if the store is closed
     */
    @Override
    public void commitAll(Collection<TargetState> states, List<HealthNotification> produced) {
        Map<WatchTarget, List<HealthNotification>> byTarget = Outbox.byTarget(states, produced);
        requireOpen();
        RuntimeException first = null;
        for (TargetState state : states) {
            try {
                commit(state, byTarget.get(state.target()));
            } catch (JdbcWatchStoreException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * @return the undelivered notifications this instance should deliver, in production order per target:
     *     the ones it produced, and those of targets it holds that are older than one lease duration
     * @throws JdbcWatchStoreException if the database refused the statement
     */
    @Override
    public List<HealthNotification> pending() {
        List<HealthNotification> out = new ArrayList<>();
        for (JdbcStateOutbox.Entry e : states.pending()) {
            out.add(WatchCodec.notificationFromJson(e.payload(), tablePrefix + "outbox notification " + e.id()));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Deletes the notifications from the outbox, durably, before returning. Works after {@link #close()}
     * too, so a watcher closing after its store still records what it delivered.
     *
     * @param notificationIds the ids, not null, no null element; unknown ids are ignored
     * @throws JdbcWatchStoreException if the database refused the statement
     */
    @Override
    public void markDelivered(Collection<String> notificationIds) {
        for (String id : Objects.requireNonNull(notificationIds, "notificationIds")) {
            Objects.requireNonNull(id, "notificationIds element");
        }
        states.markDelivered(notificationIds);
    }

    /**
     * Releases every lease this instance holds, so other instances take its targets over at their next
     * due poll instead of after the lease duration. Idempotent; does not close the {@link DataSource}.
     *
     * @throws JdbcWatchStoreException if the database refused the statement (the leases then expire by
     *     themselves after the lease duration)
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            leases.releaseAll();
        }
    }

    @Override
    public String toString() {
        return "JdbcWatchStateStore{instanceId=" + instanceId + ", lease=" + leaseDuration + ", tables="
                + tablePrefix + "*" + (closed.get() ? ", closed" : "") + "}";
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("JdbcWatchStateStore of instance " + instanceId + " is closed");
        }
    }

    private String where(WatchTarget target) {
        return "table " + tablePrefix + "target, row " + target.regionId() + "/" + target.productId();
    }

    /** Builds a {@link JdbcWatchStateStore}. Not thread-safe; use from one thread. */
    public static final class Builder {

        private final DataSource dataSource;
        private String instanceId;
        private Duration leaseDuration = DEFAULT_LEASE_DURATION;
        private String tablePrefix = DEFAULT_TABLE_PREFIX;
        private boolean createTablesIfMissing;

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * Required. The name of this instance in the fleet, stable across its restarts (a host name, a pod
         * name of a StatefulSet): a restart with the same id delivers its own undelivered notifications at
         * once and keeps its leases. Two live instances must never share an id.
         *
         * @param instanceId 1 to 200 characters, not blank
         * @return this builder
         */
        public Builder instanceId(String instanceId) {
            Objects.requireNonNull(instanceId, "instanceId");
            if (instanceId.trim().isEmpty() || instanceId.length() > 200) {
                throw new IllegalArgumentException("instanceId must be 1 to 200 characters and not blank, got \""
                        + instanceId + "\"");
            }
            this.instanceId = instanceId;
            return this;
        }

        /**
         * How long a claim holds a target, by the database clock; also how long a dead instance's targets and
         * undelivered notifications wait before another instance takes them over. Longer than a poll takes;
         * may be longer than the interval. Default {@link #DEFAULT_LEASE_DURATION 30 s}.
         *
         * @param leaseDuration at least 100 ms
         * @return this builder
         */
        public Builder leaseDuration(Duration leaseDuration) {
            Objects.requireNonNull(leaseDuration, "leaseDuration");
            if (leaseDuration.compareTo(MIN_LEASE) < 0) {
                throw new IllegalArgumentException("leaseDuration must be at least 100 ms, got " + leaseDuration);
            }
            this.leaseDuration = leaseDuration;
            return this;
        }

        /**
         * The prefix of the table names, so that several fleets (or several applications) can share one
         * database. The tables live in the connection's default schema (set it on the {@code DataSource},
         * for instance PostgreSQL's {@code currentSchema}). Default {@value #DEFAULT_TABLE_PREFIX}.
         *
         * @param tablePrefix letters, digits and underscores, not starting with a digit, at most 30 characters
         * @return this builder
         */
        public Builder tablePrefix(String tablePrefix) {
            Objects.requireNonNull(tablePrefix, "tablePrefix");
            if (!PREFIX.matcher(tablePrefix).matches()) {
                throw new IllegalArgumentException("tablePrefix must be letters, digits and underscores, not"
                        + " starting with a digit, at most 30 characters; got \""
                        + tablePrefix + "\"");
            }
            this.tablePrefix = tablePrefix;
            return this;
        }

        /**
         * Whether {@link #build()} may create the tables when they are missing, and upgrade them when they
         * are of an older schema version. Default false: then a missing table is an error naming it.
         *
         * @param create whether to create or upgrade
         * @return this builder
         */
        public Builder createTablesIfMissing(boolean create) {
            this.createTablesIfMissing = create;
            return this;
        }

        /**
         * Connects once to detect the database and check (or create) the schema.
         *
         * @return the store
         * @throws NullPointerException if no {@link #instanceId} was given
         * @throws IllegalArgumentException if the database is not PostgreSQL, MySQL or MariaDB
         * @throws JdbcWatchStoreException if the database cannot be reached, a table is missing (and
         *     {@code createTablesIfMissing} is false), or the schema is newer than this library
         */
        public JdbcWatchStateStore build() {
            if (instanceId == null) {
                throw new NullPointerException("instanceId is required: a name of this instance that stays the"
                        + " same across its restarts, such as the host name");
            }
            SqlDialect dialect;
            try (Connection c = dataSource.getConnection()) {
                dialect = SqlDialect.forProductName(c.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw JdbcWatchStoreException.of("connect", null, e);
            }
            new WatchSchema(dialect, tablePrefix).ensure(dataSource, createTablesIfMissing);
            return new JdbcWatchStateStore(this, dialect);
        }
    }
}
