package dev.slakit.downstream;

import java.util.List;
import java.util.Objects;

/**
 * One fenced {@code java} block of a Markdown file, with the directives written in HTML comments around it.
 *
 * @param file       the Markdown file, relative to the repository root, e.g. {@code README.md}
 * @param line       the 1-based line of the opening fence
 * @param code       the lines between the fences
 * @param given      Java statements run before the block (from {@code <!-- given: ... -->}), never shown
 * @param then       Java statements run after the block (from {@code <!-- then: ... -->}), never shown
 * @param throwsType the simple name of the exception the block must throw ({@code <!-- throws: X -->}), or null
 * @param mode       whether the block is run, only compiled, or skipped
 */
public record Snippet(String file, int line, List<String> code, List<String> given, List<String> then,
                      String throwsType, Mode mode) {

    /** What the build does with a block. */
    public enum Mode {
        /** Compiled and run (a method block) or compiled and, if it is a test, run by Surefire (a class block). */
        RUN,
        /** Compiled only ({@code <!-- snippet: compile-only -->}), e.g. when it needs the real endpoint. */
        COMPILE_ONLY,
        /** Neither ({@code <!-- snippet: skip -->}); for blocks that are not Java source, e.g. a stack trace. */
        SKIP
    }

    public Snippet {
        Objects.requireNonNull(file, "file");
        code = List.copyOf(code);
        given = List.copyOf(given);
        then = List.copyOf(then);
        Objects.requireNonNull(mode, "mode");
    }

    /** The name of the top-level type the block declares, or null when it is a list of statements. */
    public String declaredType() {
        for (String l : code) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|enum|record)\\s+(\\w+)")
                    .matcher(l);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Where the block is, for messages: {@code README.md:73}. */
    public String where() {
        return file + ":" + line;
    }
}
