package dev.slakit.sla;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The lead time of a partner support plan: "Customer shall apply for the service at least 10 working days in
 * advance" (partner statement of work, section 3). The document does not say whose working days: the partner plan
 * is for International-site partners, so pass the calendar your contract uses; the default is the China mainland
 * calendar.
 *
 * <p>Thread-safe (stateless).
 */
public final class PartnerApplication {

    /** The working days between application and service start. */
    public static final int LEAD_WORKING_DAYS = 10;

    private PartnerApplication() {
    }

    /**
     * The earliest service start on the China mainland calendar.
     *
     * @param applied the date of the application, not null
     * @return the earliest start date, flagged as an estimate outside the calendar data
     * @see #earliestServiceStart(LocalDate, WorkingCalendar)
     */
    public static EstimatedDate earliestServiceStart(LocalDate applied) {
        return earliestServiceStart(applied, WorkingCalendar.chinaMainland());
    }

    /**
     * The earliest service start: the 10th working day after the application date (the application date itself is
     * not counted), so that at least 10 working days lie between application and start.
     *
     * @param applied the date of the application, not null
     * @param calendar the working calendar, not null
     * @return the earliest start date, flagged as an estimate outside the calendar data
     */
    public static EstimatedDate earliestServiceStart(LocalDate applied, WorkingCalendar calendar) {
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(calendar, "calendar");
        return calendar.plusWorkingDays(applied, LEAD_WORKING_DAYS);
    }
}
