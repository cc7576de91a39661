package dev.slakit.status.watch;

import dev.slakit.status.StatusException;
import dev.slakit.status.internal.Redaction;
import java.sql.SQLException;

/**
 * A {@link JdbcWatchStateStore} could not read or write its tables: the database refused a statement, a
 * table is missing, or the schema is of another version. The message names the operation and the table;
 * the cause is the driver's {@link SQLException} when there is one. Never carries a password or a JDBC URL
 * (the store never sees either: it only holds a {@code DataSource}). The store's own text (operation, table
 * names, scripts) is kept as written, so a table prefix with digits stays readable; only the driver's message
 * is redacted of secret-like material.
 *
 * <p>Unchecked. Immutable once thrown, as exceptions go.
 */
public class JdbcWatchStoreException extends StatusException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String table;
    /** The message as written: this class's own text, with the driver's part already redacted. */
    private final String message;

    /**
     * @param operation what the store was doing, such as {@code "commit"}; not null
     * @param table the table involved, or null when none is in particular
     * @param message what went wrong
     * @param cause the cause, may be null
     */
    public JdbcWatchStoreException(String operation, String table, String message, Throwable cause) {
        super(message, cause, null, 0, 0);
        this.operation = operation;
        this.table = table;
        this.message = message;
    }

    /** @return the message: the store's own text as written, the driver's part redacted */
    @Override
    public String getMessage() {
        return message;
    }

    /**
     * Wraps an {@link SQLException}, naming the operation and table and keeping the SQLState and vendor code.
     *
     * @param operation what the store was doing, such as {@code "commit"}; not null
     * @param table the table involved, or null when none is in particular
     * @param cause the driver's exception, not null
     * @return the exception to throw
     */
    public static JdbcWatchStoreException of(String operation, String table, SQLException cause) {
        String driverMessage = String.valueOf(cause.getMessage());
        int newline = driverMessage.indexOf('\n');
        if (newline >= 0) {
            driverMessage = driverMessage.substring(0, newline);
        }
        return new JdbcWatchStoreException(operation, table, "JdbcWatchStateStore " + operation
                + (table == null ? "" : " on table " + table) + " failed (SQLState " + cause.getSQLState()
                + ", vendor code " + cause.getErrorCode() + "): " + Redaction.redact(driverMessage), cause);
    }

    /** @return what the store was doing when it failed, such as {@code "claim"}, {@code "commit"} */
    public String operation() {
        return operation;
    }

    /** @return the table involved, or null when none is in particular */
    public String table() {
        return table;
    }

    /** @return the SQLState of the driver's exception, or null when the cause is not an {@link SQLException} */
    public String sqlState() {
        return getCause() instanceof SQLException ? ((SQLException) getCause()).getSQLState() : null;
    }
}
