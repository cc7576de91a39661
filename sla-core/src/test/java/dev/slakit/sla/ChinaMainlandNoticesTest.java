package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped China mainland data against the State Council (General Office) notices, 2015-2026, cell by cell.
 *
 * <p>The table below is transcribed from the notices' text (not generated from the resources): one row per
 * sentence of a notice, "first..last off, 共 N 天; these days (weekday) work". N is the notice's own day count where
 * it gives one, else the number of days named. Rows marked by a later notice show the data after that notice.
 */
class ChinaMainlandNoticesTest {

    static final WorkingCalendar CN = WorkingCalendar.chinaMainland();

    /** year | festival | first day off | last day off | days off | make-up working days with their weekday. */
    static final String NOTICES = """
            2015 | 元旦 | 2015-01-01 | 2015-01-03 | 3 | 2015-01-04 SUNDAY
            2015 | 春节 | 2015-02-18 | 2015-02-24 | 7 | 2015-02-15 SUNDAY, 2015-02-28 SATURDAY
            2015 | 清明节 | 2015-04-05 | 2015-04-06 | 2 |
            2015 | 劳动节 | 2015-05-01 | 2015-05-01 | 1 |
            2015 | 端午节 | 2015-06-20 | 2015-06-20 | 1 |
            2015 | 端午节补休 | 2015-06-22 | 2015-06-22 | 1 |
            2015 | 抗战胜利70周年纪念日 (国发明电〔2015〕1号) | 2015-09-03 | 2015-09-05 | 3 | 2015-09-06 SUNDAY
            2015 | 中秋节 | 2015-09-27 | 2015-09-27 | 1 |
            2015 | 国庆节 | 2015-10-01 | 2015-10-07 | 7 | 2015-10-10 SATURDAY
            2016 | 元旦 | 2016-01-01 | 2016-01-01 | 1 |
            2016 | 春节 | 2016-02-07 | 2016-02-13 | 7 | 2016-02-06 SATURDAY, 2016-02-14 SUNDAY
            2016 | 清明节 | 2016-04-04 | 2016-04-04 | 1 |
            2016 | 劳动节 | 2016-05-01 | 2016-05-02 | 2 |
            2016 | 端午节 | 2016-06-09 | 2016-06-11 | 3 | 2016-06-12 SUNDAY
            2016 | 中秋节 | 2016-09-15 | 2016-09-17 | 3 | 2016-09-18 SUNDAY
            2016 | 国庆节 | 2016-10-01 | 2016-10-07 | 7 | 2016-10-08 SATURDAY, 2016-10-09 SUNDAY
            2017 | 元旦 | 2017-01-01 | 2017-01-02 | 2 |
            2017 | 春节 | 2017-01-27 | 2017-02-02 | 7 | 2017-01-22 SUNDAY, 2017-02-04 SATURDAY
            2017 | 清明节 | 2017-04-02 | 2017-04-04 | 3 | 2017-04-01 SATURDAY
            2017 | 劳动节 | 2017-05-01 | 2017-05-01 | 1 |
            2017 | 端午节 | 2017-05-28 | 2017-05-30 | 3 | 2017-05-27 SATURDAY
            2017 | 中秋节、国庆节 | 2017-10-01 | 2017-10-08 | 8 | 2017-09-30 SATURDAY
            2018 | 元旦 | 2018-01-01 | 2018-01-01 | 1 |
            2018 | 春节 | 2018-02-15 | 2018-02-21 | 7 | 2018-02-11 SUNDAY, 2018-02-24 SATURDAY
            2018 | 清明节 | 2018-04-05 | 2018-04-07 | 3 | 2018-04-08 SUNDAY
            2018 | 劳动节 | 2018-04-29 | 2018-05-01 | 3 | 2018-04-28 SATURDAY
            2018 | 端午节 | 2018-06-18 | 2018-06-18 | 1 |
            2018 | 中秋节 | 2018-09-24 | 2018-09-24 | 1 |
            2018 | 国庆节 | 2018-10-01 | 2018-10-07 | 7 | 2018-09-29 SATURDAY, 2018-09-30 SUNDAY
            2019 | 元旦 | 2018-12-30 | 2019-01-01 | 3 | 2018-12-29 SATURDAY
            2019 | 春节 | 2019-02-04 | 2019-02-10 | 7 | 2019-02-02 SATURDAY, 2019-02-03 SUNDAY
            2019 | 清明节 | 2019-04-05 | 2019-04-05 | 1 |
            2019 | 劳动节 (国办发明电〔2019〕3号) | 2019-05-01 | 2019-05-04 | 4 | 2019-04-28 SUNDAY, 2019-05-05 SUNDAY
            2019 | 端午节 | 2019-06-07 | 2019-06-07 | 1 |
            2019 | 中秋节 | 2019-09-13 | 2019-09-13 | 1 |
            2019 | 国庆节 | 2019-10-01 | 2019-10-07 | 7 | 2019-09-29 SUNDAY, 2019-10-12 SATURDAY
            2020 | 元旦 | 2020-01-01 | 2020-01-01 | 1 |
            2020 | 春节, extended to 2 Feb (国办发明电〔2020〕1号) | 2020-01-24 | 2020-02-02 | 10 | 2020-01-19 SUNDAY
            2020 | 清明节 | 2020-04-04 | 2020-04-06 | 3 |
            2020 | 劳动节 | 2020-05-01 | 2020-05-05 | 5 | 2020-04-26 SUNDAY, 2020-05-09 SATURDAY
            2020 | 端午节 | 2020-06-25 | 2020-06-27 | 3 | 2020-06-28 SUNDAY
            2020 | 国庆节、中秋节 | 2020-10-01 | 2020-10-08 | 8 | 2020-09-27 SUNDAY, 2020-10-10 SATURDAY
            2021 | 元旦 | 2021-01-01 | 2021-01-03 | 3 |
            2021 | 春节 | 2021-02-11 | 2021-02-17 | 7 | 2021-02-07 SUNDAY, 2021-02-20 SATURDAY
            2021 | 清明节 | 2021-04-03 | 2021-04-05 | 3 |
            2021 | 劳动节 | 2021-05-01 | 2021-05-05 | 5 | 2021-04-25 SUNDAY, 2021-05-08 SATURDAY
            2021 | 端午节 | 2021-06-12 | 2021-06-14 | 3 |
            2021 | 中秋节 | 2021-09-19 | 2021-09-21 | 3 | 2021-09-18 SATURDAY
            2021 | 国庆节 | 2021-10-01 | 2021-10-07 | 7 | 2021-09-26 SUNDAY, 2021-10-09 SATURDAY
            2022 | 元旦 | 2022-01-01 | 2022-01-03 | 3 |
            2022 | 春节 | 2022-01-31 | 2022-02-06 | 7 | 2022-01-29 SATURDAY, 2022-01-30 SUNDAY
            2022 | 清明节 | 2022-04-03 | 2022-04-05 | 3 | 2022-04-02 SATURDAY
            2022 | 劳动节 | 2022-04-30 | 2022-05-04 | 5 | 2022-04-24 SUNDAY, 2022-05-07 SATURDAY
            2022 | 端午节 | 2022-06-03 | 2022-06-05 | 3 |
            2022 | 中秋节 | 2022-09-10 | 2022-09-12 | 3 |
            2022 | 国庆节 | 2022-10-01 | 2022-10-07 | 7 | 2022-10-08 SATURDAY, 2022-10-09 SUNDAY
            2023 | 元旦 | 2022-12-31 | 2023-01-02 | 3 |
            2023 | 春节 | 2023-01-21 | 2023-01-27 | 7 | 2023-01-28 SATURDAY, 2023-01-29 SUNDAY
            2023 | 清明节 | 2023-04-05 | 2023-04-05 | 1 |
            2023 | 劳动节 | 2023-04-29 | 2023-05-03 | 5 | 2023-04-23 SUNDAY, 2023-05-06 SATURDAY
            2023 | 端午节 | 2023-06-22 | 2023-06-24 | 3 | 2023-06-25 SUNDAY
            2023 | 中秋节、国庆节 | 2023-09-29 | 2023-10-06 | 8 | 2023-10-07 SATURDAY, 2023-10-08 SUNDAY
            2024 | 元旦 | 2024-01-01 | 2024-01-01 | 1 |
            2024 | 春节 | 2024-02-10 | 2024-02-17 | 8 | 2024-02-04 SUNDAY, 2024-02-18 SUNDAY
            2024 | 清明节 | 2024-04-04 | 2024-04-06 | 3 | 2024-04-07 SUNDAY
            2024 | 劳动节 | 2024-05-01 | 2024-05-05 | 5 | 2024-04-28 SUNDAY, 2024-05-11 SATURDAY
            2024 | 端午节 | 2024-06-10 | 2024-06-10 | 1 |
            2024 | 中秋节 | 2024-09-15 | 2024-09-17 | 3 | 2024-09-14 SATURDAY
            2024 | 国庆节 | 2024-10-01 | 2024-10-07 | 7 | 2024-09-29 SUNDAY, 2024-10-12 SATURDAY
            2025 | 元旦 | 2025-01-01 | 2025-01-01 | 1 |
            2025 | 春节 | 2025-01-28 | 2025-02-04 | 8 | 2025-01-26 SUNDAY, 2025-02-08 SATURDAY
            2025 | 清明节 | 2025-04-04 | 2025-04-06 | 3 |
            2025 | 劳动节 | 2025-05-01 | 2025-05-05 | 5 | 2025-04-27 SUNDAY
            2025 | 端午节 | 2025-05-31 | 2025-06-02 | 3 |
            2025 | 国庆节、中秋节 | 2025-10-01 | 2025-10-08 | 8 | 2025-09-28 SUNDAY, 2025-10-11 SATURDAY
            2026 | 元旦 | 2026-01-01 | 2026-01-03 | 3 | 2026-01-04 SUNDAY
            2026 | 春节 | 2026-02-15 | 2026-02-23 | 9 | 2026-02-14 SATURDAY, 2026-02-28 SATURDAY
            2026 | 清明节 | 2026-04-04 | 2026-04-06 | 3 |
            2026 | 劳动节 | 2026-05-01 | 2026-05-05 | 5 | 2026-05-09 SATURDAY
            2026 | 端午节 | 2026-06-19 | 2026-06-21 | 3 |
            2026 | 中秋节 | 2026-09-25 | 2026-09-27 | 3 |
            2026 | 国庆节 | 2026-10-01 | 2026-10-07 | 7 | 2026-09-20 SUNDAY, 2026-10-10 SATURDAY
            """;

