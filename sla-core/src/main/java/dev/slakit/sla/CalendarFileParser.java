package dev.slakit.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Reads the slakit line format ({@link CalendarFormat#SLAKIT}; grammar in the javadoc of {@link WorkingCalendar})
 * into a {@link CalendarSource}. Stateless.
 */
final class CalendarFileParser {

    private static final String KEYS = "zone, hours, year, holiday, workday, notice, document, published, url";

    private CalendarFileParser() {
    }

    /**
     * Parses a whole file. Does not close the reader.
     *
     * @param reader the text, not null
     * @param origin where the text came from, for messages, not null
     * @return the parsed and validated content
     * @throws IllegalArgumentException on a malformed line (naming its number) or a date outside the declared years
     * @throws UncheckedIOException if reading fails
     */
    static CalendarSource parse(Reader reader, String origin) {
        BufferedReader r = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        CalendarSource source = new CalendarSource(origin);
        int lineNo = 0;
        try {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String content = content(line, ++lineNo);
                if (content.isEmpty()) {
                    continue;
                }
                try {
                    parseLine(source, content);
                } catch (DateTimeException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(origin + " line " + lineNo + " '" + line.trim()
                            + "': " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(origin + ": " + e.getMessage(), e);
        }
        source.validate();
        return source;
    }

    /**
     * The content of a line of a line-based file: without a {@code #} comment, a byte order mark on line 1, and
     * surrounding white space; empty for a blank or comment line.
     */
    static String content(String line, int lineNo) {
        int hash = line.indexOf('#');
        String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
        return lineNo == 1 && content.startsWith("\uFEFF") ? content.substring(1).trim() : content;
    }

    private static void parseLine(CalendarSource source, String content) {
        int colon = content.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected 'key: value' with key " + KEYS);
        }
        String key = content.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = content.substring(colon + 1).trim();
        if (key.equals("zone")) {
            source.zone = ZoneId.of(value);
        } else if (key.equals("year")) {
            source.years.add(Integer.valueOf(parseYear(value)));
        } else if (key.equals("holiday") || key.equals("workday")) {
            LocalDate[] range = parseDates(value);
            if (range[1].isBefore(range[0])) {
                throw new IllegalArgumentException("date range reversed: " + range[0] + ".." + range[1]);
            }
            for (LocalDate d = range[0]; !d.isAfter(range[1]); d = d.plusDays(1)) {
                source.day(d, key.equals("holiday"));
            }
        } else if (key.equals("hours")) {
            parseHours(source, value);
        } else if (key.equals("notice")) {
            source.publications.add(new CalendarPublication(requireText(key, value), null, null, null));
        } else if (key.equals("document") || key.equals("published") || key.equals("url")) {
            if (source.publications.isEmpty()) {
                throw new IllegalArgumentException("'" + key + "' must follow a 'notice:' line");
            }
            int last = source.publications.size() - 1;
            CalendarPublication p = source.publications.get(last);
            String text = requireText(key, value);
            source.publications.set(last, key.equals("document") ? p.withDocument(text)
                    : key.equals("published") ? p.withPublished(LocalDate.parse(text)) : p.withUrl(text));
        } else {
            throw new IllegalArgumentException("unknown key '" + key + "'; accepted: " + KEYS);
        }
    }

    private static int parseYear(String value) {
        try {
            int year = Integer.parseInt(value);
            if (year < 1900 || year > 9999) {
                throw new IllegalArgumentException("year must be between 1900 and 9999, was " + year);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("year must be a number such as 2027, was '" + value + "'");
        }
    }

    private static String requireText(String key, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' needs a value");
        }
        return value;
    }

    private static LocalDate[] parseDates(String value) {
        int dots = value.indexOf("..");
        if (dots < 0) {
            LocalDate d = LocalDate.parse(value);
            return new LocalDate[] {d, d};
        }
        return new LocalDate[] {LocalDate.parse(value.substring(0, dots).trim()),
            LocalDate.parse(value.substring(dots + 2).trim())};
    }

    private static void parseHours(CalendarSource source, String value) {
        int space = value.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("expected 'DAY[..DAY] HH:MM-HH:MM[, HH:MM-HH:MM]'");
        }
        String days = value.substring(0, space).trim().toUpperCase(Locale.ROOT);
        int dots = days.indexOf("..");
        DayOfWeek first = DayOfWeek.valueOf(dots < 0 ? days : days.substring(0, dots));
        DayOfWeek last = dots < 0 ? first : DayOfWeek.valueOf(days.substring(dots + 2));
        for (String range : value.substring(space + 1).split(",")) {
            String[] ends = range.trim().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("expected HH:MM-HH:MM, was '" + range.trim() + "'");
            }
            LocalTime start = LocalTime.parse(ends[0].trim());
            String endText = ends[1].trim();
            LocalTime end = endText.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(endText);
            if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
                throw new IllegalArgumentException("working interval must have start < end, was " + start + "-"
                        + end + " (use 24:00 for the end of the day)");
            }
            for (int d = first.getValue(); ; d = d % 7 + 1) {
                source.hours.add(new Object[] {DayOfWeek.of(d), start, end});
                if (d == last.getValue()) {
                    break;
                }
            }
        }
    }
}
