package dev.slakit.status.watch;

/**
 * A {@link JdbcWatchStateStore} refused to commit the state of a target because this instance no longer
 * holds its lease: the lease expired (a poll took longer than the lease duration, or the instance stalled)
 * and another instance claimed the target. Nothing was written, so the new holder's state and outbox stay as
 * they are; the watcher counts the poll as failed and announces nothing, and the new holder announces the
 * same changes from its own poll. Unchecked and immutable.
 */
public final class LeaseLostException extends JdbcWatchStoreException {

    private static final long serialVersionUID = 1L;

    private final String holder;

    /**
     * @param table the target table
     * @param message what happened, naming the target
     * @param holderOrNull the instance that holds the lease now, or null if none does
     */
    public LeaseLostException(String table, String message, String holderOrNull) {
        super("commit", table, message, null);
        this.holder = holderOrNull;
    }

    /** @return the instance id that holds the lease now, or null if none does */
    public String holder() {
        return holder;
    }
}
