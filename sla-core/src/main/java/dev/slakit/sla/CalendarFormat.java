package dev.slakit.sla;

/**
 * The file formats {@link WorkingCalendar.Builder#load(CalendarFormat, java.io.Reader)} reads.
 *
 * <p>Both formats carry the holidays and make-up working days (调休) of whole years; loading a file that declares
 * a year replaces everything the builder held for that year.
 */
public enum CalendarFormat {

    /**
     * The slakit line format (UTF-8 text, {@code key: value} per line), described in {@link WorkingCalendar}.
     * Conventional file extension {@code .calendar}.
     */
    SLAKIT,

    /**
     * The JSON of the {@code holiday-cn} project (one file per year, MIT licensed):
     * <pre>
     * {"year": 2026,
     *  "papers": ["https://www.gov.cn/..."],
     *  "days": [{"name": "元旦", "date": "2026-01-01", "isOffDay": true}, ...]}
     * </pre>
     * {@code year} declares the covered year; each day with {@code "isOffDay": true} is a holiday, with
     * {@code false} a make-up working day; {@code papers} become the publication URLs; other members are ignored.
     * The files carry no publication date, so on the classpath they rank below any slakit file with a
     * {@code published:} date for the same year. Conventional file extension {@code .json}.
     */
    HOLIDAY_CN
}
