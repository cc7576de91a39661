package dev.slakit.sla;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Thrown when an answer would depend on dates the working calendar has no holiday data for and the caller cannot
 * receive an estimate: a calendar in {@link EstimatePolicy#REFUSE} mode, or a method returning a bare value (such as
 * {@link ResponseSla#dueAt(java.time.Instant)} or {@link WorkingCalendar#isWorkingDay(java.time.LocalDate)}) whose
 * answer would be a guess. The message names the uncovered years, the covered years, and how to add data.
 */
public class UncoveredDateException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The uncovered years, ascending. */
    private final TreeSet<Integer> years;

    /**
     * Creates the exception.
     *
     * @param message the message, naming the years and how to add data, not null
     * @param years the uncovered years, not null
     */
    public UncoveredDateException(String message, SortedSet<Integer> years) {
        super(message);
        this.years = new TreeSet<Integer>(years);
    }

    /** @return the years without holiday data the answer would have depended on, ascending, unmodifiable */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(years);
    }

    static String howToAdd() {
        return "add the year's holidays and make-up working days (calendar.toBuilder().load(file).build(), or a newer "
                + "calendar data resource on the classpath) and pass the calendar to SlaCatalog.withCalendar(...)";
    }
}
