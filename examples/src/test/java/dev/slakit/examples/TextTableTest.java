package dev.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void chineseAndFullwidthCharactersAreTwoColumnsWide() {
        assertThat(TextTable.displayWidth("ecs")).isEqualTo(3);
        assertThat(TextTable.displayWidth("杭州")).isEqualTo(4);
        // fullwidth parentheses, as in the dashboard's titles
        assertThat(TextTable.displayWidth("华东1（杭州）")).isEqualTo(13);
        assertThat(TextTable.displayWidth("e\u0301")).isEqualTo(1);
        assertThat(TextTable.displayWidth("")).isZero();
    }

    @Test
    void padsToADisplayWidth() {
        assertThat(TextTable.pad("杭州", 6)).isEqualTo("杭州  ");
        assertThat(TextTable.pad("ecs", 6)).isEqualTo("ecs   ");
        assertThat(TextTable.pad("too wide", 3)).isEqualTo("too wide");
    }

    @Test
    void truncatesByDisplayWidthAndMarksTheCut() {
        assertThat(TextTable.truncate("short", 10)).isEqualTo("short");
        assertThat(TextTable.truncate("abcdefghijk", 8)).isEqualTo("abcde...");
        String cut = TextTable.truncate("华东1（杭州）地域ECS实例网络异常", 12);
        assertThat(cut).isEqualTo("华东1（杭...");
        assertThat(TextTable.displayWidth(cut)).isLessThanOrEqualTo(12);
    }

    @Test
    void columnsLineUpWithMixedScripts() {
        List<String> lines = Output.lines(out -> TextTable.withHeaders("Title", "Severity")
                .row("华东1（杭州）地域ECS实例网络异常", "ALARM")
                .row("Scheduled maintenance of OSS", "NOTIFICATION")
                .print(out));
        assertThat(lines).hasSize(3);
        int severityColumn = Output.displayColumnOf(lines.get(0), "Severity");
        assertThat(Output.displayColumnOf(lines.get(1), "ALARM")).isEqualTo(severityColumn);
        assertThat(Output.displayColumnOf(lines.get(2), "NOTIFICATION")).isEqualTo(severityColumn);
        assertThat(lines).noneMatch(l -> l.endsWith(" "));
    }

    @Test
    void capsAColumnAndRejectsRowsOfTheWrongSize() {
        TextTable table = TextTable.withHeaders("A", "B").maxWidth(0, 5);
        List<String> lines = Output.lines(out -> table.row("abcdefgh", "x").print(out));
        assertThat(lines.get(1)).isEqualTo("ab...  x");
        assertThat(table.rowCount()).isEqualTo(1);
        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 cells");
        assertThatThrownBy(() -> table.maxWidth(1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
