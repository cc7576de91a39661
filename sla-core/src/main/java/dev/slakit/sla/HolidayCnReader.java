package dev.slakit.sla;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reads one year file of the {@code holiday-cn} project ({@link CalendarFormat#HOLIDAY_CN}) into a
 * {@link CalendarSource}. Stateless.
 */
final class HolidayCnReader {

    private HolidayCnReader() {
    }

    /**
     * Parses a whole file. Does not close the reader.
     *
     * @param reader the JSON text, not null
     * @param origin where the text came from, for messages, not null
     * @return the parsed and validated content
     * @throws IllegalArgumentException on malformed JSON or a missing or mistyped member, naming it
     */
    static CalendarSource parse(Reader reader, String origin) {
        Object root = MiniJson.parse(reader, origin);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException(origin + ": holiday-cn JSON must be an object with 'year' and 'days'");
        }
        Map<?, ?> obj = (Map<?, ?>) root;
        CalendarSource source = new CalendarSource(origin);
        source.years.add(Integer.valueOf(year(obj.get("year"), origin)));
        Object papers = obj.get("papers");
        if (papers != null) {
            for (Object paper : list(papers, "papers", origin)) {
                if (!(paper instanceof String)) {
                    throw new IllegalArgumentException(origin + ": holiday-cn 'papers' must hold URL strings, found "
                            + paper);
                }
                source.publications.add(new CalendarPublication(null, null, null, (String) paper));
            }
        }
        List<?> days = list(obj.get("days"), "days", origin);
        for (int i = 0; i < days.size(); i++) {
            String field = "days[" + i + "]";
            if (!(days.get(i) instanceof Map)) {
                throw new IllegalArgumentException(origin + ": holiday-cn '" + field
                        + "' must be an object with 'date' and 'isOffDay'");
            }
            Map<?, ?> day = (Map<?, ?>) days.get(i);
            Object date = day.get("date");
            Object off = day.get("isOffDay");
            if (!(date instanceof String)) {
                throw new IllegalArgumentException(origin + ": holiday-cn '" + field
                        + ".date' must be a string yyyy-MM-dd, was " + date);
            }
            if (!(off instanceof Boolean)) {
                throw new IllegalArgumentException(origin + ": holiday-cn '" + field
                        + ".isOffDay' must be true or false, was " + off);
            }
            try {
                source.day(LocalDate.parse((String) date), ((Boolean) off).booleanValue());
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ": holiday-cn '" + field + "': " + e.getMessage(), e);
            }
        }
        source.validate();
        return source;
    }

    private static int year(Object value, String origin) {
        if (value instanceof BigDecimal) {
            BigDecimal n = (BigDecimal) value;
            if (n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(1900)) >= 0
                    && n.compareTo(BigDecimal.valueOf(9999)) <= 0) {
                return n.intValueExact();
            }
        }
        throw new IllegalArgumentException(origin + ": holiday-cn 'year' must be a whole number 1900..9999, was "
                + value);
    }

    private static List<?> list(Object value, String field, String origin) {
        if (!(value instanceof List)) {
            throw new IllegalArgumentException(origin + ": holiday-cn '" + field + "' must be an array, was " + value);
        }
        return (List<?>) value;
    }
}
