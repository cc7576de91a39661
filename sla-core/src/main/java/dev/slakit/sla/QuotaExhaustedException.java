package dev.slakit.sla;

/**
 * Thrown when a ticket quota has no ticket left in its period. The message names the quota kind, the limit and the
 * period, and when the quota renews.
 */
public class QuotaExhaustedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, naming kind, limit and period
     */
    public QuotaExhaustedException(String message) {
        super(message);
    }
}
