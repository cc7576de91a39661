package dev.slakit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Captures what an example prints. */
final class Output {

    private Output() {
    }

    /** Runs {@code example} with a fresh UTF-8 stream and returns the printed lines. */
    static List<String> lines(Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            example.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The line starting with {@code prefix}; fails if there is none or more than one. */
    static String lineStartingWith(List<String> lines, String prefix) {
        List<String> found = lines.stream().filter(l -> l.startsWith(prefix)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one line starting with '" + prefix + "', found " + found + " in\n"
                    + String.join("\n", lines));
        }
        return found.get(0);
    }

    /** The cells of a table line (columns are separated by at least two spaces). */
    static List<String> cells(String line) {
        return Arrays.asList(line.trim().split(" {2,}"));
    }

    /** The display column at which {@code cell} starts in {@code line}. */
    static int displayColumnOf(String line, String cell) {
        int index = line.indexOf(cell);
        if (index < 0) {
            throw new AssertionError("'" + cell + "' not in: " + line);
        }
        return TextTable.displayWidth(line.substring(0, index));
    }
}
