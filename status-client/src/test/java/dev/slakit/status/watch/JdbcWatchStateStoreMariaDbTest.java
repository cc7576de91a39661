package dev.slakit.status.watch;

import dev.slakit.status.internal.jdbc.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** {@link JdbcWatchStateStoreTest} on MariaDB or MySQL, when {@code -Dslakit.test.mariadb.url} names a server. */
@EnabledIfSystemProperty(named = TestDatabase.MARIADB_URL, matches = ".+")
class JdbcWatchStateStoreMariaDbTest extends JdbcWatchStateStoreTest {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