    record Row(int year, String festival, LocalDate first, LocalDate last, int days, Map<LocalDate, DayOfWeek> makeUp) {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : NOTICES.strip().split("\n")) {
            String[] c = line.split("\\|", -1);
            Map<LocalDate, DayOfWeek> makeUp = new TreeMap<>();
            for (String m : c[5].split(",")) {
                if (!m.isBlank()) {
                    String[] dateDay = m.strip().split(" ");
                    makeUp.put(LocalDate.parse(dateDay[0]), DayOfWeek.valueOf(dateDay[1]));
                }
            }
            rows.add(new Row(Integer.parseInt(c[0].strip()), c[1].strip(), LocalDate.parse(c[2].strip()),
                    LocalDate.parse(c[3].strip()), Integer.parseInt(c[4].strip()), makeUp));
        }
        return rows;
    }

    static Stream<Arguments> noticeRows() {
        return rows().stream().map(r -> Arguments.of(r.year() + " " + r.festival(), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noticeRows")
    void everyDayOffAndEveryMakeUpDayOfTheNotice(String name, Row row) {
        assertThat(ChronoUnit.DAYS.between(row.first(), row.last()) + 1).as("%s: 共%d天", name, row.days())
                .isEqualTo(row.days());
        for (LocalDate d = row.first(); !d.isAfter(row.last()); d = d.plusDays(1)) {
            assertThat(CN.holidays()).as("%s: %s off", name, d).contains(d);
            assertThat(CN.makeUpWorkingDays()).as("%s: %s off", name, d).doesNotContain(d);
            assertThat(CN.isWorkingDay(d)).as("%s: %s off", name, d).isFalse();
        }
        for (Map.Entry<LocalDate, DayOfWeek> m : row.makeUp().entrySet()) {
            assertThat(m.getKey().getDayOfWeek()).as("%s: weekday of %s", name, m.getKey()).isEqualTo(m.getValue());
            assertThat(CN.makeUpWorkingDays()).as("%s: %s works", name, m.getKey()).contains(m.getKey());
            assertThat(CN.isWorkingDay(m.getKey())).as("%s: %s works", name, m.getKey()).isTrue();
        }
        assertThat(CN.covers(row.first())).isTrue();
        assertThat(CN.covers(row.last())).isTrue();
    }

    /** Nothing beyond the notices: the data of each year is exactly the union of its rows. */
    @ParameterizedTest(name = "{0}: nothing but the notice")
    @CsvSource({"2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"})
    void eachYearHoldsExactlyTheNoticesDays(int year) {
        Set<LocalDate> off = new TreeSet<>();
        Set<LocalDate> work = new TreeSet<>();
        for (Row r : rows()) {
            if (r.year() == year) {
                for (LocalDate d = r.first(); !d.isAfter(r.last()); d = d.plusDays(1)) {
                    off.add(d);
                }
                work.addAll(r.makeUp().keySet());
            }
        }
        // a year's data: its dates, plus the late-December dates its notice arranges, minus those the next arranges
        Set<LocalDate> shippedOff = CN.holidays().stream().filter(d -> belongsToNotice(d, year))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<LocalDate> shippedWork = CN.makeUpWorkingDays().stream().filter(d -> belongsToNotice(d, year))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(shippedOff).isEqualTo(off);
        assertThat(shippedWork).isEqualTo(work);
        assertThat(CN.covers(LocalDate.of(year, 1, 1))).isTrue();
    }

    /** Late December 2018 and 31 December 2022 were arranged by the next year's notice. */
    private static boolean belongsToNotice(LocalDate d, int year) {
        boolean nextYearsNotice = (d.getYear() == 2018 && d.getMonthValue() == 12 && d.getDayOfMonth() >= 29)
                || d.equals(LocalDate.of(2022, 12, 31));
        return nextYearsNotice ? d.getYear() + 1 == year : d.getYear() == year;
    }

    /** Each year's resource names its notice(s): title, document number and publication date as published. */
    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2015 | 国务院办公厅关于2015年部分节假日安排的通知 | 国办发明电〔2014〕28号 | 2014-12-16
            2015 | 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知 | 国发明电〔2015〕1号 | 2015-05-13
            2016 | 国务院办公厅关于2016年部分节假日安排的通知 | 国办发明电〔2015〕18号 | 2015-12-10
            2017 | 国务院办公厅关于2017年部分节假日安排的通知 | 国办发明电〔2016〕17号 | 2016-12-01
            2018 | 国务院办公厅关于2018年部分节假日安排的通知 | 国办发明电〔2017〕12号 | 2017-11-30
            2019 | 国务院办公厅关于2019年部分节假日安排的通知 | 国办发明电〔2018〕15号 | 2018-12-06
            2019 | 国务院办公厅关于调整2019年劳动节假期安排的通知 | 国办发明电〔2019〕3号 | 2019-03-22
            2020 | 国务院办公厅关于2020年部分节假日安排的通知 | 国办发明电〔2019〕16号 | 2019-11-21
            2020 | 国务院办公厅关于延长2020年春节假期的通知 | 国办发明电〔2020〕1号 | 2020-01-27
            2021 | 国务院办公厅关于2021年部分节假日安排的通知 | 国办发明电〔2020〕27号 | 2020-11-25
            2022 | 国务院办公厅关于2022年部分节假日安排的通知 | 国办发明电〔2021〕11号 | 2021-10-25
            2023 | 国务院办公厅关于2023年部分节假日安排的通知 | 国办发明电〔2022〕16号 | 2022-12-08
            2024 | 国务院办公厅关于2024年部分节假日安排的通知 | 国办发明电〔2023〕7号 | 2023-10-25
            2025 | 国务院办公厅关于2025年部分节假日安排的通知 | 国办发明电〔2024〕12号 | 2024-11-12
            2026 | 国务院办公厅关于2026年部分节假日安排的通知 | 国办发明电〔2025〕7号 | 2025-11-04
            """)
    void eachYearsResourceNamesItsNotice(int year, String notice, String document, LocalDate published) throws Exception {
        String path = "/META-INF/slakit/calendar/china-mainland/" + year + ".calendar";
        CalendarSource source;
        try (InputStream in = ChinaMainlandNoticesTest.class.getResourceAsStream(path);
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            source = CalendarFileParser.parse(r, path);
        }
        assertThat(source.years).containsExactly(year);
        assertThat(source.publications).anySatisfy(p -> {
            assertThat(p.notice).isEqualTo(notice);
            assertThat(p.document).isEqualTo(document);
            assertThat(p.published).isEqualTo(published);
            assertThat(p.url).startsWith("http").contains("gov.cn");
        });
    }
}
