package dev.slakit.testing;

/**
 * How {@link FakeStatusServer} spells the start-time field of an event in a ListEvents reply.
 */
public enum StartTimeSpelling {
    /** {@code SartTime}: the spelling of the service and of the official SDK (the default). */
    SART_TIME("SartTime"),
    /** {@code StartTime}: the corrected spelling, which clients should accept too. */
    START_TIME("StartTime");

    private final String fieldName;

    StartTimeSpelling(String fieldName) {
        this.fieldName = fieldName;
    }

    /** @return the JSON field name, {@code SartTime} or {@code StartTime} */
    public String fieldName() {
        return fieldName;
    }
}
