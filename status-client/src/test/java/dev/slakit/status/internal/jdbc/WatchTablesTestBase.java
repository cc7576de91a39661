package dev.slakit.status.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/** The watch tables under a fresh prefix on a test database (PostgreSQL unless a subclass says otherwise). */
abstract class WatchTablesTestBase {

    final TestDatabase db = database();
    final DataSource ds = db.dataSource();
    final String prefix = TestPostgres.freshPrefix();

    /** @return the database to run on; a subclass runs the same tests on another */
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    @BeforeEach
    void schema() {
        new WatchSchema(db.dialect(), prefix).ensure(ds, true);
    }

    /** Runs one statement, as a test's way to move the database's state (times, leases). */
    void exec(String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
