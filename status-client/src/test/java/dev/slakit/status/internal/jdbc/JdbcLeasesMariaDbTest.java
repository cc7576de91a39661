package dev.slakit.status.internal.jdbc;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** {@link JdbcLeasesTest} on MariaDB or MySQL, when {@code -Dslakit.test.mariadb.url} names a server. */
@EnabledIfSystemProperty(named = TestDatabase.MARIADB_URL, matches = ".+")
class JdbcLeasesMariaDbTest extends JdbcLeasesTest {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
