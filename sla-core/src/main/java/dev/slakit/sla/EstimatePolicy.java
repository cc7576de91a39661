package dev.slakit.sla;

/**
 * What a {@link WorkingCalendar} does when a computation needs a date outside its holiday data
 * ({@link WorkingCalendar#withEstimates(EstimatePolicy)}).
 */
public enum EstimatePolicy {
    /** Compute with the weekly hours only and flag the answer as an estimate (the default). */
    FLAG,
    /** Refuse: throw {@link UncoveredDateException} naming the uncovered year and how to add its data. */
    REFUSE
}
