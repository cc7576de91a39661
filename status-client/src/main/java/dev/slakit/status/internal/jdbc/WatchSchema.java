package dev.slakit.status.internal.jdbc;

import dev.slakit.status.watch.JdbcWatchStoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * The JDBC watch store's schema: checks that its tables exist at the version this library knows, and
 * creates or upgrades them from the shipped scripts when asked to. Scripts live under
 * {@value #RESOURCE_FOLDER}{@code <dialect>/V<n>__<name>.sql}; each applied script is a row of
 * {@code <prefix>schema_version}.
 */
public final class WatchSchema {

    /** The classpath folder of the schema scripts, one sub-folder per dialect. */
    public static final String RESOURCE_FOLDER = "dev/slakit/status/watch/jdbc/";
    /** The schema version this library reads and writes. */
    public static final int CURRENT_VERSION = 1;
    private static final String[] SCRIPTS = {"V1__watch_store.sql"};

    private final SqlDialect dialect;
    private final String prefix;

    /**
     * @param dialect the database's dialect
     * @param prefix the table prefix, already validated
     */
    public WatchSchema(SqlDialect dialect, String prefix) {
        this.dialect = dialect;
        this.prefix = prefix;
    }

    /** @return the names of the tables, schema version table first */
    public List<String> tables() {
        List<String> tables = new ArrayList<>();
        tables.add(prefix + "schema_version");
        tables.add(prefix + "target");
        tables.add(prefix + "outbox");
        return Collections.unmodifiableList(tables);
    }

    /**
     * Makes sure the schema is at {@link #CURRENT_VERSION}.
     *
     * @param dataSource where the tables are
     * @param createOrUpgrade whether missing tables may be created and older versions upgraded
     * @throws JdbcWatchStoreException naming the missing table or the scripts to run, when
     *     {@code createOrUpgrade} is false and the schema is not current, or when the database is of a newer
     *     schema version than this library knows
     */
    public void ensure(DataSource dataSource, boolean createOrUpgrade) {
        try (Connection c = Connections.autoCommit(dataSource)) {
            int version = version(c);
            if (version > CURRENT_VERSION) {
                throw new JdbcWatchStoreException("check schema", prefix + "schema_version", "the watch tables"
                        + " are at schema version " + version + ", newer than this library knows ("
                        + CURRENT_VERSION + "); upgrade slakit on every instance of the fleet", null);
            }
            if (version == CURRENT_VERSION) {
                requireTables(c);
                return;
            }
            if (!createOrUpgrade) {
                String missing = version == 0 ? firstMissingTable(c) : null;
                throw new JdbcWatchStoreException("check schema", missing, (missing != null
                        ? "table " + missing + " does not exist"
                        : "the watch tables are at schema version " + version + ", this library needs "
                                + CURRENT_VERSION) + "; run " + pendingScripts(version)
                        + " from the status-client jar, or build the store with createTablesIfMissing(true)",
                        null);
            }
            for (int v = version + 1; v <= CURRENT_VERSION; v++) {
                // One transaction per script where the database has transactional DDL (PostgreSQL).
                c.setAutoCommit(false);
                try {
                    apply(c, v);
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    // Another instance applied the same script at the same moment: fine if it is recorded.
                    if (!String.valueOf(e.getSQLState()).startsWith("23") || version(c) < v) {
                        throw e;
                    }
                } catch (RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
            requireTables(c);
        } catch (SQLException e) {
            throw JdbcWatchStoreException.of("check schema", null, e);
        }
    }

    private String pendingScripts(int fromVersion) {
        StringBuilder sb = new StringBuilder();
        for (int v = fromVersion + 1; v <= CURRENT_VERSION; v++) {
            sb.append(sb.length() == 0 ? "" : ", ").append(scriptPath(v));
        }
        return sb.toString();
    }

    /** @return the classpath resource of script version {@code v} for this dialect */
    public String scriptPath(int v) {
        return RESOURCE_FOLDER + dialect.folder() + "/" + SCRIPTS[v - 1];
    }

    private int version(Connection c) throws SQLException {
        String table = prefix + "schema_version";
        if (!exists(c, table)) {
            return 0;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void requireTables(Connection c) throws SQLException {
        String missing = firstMissingTable(c);
        if (missing != null) {
            throw new JdbcWatchStoreException("check schema", missing, "table " + missing + " does not exist"
                    + " although " + prefix + "schema_version says version " + CURRENT_VERSION
                    + "; restore it or run " + scriptPath(1) + " again", null);
        }
    }

    private String firstMissingTable(Connection c) throws SQLException {
        for (String table : tables()) {
            if (!exists(c, table)) {
                return table;
            }
        }
        return null;
    }

    /** Asks the table itself rather than the metadata, which differs in case rules between databases. */
    private static boolean exists(Connection c, String table) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            String state = String.valueOf(e.getSQLState());
            if (state.equals("42P01") || state.equals("42S02")) {
                if (!autoCommit) {
                    c.rollback();
                }
                return false;
            }
            throw e;
        }
    }

    private void apply(Connection c, int v) throws SQLException {
        String path = scriptPath(v);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(read(path), prefix)) {
                s.execute(sql);
            }
        }
        String sql = "INSERT INTO " + prefix + "schema_version (version, script, applied_ms) VALUES (?, ?, "
                + dialect.nowMillis() + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, v);
            ps.setString(2, SCRIPTS[v - 1]);
            ps.executeUpdate();
        }
    }

    /**
     * Splits a script into statements: comment lines dropped, one statement per {@code ;} at a line end,
     * {@code ${prefix}} replaced.
     *
     * @param script the script text
     * @param prefix the table prefix
     * @return the statements, in order
     */
    public static List<String> statements(String script, String prefix) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\r?\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().trim();
                out.add(sql.substring(0, sql.length() - 1).replace("${prefix}", prefix));
                current.setLength(0);
            }
        }
        if (current.toString().trim().length() > 0) {
            throw new IllegalStateException("schema script ends without ';': " + current);
        }
        return out;
    }

    static String read(String path) {
        InputStream in = WatchSchema.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("schema script " + path + " is missing from the classpath");
        }
        try (InputStream stream = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = stream.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema script " + path, e);
        }
    }
}
