-- slakit JdbcWatchStateStore, schema version 1, PostgreSQL 9.5 or later.
-- ${prefix} is the store's table prefix (default "slakit_watch_"). Times are epoch milliseconds of the
-- DATABASE clock, so no column depends on a session time zone.
-- One statement per ";" at the end of a line; no ";" inside a statement.

CREATE TABLE IF NOT EXISTS ${prefix}schema_version (
    version     INTEGER      NOT NULL PRIMARY KEY,
    script      VARCHAR(200) NOT NULL,
    applied_ms  BIGINT       NOT NULL
);

-- One row per watched (region, product): its lease, when it was last claimed for a poll, and its state.
CREATE TABLE IF NOT EXISTS ${prefix}target (
    region_id       VARCHAR(100) NOT NULL,
    product_id      VARCHAR(100) NOT NULL,
    lease_owner     VARCHAR(200),
    lease_until_ms  BIGINT,
    polled_ms       BIGINT,
    state_version   BIGINT       NOT NULL,
    state_json      TEXT,
    PRIMARY KEY (region_id, product_id)
);

-- Notifications committed with the state that produced them and not yet delivered (the outbox).
-- A row is deleted once delivered.
CREATE TABLE IF NOT EXISTS ${prefix}outbox (
    region_id        VARCHAR(100) NOT NULL,
    product_id       VARCHAR(100) NOT NULL,
    state_version    BIGINT       NOT NULL,
    seq_no           INTEGER      NOT NULL,
    notification_id  VARCHAR(200) NOT NULL,
    producer         VARCHAR(200) NOT NULL,
    created_ms       BIGINT       NOT NULL,
    payload_json     TEXT         NOT NULL,
    PRIMARY KEY (region_id, product_id, state_version, seq_no)
);

CREATE INDEX IF NOT EXISTS ${prefix}outbox_id ON ${prefix}outbox (notification_id);

CREATE INDEX IF NOT EXISTS ${prefix}outbox_producer ON ${prefix}outbox (producer);
