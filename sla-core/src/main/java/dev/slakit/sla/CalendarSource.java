package dev.slakit.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The content of one calendar file, whatever its format: the years it declares complete, the state of each date
 * it names (holiday or make-up working day), the publications it was transcribed from, and optionally a zone and
 * weekly hours. Built by one reader on one thread, then only read.
 */
final class CalendarSource {

    /** Oldest publication first; a source without publications is oldest. */
    static final Comparator<CalendarSource> NEWEST_LAST = new Comparator<CalendarSource>() {
        @Override
        public int compare(CalendarSource a, CalendarSource b) {
            CalendarPublication pa = a.latestPublication();
            CalendarPublication pb = b.latestPublication();
            if (pa == null || pb == null) {
                return pa == null ? (pb == null ? 0 : -1) : 1;
            }
            return CalendarPublication.ORDER.compare(pa, pb);
        }
    };

    /** Where the data came from, for messages: a resource URL, a path, or a description. */
    final String origin;
    ZoneId zone;
    /** Weekly hours: day of week, start, end ({@link LocalTime#MIDNIGHT} as end means 24:00). */
    final List<Object[]> hours = new ArrayList<Object[]>();
    final SortedSet<Integer> years = new TreeSet<Integer>();
    /** true: holiday; false: make-up working day. */
    final SortedMap<LocalDate, Boolean> days = new TreeMap<LocalDate, Boolean>();
    final List<CalendarPublication> publications = new ArrayList<CalendarPublication>();

    CalendarSource(String origin) {
        this.origin = origin;
    }

    /**
     * Records the state of a date.
     *
     * @throws IllegalArgumentException if the file already gave the date the other state
     */
    void day(LocalDate date, boolean holiday) {
        Boolean before = days.put(date, holiday);
        if (before != null && before != holiday) {
            throw new IllegalArgumentException(date + " is listed both as a holiday and as a make-up working day");
        }
    }

    /** @return the newest publication, or null if the file names none */
    CalendarPublication latestPublication() {
        return publications.isEmpty() ? null : Collections.max(publications, CalendarPublication.ORDER);
    }

    /**
     * Whether a date belongs to the data of the given years: it lies in one of them, or in the December before
     * one (a notice for year Y may arrange the last days of Y-1, as the notices for 2019 and 2023 did).
     */
    static boolean belongsTo(LocalDate date, Set<Integer> years) {
        return years.contains(date.getYear()) || (date.getMonthValue() == 12 && years.contains(date.getYear() + 1));
    }

    /**
     * Checks that every date lies in (or in the December before) a year the file declares.
     *
     * @throws IllegalArgumentException naming the file and the first date that does not
     */
    void validate() {
        for (LocalDate d : days.keySet()) {
            if (!belongsTo(d, years)) {
                throw new IllegalArgumentException(origin + ": " + (days.get(d) ? "holiday " : "make-up working day ") + d
                        + " lies outside the years this file declares " + years
                        + " (accepted: a declared year, or the December before one); add 'year: " + d.getYear() + "'");
            }
        }
    }

    /** Applies the whole file: zone, hours, and the data of every year it declares. */
    void applyTo(WorkingCalendar.Builder builder) {
        if (zone != null) {
            builder.zone(zone);
        }
        for (Object[] h : hours) {
            builder.hours((DayOfWeek) h[0], (LocalTime) h[1], (LocalTime) h[2]);
        }
        applyYears(builder, years);
    }

    /**
     * Replaces the builder's data for the chosen years (which this file declares) by this file's: their previous
     * holidays and make-up days are removed, the years declared covered, and this file's dates belonging to them
     * (including the December before each) set.
     */
    void applyYears(WorkingCalendar.Builder builder, Set<Integer> chosen) {
        for (Integer y : chosen) {
            builder.replaceYear(y);
        }
        for (Map.Entry<LocalDate, Boolean> e : days.entrySet()) {
            if (belongsTo(e.getKey(), chosen)) {
                builder.day(e.getKey(), e.getValue());
            }
        }
    }

    @Override
    public String toString() {
        return origin + " years " + years + " " + publications;
    }
}
