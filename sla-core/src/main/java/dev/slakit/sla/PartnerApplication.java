package dev.slakit.sla;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The lead time of a partner support plan: "Customer shall apply for the service at least 10 working days in
 * advance" (partner statement of work, section 3). The document does not say whose working days: the partner plan
 * is for International-site partners, so pass the calendar your contract uses (or use
 * {@link SlaCatalog#earliestServiceStart(LocalDate)} on a catalog given one with
 * {@link SlaCatalog#withCalendar(WorkingCalendar)}); the default is the China mainland calendar.
 *
 * <p>"10 working days in advance" is counted the way "10 working days before" is: the service can start on the 10th
 * working day after the application date. The application date itself is not counted, the start date is: the
 * working days in {@code (applied, start]} number exactly 10, so 9 whole working days lie strictly between the two
 * dates. (Applying on Monday 2026-03-02, the service can start on Monday 2026-03-16.)
 *
 * <p>Thread-safe (stateless).
 */
public final class PartnerApplication {

    /** The working days of lead time: the start is this many working days after the application date. */
    public static final int LEAD_WORKING_DAYS = 10;

    private PartnerApplication() {
    }

    /**
     * The earliest service start on the China mainland calendar.
     *
     * @param applied the date of the application, not null
     * @return the start of the earliest start date in Asia/Shanghai, flagged as an estimate outside the calendar data
     * @see #earliestServiceStart(LocalDate, WorkingCalendar)
     */
    public static Deadline earliestServiceStart(LocalDate applied) {
        return earliestServiceStart(applied, WorkingCalendar.chinaMainland());
    }

    /**
     * The earliest service start: the 10th working day after the application date (the application date is not
     * counted, the start date is).
     *
     * @param applied the date of the application, not null, in years 1 to 9999
     * @param calendar the working calendar, not null
     * @return the start of the earliest start date in the calendar's zone ({@link Deadline#date()} gives the date),
     *     flagged as an estimate outside the calendar data, not null
     * @throws UncoveredDateException if the calendar refuses estimates and one is needed
     */
    public static Deadline earliestServiceStart(LocalDate applied, WorkingCalendar calendar) {
        Limits.date(applied, "applied");
        Objects.requireNonNull(calendar, "calendar");
        return calendar.plusWorkingDays(applied, LEAD_WORKING_DAYS);
    }
}
