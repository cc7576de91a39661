package dev.slakit.status;

/**
 * The current state severity of a health event ({@code CurrentStateSeverity} on the wire).
 *
 * <p>{@link #ALARM} reads as an incident, {@link #NOTIFICATION} as scheduled maintenance or a notice,
 * {@link #NORMAL} as back to normal. A value the service sends that this version does not know becomes
 * {@link #UNKNOWN}; {@link HealthEvent#rawSeverity()} keeps the text.
 */
public enum EventSeverity {
    /** An incident: the product is failing or degraded. */
    ALARM,
    /** Scheduled maintenance or a notice. */
    NOTIFICATION,
    /** The product runs normally. */
    NORMAL,
    /** A value this version of slakit does not know; see {@link HealthEvent#rawSeverity()}. */
    UNKNOWN;

    /**
     * Maps the wire text to a severity, ignoring case and surrounding white space.
     *
     * @param text the wire value, may be null
     * @return the severity, {@link #UNKNOWN} for null or an unknown value
     */
    public static EventSeverity fromWire(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "ALARM":
                return ALARM;
            case "NOTIFICATION":
                return NOTIFICATION;
            case "NORMAL":
                return NORMAL;
            default:
                return UNKNOWN;
        }
    }
}
