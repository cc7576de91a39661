package dev.slakit.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the calendar data of a region on the classpath and merges it, the newest publication of each year winning.
 *
 * <p>Every {@code META-INF/slakit/calendar/<region>.index} that {@link ClassLoader#getResources(String)} returns
 * is read; each of its lines names one data file in the directory {@code META-INF/slakit/calendar/<region>/} next
 * to that index (same jar or directory). For each year, of all files declaring it the one with the newest
 * publication (publication date, then document number) wins and supplies all of that year's dates; on a tie the
 * file found first wins. Stateless.
 */
final class CalendarResources {

    /** Directory of the calendar data of all regions, inside a jar or directory on the classpath. */
    static final String ROOT = "META-INF/slakit/calendar/";

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(calendar|json)");

    private CalendarResources() {
    }

    /**
     * Reads every data file of a region that the class loader sees.
     *
     * @param loader the class loader, not null
     * @param region the region directory name, such as {@code china-mainland}
     * @return the files in discovery order, not null
     * @throws IllegalStateException if an index or data file cannot be read or is malformed, naming it
     */
    static List<CalendarSource> find(ClassLoader loader, String region) {
        String index = ROOT + region + ".index";
        List<CalendarSource> sources = new ArrayList<CalendarSource>();
        Enumeration<URL> urls;
        try {
            urls = loader.getResources(index);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the classpath resources " + index + ": " + e.getMessage(), e);
        }
        Set<String> seen = new TreeSet<String>();
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            if (seen.add(url.toExternalForm())) {
                for (String name : readIndex(url)) {
                    sources.add(readDataFile(url, region, name));
                }
            }
        }
        return sources;
    }

    /**
     * Merges data files: for each year the newest publication wins.
     *
     * @param builder the builder receiving the data, not null
     * @param sources the files in discovery order, not null
     * @return the builder
     */
    static WorkingCalendar.Builder merge(WorkingCalendar.Builder builder, List<CalendarSource> sources) {
        Map<Integer, CalendarSource> winners = new TreeMap<Integer, CalendarSource>();
        for (CalendarSource s : sources) {
            for (Integer year : s.years) {
                CalendarSource current = winners.get(year);
                if (current == null || CalendarSource.NEWEST_LAST.compare(s, current) > 0) {
                    winners.put(year, s);
                }
            }
        }
        // in year order, so that a notice's late-December days override the previous year's file
        for (Map.Entry<Integer, CalendarSource> e : winners.entrySet()) {
            e.getValue().applyYears(builder, Collections.singleton(e.getKey()));
        }
        return builder;
    }

    private static List<String> readIndex(URL index) {
        List<String> names = new ArrayList<String>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(index), StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = CalendarFileParser.content(line, ++lineNo);
                if (name.isEmpty()) {
                    continue;
                }
                if (!FILE_NAME.matcher(name).matches()) {
                    throw new IllegalStateException(index + " line " + lineNo + ": '" + name
                            + "' is not a data file name; accepted: a plain file name ending in .calendar (slakit"
                            + " format) or .json (holiday-cn format), no directories");
                }
                names.add(name);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + index + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static CalendarSource readDataFile(URL index, String region, String name) {
        URL url;
        try {
            url = new URL(index, region + "/" + name);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("cannot resolve " + name + " next to " + index, e);
        }
        CalendarFormat format = name.endsWith(".json") ? CalendarFormat.HOLIDAY_CN : CalendarFormat.SLAKIT;
        try (Reader r = new InputStreamReader(open(url), StandardCharsets.UTF_8)) {
            CalendarSource source = read(format, r, url.toExternalForm());
            if (source.zone != null || !source.hours.isEmpty()) {
                throw new IllegalStateException(url + ": classpath data files carry holidays only; remove the"
                        + " 'zone' and 'hours' lines (the region fixes them)");
            }
            if (source.years.isEmpty()) {
                throw new IllegalStateException(url + ": declares no year; add a 'year:' line");
            }
            return source;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read " + url + " (listed in " + index + "): " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage() + " (listed in " + index + ")", e);
        }
    }

    /** Reads one file in a format. */
    static CalendarSource read(CalendarFormat format, Reader reader, String origin) {
        return format == CalendarFormat.HOLIDAY_CN ? HolidayCnReader.parse(reader, origin)
                : CalendarFileParser.parse(reader, origin);
    }

    private static InputStream open(URL url) throws IOException {
        URLConnection c = url.openConnection();
        c.setUseCaches(false); // do not keep jar files open or read a stale copy of a replaced jar
        return c.getInputStream();
    }
}
