package dev.slakit.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table whose columns line up in a terminal even with Chinese text: cells are padded by their
 * <em>display width</em> (East Asian wide and fullwidth characters take two columns, combining marks none),
 * not by their {@code String.length()}. Also the one place the examples pad a single line
 * ({@link #pad(String, int)}).
 *
 * <p>Not thread-safe; build, print, discard.
 */
final class TextTable {

    private static final String GAP = "  ";

    private final String[] headers;
    private final int[] maxWidths;
    private final List<String[]> rows = new ArrayList<>();

    private TextTable(String[] headers) {
        this.headers = headers;
        this.maxWidths = new int[headers.length];
        Arrays.fill(maxWidths, Integer.MAX_VALUE);
    }

    /**
     * A table with these column headers.
     *
     * @param headers the headers, not null
     * @return the empty table
     */
    static TextTable withHeaders(String... headers) {
        return new TextTable(headers.clone());
    }

    /**
     * Caps the display width of a column; longer cells are cut and end with {@code ...}.
     *
     * @param column the column index, from 0
     * @param width the maximum display width, at least 4
     * @return this table
     */
    TextTable maxWidth(int column, int width) {
        if (width < 4) {
            throw new IllegalArgumentException("width must be at least 4, was " + width);
        }
        maxWidths[column] = width;
        return this;
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column, not null; null cells print empty
     * @return this table
     */
    TextTable row(Object... cells) {
        if (cells.length != headers.length) {
            throw new IllegalArgumentException("a row needs " + headers.length + " cells, got " + cells.length);
        }
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = truncate(cells[i] == null ? "" : cells[i].toString(), maxWidths[i]);
        }
        rows.add(text);
        return this;
    }

    /** @return the number of rows added so far */
    int rowCount() {
        return rows.size();
    }

    /**
     * Prints the header and the rows, columns separated by two spaces, trailing spaces removed.
     *
     * @param out where to print, not null
     */
    void print(PrintStream out) {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = displayWidth(headers[i]);
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        }
        out.println(line(headers, widths));
        for (String[] row : rows) {
            out.println(line(row, widths));
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : GAP).append(pad(cells[i], widths[i]));
        }
        return stripTrailing(sb);
    }

    private static String stripTrailing(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    /**
     * Pads text with spaces on the right to a display width.
     *
     * @param text the text, not null
     * @param width the display width to reach
     * @return the text, padded; unchanged if already as wide or wider
     */
    static String pad(String text, int width) {
        Objects.requireNonNull(text, "text");
        int missing = width - displayWidth(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /**
     * Cuts text to a display width, ending it with {@code ...} when cut.
     *
     * @param text the text, not null
     * @param width the maximum display width, at least 4
     * @return the text, or a prefix of it ending in {@code ...}, at most {@code width} wide
     */
    static String truncate(String text, int width) {
        if (displayWidth(text) <= width) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = codePointWidth(cp);
            if (used + w > width - 3) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb.append("...").toString();
    }

    /**
     * The number of terminal columns text takes.
     *
     * @param text the text, not null
     * @return the display width, not negative
     */
    static int displayWidth(String text) {
        return text.codePoints().map(TextTable::codePointWidth).sum();
    }

    /**
     * The terminal width of a code point: 0 for combining marks and format characters, 2 for East Asian wide
     * and fullwidth characters (the ranges of Unicode's EastAsianWidth W and F that occur in practice:
     * Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility, CJK forms, fullwidth forms,
     * the CJK extension planes, and emoji), 1 otherwise.
     */
    private static int codePointWidth(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE10 && cp <= 0xFE19)
                || (cp >= 0xFE30 && cp <= 0xFE6F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
