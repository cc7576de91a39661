package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classpath discovery, precedence of publications, run-time files and the holiday-cn format. */
class CalendarDataLoadingTest {

    static final WorkingCalendar CN = WorkingCalendar.chinaMainland();
    static final String INDEX = "META-INF/slakit/calendar/china-mainland.index";
    static final String DIR = "META-INF/slakit/calendar/china-mainland/";

    @TempDir
    Path tmp;

    static WorkingCalendar.Builder shanghaiWeekdays() {
        return WorkingCalendar.builder().zone(ZoneId.of("Asia/Shanghai"))
                .weekdayHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    static InputStream resource(String path) {
        InputStream in = CalendarDataLoadingTest.class.getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

    static Set<LocalDate> inYear(Set<LocalDate> dates, int year) {
        return dates.stream().filter(d -> d.getYear() == year).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Writes a classpath directory holding an index and data files. */
    Path classpathDir(String name, Map<String, String> files) throws IOException {
        Path root = tmp.resolve(name);
        Files.createDirectories(root.resolve(DIR));
        Files.writeString(root.resolve(INDEX), "# test data\n" + String.join("\n", files.keySet()) + "\n");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(root.resolve(DIR + f.getKey()), f.getValue());
        }
        return root;
    }

    Path classpathJar(String name, Map<String, String> files) throws IOException {
        Path jar = tmp.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry(INDEX));
            j.write(String.join("\n", files.keySet()).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> f : files.entrySet()) {
                j.putNextEntry(new JarEntry(DIR + f.getKey()));
                j.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    static URLClassLoader child(Path... entries) throws IOException {
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = entries[i].toUri().toURL();
        }
        return new URLClassLoader(urls, CalendarDataLoadingTest.class.getClassLoader());
    }

    static final String Y2027 = """
            notice: 国务院办公厅关于2027年部分节假日安排的通知 (test data)
            document: 国办发明电〔2026〕99号
            published: 2026-11-20
            year: 2027
            holiday: 2027-01-01..2027-01-03
            holiday: 2027-02-06..2027-02-13
            workday: 2027-02-20
            """;

    static final String NEWER_2026 = """
            notice: a later notice replacing 2026 (test data)
            document: 国办发明电〔2026〕1号
            published: 2026-01-15
            year: 2026
            holiday: 2026-03-02
            """;

    static final String OLDER_2025 = """
            notice: an older publication for 2025 (test data)
            published: 2020-01-01
            year: 2025
            holiday: 2025-03-03
            """;

    @Test
    void aSecondClasspathResourceAdds2027AndOverridesNothingOlder() throws IOException {
        Path dir = classpathDir("data", Map.of("2027.calendar", Y2027));
        try (URLClassLoader loader = child(dir)) {
            WorkingCalendar cal = WorkingCalendar.chinaMainland(loader);
            assertThat(cal.coveredYears()).containsAll(CN.coveredYears()).contains(2027)
                    .hasSize(CN.coveredYears().size() + 1);
            for (int year : CN.coveredYears()) {
                assertThat(inYear(cal.holidays(), year)).as("%d", year).isEqualTo(inYear(CN.holidays(), year));
                assertThat(inYear(cal.makeUpWorkingDays(), year)).as("%d", year)
                        .isEqualTo(inYear(CN.makeUpWorkingDays(), year));
            }
            assertThat(cal.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
            assertThat(cal.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
            assertThat(cal.covers(LocalDate.of(2027, 6, 1))).isTrue();
            assertThat(cal.plusWorkingDays(LocalDate.of(2026, 12, 31), 1))
                    .isEqualTo(Deadline.ofDate(LocalDate.of(2027, 1, 4), cal.zone(), false));
            assertThat(CN.plusWorkingDays(LocalDate.of(2026, 12, 31), 1).isEstimate()).isTrue();
        }
    }

    @Test
    void aNewerPublicationReplacesItsYearWhollyAndAnOlderOneIsIgnored() throws IOException {
        Path jar = classpathJar("data", Map.of("2026.calendar", NEWER_2026, "2025.calendar", OLDER_2025));
        try (URLClassLoader loader = child(jar)) {
            WorkingCalendar cal = WorkingCalendar.chinaMainland(loader);
            assertThat(inYear(cal.holidays(), 2026)).containsExactly(LocalDate.of(2026, 3, 2));
            assertThat(inYear(cal.makeUpWorkingDays(), 2026)).isEmpty();
            assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 16))).isTrue(); // no longer Spring Festival
            assertThat(inYear(cal.holidays(), 2025)).isEqualTo(inYear(CN.holidays(), 2025));
            assertThat(cal.holidays()).doesNotContain(LocalDate.of(2025, 3, 3));
            assertThat(cal.coveredYears()).isEqualTo(CN.coveredYears());
        }
    }

    @Test
    void onTheSamePublicationDateTheHigherDocumentNumberWinsWhicheverIsFoundFirst() throws IOException {
        String seven = "notice: n\ndocument: 国办发明电〔2026〕7号\npublished: 2026-11-20\nyear: 2027\nholiday: 2027-03-01\n";
        String twelve = "notice: n\ndocument: 国办发明电〔2026〕12号\npublished: 2026-11-20\nyear: 2027\nholiday: 2027-03-02\n";
        Path a = classpathDir("a", Map.of("2027.calendar", seven));
        Path b = classpathDir("b", Map.of("2027.calendar", twelve));
        try (URLClassLoader ab = child(a, b); URLClassLoader ba = child(b, a)) {
            assertThat(inYear(WorkingCalendar.chinaMainland(ab).holidays(), 2027)).containsExactly(LocalDate.of(2027, 3, 2));
            assertThat(inYear(WorkingCalendar.chinaMainland(ba).holidays(), 2027)).containsExactly(LocalDate.of(2027, 3, 2));
        }
    }

    @Test
    void onAFullTieTheFileFoundFirstWins() throws IOException {
        String first = "notice: n\npublished: 2026-11-20\nyear: 2027\nholiday: 2027-03-01\n";
        String second = "notice: n\npublished: 2026-11-20\nyear: 2027\nholiday: 2027-03-02\n";
        try (URLClassLoader loader = child(classpathDir("first", Map.of("2027.calendar", first)),
                classpathDir("second", Map.of("2027.calendar", second)))) {
            assertThat(inYear(WorkingCalendar.chinaMainland(loader).holidays(), 2027))
                    .containsExactly(LocalDate.of(2027, 3, 1));
        }
    }

    @Test
    void aHolidayCnFileOnTheClasspathAddsAYearButLosesToADatedPublication() throws IOException {
        String json = "{\"year\": 2027, \"papers\": [], \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-01\","
                + " \"isOffDay\": true}]}";
        try (URLClassLoader onlyJson = child(classpathDir("json", Map.of("2027.json", json)));
                URLClassLoader both = child(classpathDir("json2", Map.of("2027.json", json)),
                        classpathDir("dated", Map.of("2027.calendar", Y2027)))) {
            WorkingCalendar fromJson = WorkingCalendar.chinaMainland(onlyJson);
            assertThat(inYear(fromJson.holidays(), 2027)).containsExactly(LocalDate.of(2027, 1, 1));
            assertThat(fromJson.covers(LocalDate.of(2027, 1, 1))).isTrue();
            WorkingCalendar dated = WorkingCalendar.chinaMainland(both);
            assertThat(dated.makeUpWorkingDays()).contains(LocalDate.of(2027, 2, 20));
            assertThat(inYear(dated.holidays(), 2027)).hasSize(3 + 8);
        }
    }

    @Test
    void theDefaultCalendarIsReadOnceAndEqualsAFreshRead() {
        assertThat(WorkingCalendar.chinaMainland()).isSameAs(CN);
        WorkingCalendar fresh = WorkingCalendar.chinaMainland(CalendarDataLoadingTest.class.getClassLoader());
        assertThat(fresh).isNotSameAs(CN).isEqualTo(CN);
        assertThat(CN.coveredYears().first()).isEqualTo(2015);
        assertThatThrownBy(() -> WorkingCalendar.chinaMainland(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("loader");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            index names a directory      | ../evil.calendar | x                                      | not a data file name
            index names a missing file   | 2027.calendar    |                                        | cannot read
            data file sets the zone      | 2027.calendar    | zone: UTC\\nyear: 2027                  | remove the 'zone' and 'hours' lines
            data file declares no year   | 2027.calendar    | notice: n                              | declares no year
            data file is malformed       | 2027.calendar    | year: 2027\\nholiday: 2027-02-30        | line 2
            date outside the file's year | 2027.calendar    | year: 2027\\nholiday: 2028-01-01        | outside the years
            """)
    void brokenClasspathDataIsReportedWithItsLocation(String why, String name, String content, String message)
            throws IOException {
        Path root = tmp.resolve("broken");
        Files.createDirectories(root.resolve(DIR));
        Files.writeString(root.resolve(INDEX), name + "\n");
        if (content != null && !name.contains("/")) {
            Files.writeString(root.resolve(DIR + name), content.replace("\\n", "\n"));
        }
        try (URLClassLoader loader = child(root)) {
            assertThatThrownBy(() -> WorkingCalendar.chinaMainland(loader)).as(why)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(message)
                    .hasMessageContaining(root.getFileName().toString());
        }
    }

    @ParameterizedTest(name = "holiday-cn {0} loads to the same calendar as our {0} resource")
    @CsvSource({"2019", "2020"})
    void holidayCnJsonLoadsToTheSameCalendarAsOurResource(int year) throws IOException {
        WorkingCalendar ours;
        WorkingCalendar theirs;
        try (InputStream cal = resource("/" + DIR + year + ".calendar");
                InputStream json = resource("holiday-cn-" + year + ".json")) {
            ours = shanghaiWeekdays().load(cal).build();
            theirs = shanghaiWeekdays().load(CalendarFormat.HOLIDAY_CN, json).build();
        }
        assertThat(theirs).isEqualTo(ours);
        assertThat(theirs.coveredYears()).containsExactly(year);
        assertThat(theirs.holidays()).isNotEmpty().isEqualTo(ours.holidays());
        assertThat(theirs.makeUpWorkingDays()).isNotEmpty().isEqualTo(ours.makeUpWorkingDays());
    }

    @Test
    void applicationsLoadFilesTheyControlFromAPath() throws IOException {
        Path cal = tmp.resolve("2027.calendar");
        Files.writeString(cal, Y2027);
        Path json = tmp.resolve("2020.JSON");
        try (InputStream in = resource("holiday-cn-2020.json")) {
            Files.copy(in, json);
        }
        WorkingCalendar withFile = CN.toBuilder().load(cal).build();
        assertThat(withFile.coveredYears()).contains(2027);
        assertThat(withFile.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        WorkingCalendar withJson = CN.toBuilder().load(json).build();
        assertThat(withJson).isEqualTo(CN); // holiday-cn's 2020 is the notices' 2020
        assertThatThrownBy(() -> CN.toBuilder().load(tmp.resolve("missing.calendar")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.calendar");
        Files.writeString(tmp.resolve("bad.calendar"), "year: 2027\nholiday: soon\n");
        assertThatThrownBy(() -> CN.toBuilder().load(tmp.resolve("bad.calendar")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.calendar")
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> CN.toBuilder().load((Path) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file");
        assertThatThrownBy(() -> CN.toBuilder().load(null, new StringReader(""))).isInstanceOf(NullPointerException.class)
                .hasMessage("format");
    }

    @Test
    void loadingAYearReplacesItWhollyAndLeavesOtherYears() {
        WorkingCalendar corrected = CN.toBuilder().load(new StringReader("year: 2026\nholiday: 2026-03-02\n")).build();
        assertThat(inYear(corrected.holidays(), 2026)).containsExactly(LocalDate.of(2026, 3, 2));
        assertThat(inYear(corrected.makeUpWorkingDays(), 2026)).isEmpty();
        assertThat(inYear(corrected.holidays(), 2025)).isEqualTo(inYear(CN.holidays(), 2025));
        // a make-up day may turn into a holiday and back
        WorkingCalendar flipped = CN.toBuilder().load(new StringReader(
                "year: 2019\nholiday: 2018-12-29\n")).build();
        assertThat(flipped.holidays()).contains(LocalDate.of(2018, 12, 29));
        assertThat(flipped.makeUpWorkingDays()).doesNotContain(LocalDate.of(2018, 12, 29));
        assertThat(flipped.isWorkingDay(LocalDate.of(2018, 12, 29))).isFalse();
        WorkingCalendar back = flipped.toBuilder().load(new StringReader("year: 2019\nworkday: 2018-12-29\n")).build();
        assertThat(back.makeUpWorkingDays()).contains(LocalDate.of(2018, 12, 29));
        assertThat(back.holidays()).doesNotContain(LocalDate.of(2018, 12, 29));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            document before notice   | document: 国办发明电〔2026〕1号                  | must follow a 'notice:' line
            empty notice             | notice:                                         | needs a value
            bad publication date     | notice: n\\npublished: 2026-13-01               | line 2
            year not a number        | year: next                                      | year must be a number
            year out of range        | year: 99                                        | between 1900 and 9999
            reversed range           | year: 2027\\nholiday: 2027-01-03..2027-01-01    | reversed
            holiday and workday      | year: 2027\\nholiday: 2027-01-02\\nworkday: 2027-01-02 | both as a holiday and as a make-up
            date without its year    | year: 2027\\nworkday: 2026-06-06                 | outside the years this file declares
            """)
    void malformedSlakitFilesSayWhatIsAccepted(String why, String text, String message) {
        assertThatThrownBy(() -> WorkingCalendar.builder().load(new StringReader(text.replace("\\n", "\n")))).as(why)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aByteOrderMarkAndPublicationHeadersAreAccepted() {
        WorkingCalendar cal = shanghaiWeekdays().load(new StringReader(
                "\uFEFFnotice: 国务院办公厅关于2027年部分节假日安排的通知\nurl: https://www.gov.cn/x\nyear: 2027\n"
                        + "workday: 2027-02-20..2027-02-21\n")).build();
        assertThat(cal.makeUpWorkingDays()).containsExactly(LocalDate.of(2027, 2, 20), LocalDate.of(2027, 2, 21));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not an object          | [1, 2]                                                          | must be an object
            year missing           | {"days": []}                                                    | 'year' must be a whole number
            year fractional        | {"year": 2027.5, "days": []}                                    | 'year' must be a whole number
            days missing           | {"year": 2027}                                                  | 'days' must be an array
            papers not strings     | {"year": 2027, "papers": [1], "days": []}                       | URL strings
            day not an object      | {"year": 2027, "days": [true]}                                  | 'days[0]' must be an object
            date not a string      | {"year": 2027, "days": [{"date": 20270101, "isOffDay": true}]}  | 'days[0].date' must be a string
            isOffDay not boolean   | {"year": 2027, "days": [{"date": "2027-01-01", "isOffDay": 1}]} | 'days[0].isOffDay' must be true or false
            bad date               | {"year": 2027, "days": [{"date": "2027-02-30", "isOffDay": true}]} | 'days[0]'
            date outside year      | {"year": 2027, "days": [{"date": "2025-01-01", "isOffDay": true}]} | outside the years
            trailing text          | {"year": 2027, "days": []} x                                    | unexpected text after
            unterminated           | {"year": 2027, "days": [                                        | unexpected end of input
            missing comma          | {"year": 2027 "days": []}                                       | expected ',' or '}'
            missing colon          | {"year" 2027}                                                   | expected ':'
            unquoted name          | {year: 2027}                                                    | member name in double quotes
            bad literal            | {"year": 2027, "days": [], "x": nul}                            | expected 'null'
            bad escape             | {"year": 2027, "days": [], "x": "\\q"}                           | unknown escape
            bad unicode escape     | {"year": 2027, "days": [], "x": "\\u12G4"}                       | bad \\u escape
            short unicode escape   | {"year": 2027, "days": [], "x": "\\u12                             | incomplete
            bad number             | {"year": -, "days": []}                                         | expected a digit
            array missing comma    | {"year": 2027, "days": [{} {}]}                                 | expected ',' or ']'
            unexpected character   | {"year": @}                                                     | unexpected character '@'
            empty input            |                                                                 | unexpected end of input
            """)
    void malformedHolidayCnFilesNameTheMemberOrOffset(String why, String json, String message) {
        String text = json == null ? "" : json;
        assertThatThrownBy(() -> WorkingCalendar.builder().load(CalendarFormat.HOLIDAY_CN, new StringReader(text)))
                .as(why).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void theJsonReaderKeepsEscapesNumbersAndNesting() {
        Object v = MiniJson.parse(new StringReader(
                " {\"s\": \"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u5143\", \"n\": [-1.5e2, 0, 3E+1, 2e-1], \"o\": {\"e\": {}, \"a\": []},"
                        + " \"t\": true, \"f\": false, \"z\": null} "), "test");
        assertThat(v).isInstanceOf(Map.class);
        Map<?, ?> m = (Map<?, ?>) v;
        assertThat(m.get("s")).isEqualTo("a\"\\/\b\f\n\r\t元");
        assertThat(m.get("n").toString()).isEqualTo("[-1.5E+2, 0, 3E+1, 0.2]");
        assertThat(m.get("o").toString()).isEqualTo("{e={}, a=[]}");
        assertThat(m.get("t")).isEqualTo(Boolean.TRUE);
        assertThat(m.get("f")).isEqualTo(Boolean.FALSE);
        assertThat(m.containsKey("z")).isTrue();
        assertThat(m.get("z")).isNull();
        assertThatThrownBy(() -> MiniJson.parse(new StringReader("[".repeat(100)), "deep"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested deeper");
        assertThatThrownBy(() -> MiniJson.parse(new StringReader("\"a\u0001\""), "ctl"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control character");
        assertThat(MiniJson.parse(new StringReader("\uFEFF[]"), "bom")).isEqualTo(java.util.List.of());
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "国办发明电〔2025〕7号, 国办发明电〔2025〕12号",
        "国办发明电〔2024〕12号, 国办发明电〔2025〕1号",
        "a1, a01b",
        "a, ab",
        "a9, b1",
        "x007, x8",
    })
    void documentNumbersCompareNumerically(String older, String newer) {
        assertThat(CalendarPublication.naturalCompare(older, newer)).isNegative();
        assertThat(CalendarPublication.naturalCompare(newer, older)).isPositive();
        assertThat(CalendarPublication.naturalCompare(newer, newer)).isZero();
        assertThat(CalendarPublication.naturalCompare(null, newer)).isNegative();
        assertThat(CalendarPublication.naturalCompare(null, null)).isZero();
    }

    @Test
    void publicationsOrderByDateThenDocument() {
        CalendarPublication undated = new CalendarPublication("n", "国办发明电〔2026〕99号", null, null);
        CalendarPublication early = new CalendarPublication("n", null, LocalDate.of(2026, 1, 1), "u");
        CalendarPublication late7 = new CalendarPublication("n", "〔2026〕7号", LocalDate.of(2026, 2, 1), null);
        CalendarPublication late12 = new CalendarPublication("n", "〔2026〕12号", LocalDate.of(2026, 2, 1), null);
        assertThat(java.util.stream.Stream.of(late12, undated, late7, early).sorted(CalendarPublication.ORDER))
                .containsExactly(undated, early, late7, late12);
        assertThat(late12.toString()).contains("〔2026〕12号").contains("2026-02-01");
        assertThat(early.toString()).contains(" u");
        CalendarSource none = new CalendarSource("none");
        CalendarSource some = new CalendarSource("some");
        some.publications.add(early);
        assertThat(CalendarSource.NEWEST_LAST.compare(none, some)).isNegative();
        assertThat(CalendarSource.NEWEST_LAST.compare(some, none)).isPositive();
        assertThat(CalendarSource.NEWEST_LAST.compare(none, new CalendarSource("none2"))).isZero();
        assertThat(some.toString()).contains("some");
    }
}
