package dev.slakit.status.internal.jdbc;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** {@link JdbcStateOutboxTest} on MariaDB or MySQL, when {@code -Dslakit.test.mariadb.url} names a server. */
@EnabledIfSystemProperty(named = TestDatabase.MARIADB_URL, matches = ".+")
class JdbcStateOutboxMariaDbTest extends JdbcStateOutboxTest {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
