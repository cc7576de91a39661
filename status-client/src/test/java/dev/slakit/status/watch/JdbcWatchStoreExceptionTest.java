package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The store's own text stays readable; the driver's message is redacted. */
class JdbcWatchStoreExceptionTest {

    @Test
    void aTablePrefixWithDigitsIsNotMaskedButADriverSecretIs() {
        JdbcWatchStoreException own = new JdbcWatchStoreException("check schema", "tw5wvs_25_schema_version",
                "table tw5wvs_25_schema_version does not exist", null);
        assertThat(own.getMessage()).isEqualTo("table tw5wvs_25_schema_version does not exist");

        JdbcWatchStoreException driver = JdbcWatchStoreException.of("commit", "app2026_watch_target",
                new SQLException("connection refused for user app password=hunter2xyz\nsecond line", "08001", 7));
        assertThat(driver.getMessage()).isEqualTo("JdbcWatchStateStore commit on table app2026_watch_target failed"
                + " (SQLState 08001, vendor code 7): connection refused for user app password=****");
        assertThat(driver.sqlState()).isEqualTo("08001");
        assertThat(driver.table()).isEqualTo("app2026_watch_target");
        assertThat(driver.operation()).isEqualTo("commit");
    }
}
