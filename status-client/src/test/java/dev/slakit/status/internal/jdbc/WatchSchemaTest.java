package dev.slakit.status.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.watch.JdbcWatchStoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Creating, checking and refusing the schema on a real PostgreSQL. */
class WatchSchemaTest {

    private final DataSource ds = TestPostgres.dataSource();
    private final String prefix = TestPostgres.freshPrefix();
    private final WatchSchema schema = new WatchSchema(SqlDialect.POSTGRESQL, prefix);

    @Test
    void withoutPermissionAMissingSchemaIsAnErrorNamingTheTableAndTheScript() {
        assertThatThrownBy(() -> schema.ensure(ds, false))
                .isInstanceOf(JdbcWatchStoreException.class)
                .hasMessageContaining("table " + prefix + "schema_version does not exist")
                .hasMessageContaining("run dev/slakit/status/watch/jdbc/postgresql/V1__watch_store.sql")
                .hasMessageContaining("createTablesIfMissing(true)");
        assertThat(count("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE '" + prefix + "%'"))
                .as("nothing created").isZero();
    }

    @Test
    void createsTheTablesAndRecordsTheVersionOnce() {
        schema.ensure(ds, true);
        schema.ensure(ds, true);
        schema.ensure(ds, false);
        assertThat(count("SELECT COUNT(*) FROM " + prefix + "schema_version")).isEqualTo(1);
        assertThat(count("SELECT MAX(version) FROM " + prefix + "schema_version"))
                .isEqualTo(WatchSchema.CURRENT_VERSION);
        for (String table : schema.tables()) {
            assertThat(count("SELECT COUNT(*) FROM " + table)).as(table).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aDroppedTableIsNamedEvenWhenTheVersionSaysCurrent() {
        schema.ensure(ds, true);
        exec("DROP TABLE " + prefix + "outbox");
        assertThatThrownBy(() -> schema.ensure(ds, false))
                .isInstanceOf(JdbcWatchStoreException.class)
                .hasMessageContaining("table " + prefix + "outbox does not exist")
                .satisfies(e -> assertThat(((JdbcWatchStoreException) e).table()).isEqualTo(prefix + "outbox"));
    }

    @Test
    void aNewerSchemaIsRefusedEvenWithPermissionToCreate() {
        schema.ensure(ds, true);
        exec("INSERT INTO " + prefix + "schema_version VALUES (99, 'V99__future.sql', 0)");
        assertThatThrownBy(() -> schema.ensure(ds, true))
                .isInstanceOf(JdbcWatchStoreException.class)
                .hasMessageContaining("schema version 99, newer than this library knows (1)");
    }

    @Test
    void instancesStartingTogetherCreateTheSchemaOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(() -> {
                    schema.ensure(ds, true);
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(starts)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM " + prefix + "schema_version")).isEqualTo(1);
    }

    @Test
    void scriptsSplitIntoStatementsWithThePrefix() {
        List<String> statements = WatchSchema.statements("-- comment\nCREATE TABLE ${prefix}a (\n  x INT\n);\n\n"
                + "CREATE INDEX ${prefix}i ON ${prefix}a (x);\n", "p_");
        assertThat(statements).containsExactly("CREATE TABLE p_a (\n  x INT\n)", "CREATE INDEX p_i ON p_a (x)");
        assertThatThrownBy(() -> WatchSchema.statements("CREATE TABLE x (y INT)", "p_"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without ';'");
    }

    @Test
    void bothDialectsShipEveryScript() {
        for (SqlDialect dialect : SqlDialect.values()) {
            WatchSchema s = new WatchSchema(dialect, "x_");
            for (int v = 1; v <= WatchSchema.CURRENT_VERSION; v++) {
                List<String> statements = WatchSchema.statements(WatchSchema.read(s.scriptPath(v)), "x_");
                assertThat(statements).as(dialect + " V" + v).isNotEmpty()
                        .allSatisfy(sql -> assertThat(sql).doesNotContain("${prefix}"));
                assertThat(String.join("\n", statements)).contains("x_schema_version", "x_target", "x_outbox");
            }
        }
    }

    @Test
    void dialectsAreDetectedFromTheProductName() {
        assertThat(SqlDialect.forProductName("PostgreSQL")).isEqualTo(SqlDialect.POSTGRESQL);
        assertThat(SqlDialect.forProductName("MySQL")).isEqualTo(SqlDialect.MYSQL);
        assertThat(SqlDialect.forProductName("MariaDB")).isEqualTo(SqlDialect.MYSQL);
        assertThatThrownBy(() -> SqlDialect.forProductName("H2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("supports PostgreSQL, MySQL and MariaDB").hasMessageContaining("\"H2\"");
    }

    private long count(String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void exec(String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
