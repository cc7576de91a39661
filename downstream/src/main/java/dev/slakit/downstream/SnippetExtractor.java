package dev.slakit.downstream;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the fenced {@code java} blocks of a Markdown text and the directives around them.
 *
 * <p>Directives are HTML comments (invisible on GitHub) written on the lines right before a block
 * ({@code given:}, {@code throws:}, {@code snippet:}) or right after it ({@code then:}); blank lines may
 * separate them from the block. A directive that is not next to a {@code java} block is an error, so a
 * README edit cannot silently detach it. Other HTML comments are ignored. Stateless and thread-safe.
 */
public final class SnippetExtractor {

    private static final Pattern FENCE = Pattern.compile("^\\s*```+\\s*([\\w+-]*)\\s*$");
    private static final Pattern DIRECTIVE = Pattern.compile("(?s)^<!--\\s*(given|then|throws|snippet):(.*?)-->\\s*$");

    private SnippetExtractor() {
    }

    /**
     * Extracts the blocks of one file.
     *
     * @param file  the file's path relative to the repository root, used in names and messages
     * @param lines the file's lines
     * @return the {@code java} blocks in file order, skipped ones included (with {@link Snippet.Mode#SKIP})
     * @throws IllegalArgumentException naming the file and line of a malformed or detached directive, or of an
     *                                  unclosed fence
     */
    public static List<Snippet> extract(String file, List<String> lines) {
        List<Snippet> out = new ArrayList<>();
        Pending pending = new Pending();
        int i = 0;
        while (i < lines.size()) {
            String l = lines.get(i);
            Matcher fence = FENCE.matcher(l);
            if (fence.matches()) {
                int start = i;
                List<String> body = new ArrayList<>();
                i++;
                while (i < lines.size() && !lines.get(i).trim().matches("```+")) {
                    body.add(lines.get(i));
                    i++;
                }
                if (i == lines.size()) {
                    throw new IllegalArgumentException(file + ":" + (start + 1) + ": the code fence is never closed");
                }
                i++;
                if (fence.group(1).equals("java")) {
                    List<String> then = new ArrayList<>();
                    i = readThen(file, lines, i, then);
                    out.add(new Snippet(file, start + 1, body, pending.given, then, pending.throwsType, pending.mode));
                    pending = new Pending();
                } else {
                    pending.requireEmpty(file, start + 1);
                }
                continue;
            }
            if (l.trim().startsWith("<!--")) {
                int start = i;
                String comment = readComment(file, lines, i);
                i += (int) comment.lines().count();
                Matcher d = DIRECTIVE.matcher(comment.trim());
                if (d.matches()) {
                    pending.add(file, start + 1, d.group(1), d.group(2));
                }
                continue;
            }
            if (!l.isBlank()) {
                pending.requireEmpty(file, i + 1);
            }
            i++;
        }
        pending.requireEmpty(file, lines.size());
        return out;
    }

    private static int readThen(String file, List<String> lines, int from, List<String> then) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i < lines.size() && lines.get(i).trim().startsWith("<!--")) {
            String comment = readComment(file, lines, i);
            Matcher d = DIRECTIVE.matcher(comment.trim());
            if (d.matches() && d.group(1).equals("then")) {
                then.addAll(d.group(2).strip().lines().toList());
                return i + (int) comment.lines().count();
            }
        }
        return from;
    }

    private static String readComment(String file, List<String> lines, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < lines.size(); i++) {
            sb.append(lines.get(i)).append('\n');
            if (lines.get(i).contains("-->")) {
                return sb.toString();
            }
        }
        throw new IllegalArgumentException(file + ":" + (from + 1) + ": the HTML comment is never closed");
    }

    /** Directives seen since the last block. */
    private static final class Pending {
        final List<String> given = new ArrayList<>();
        String throwsType;
        Snippet.Mode mode = Snippet.Mode.RUN;
        int firstLine;

        void add(String file, int line, String kind, String text) {
            if (firstLine == 0) {
                firstLine = line;
            }
            String value = text.strip();
            switch (kind) {
                case "given" -> given.addAll(value.lines().toList());
                case "throws" -> {
                    if (!value.matches("[\\w.]+")) {
                        throw new IllegalArgumentException(file + ":" + line
                                + ": <!-- throws: --> takes one exception type name, got '" + value + "'");
                    }
                    throwsType = value;
                }
                case "snippet" -> mode = switch (value) {
                    case "compile-only" -> Snippet.Mode.COMPILE_ONLY;
                    case "skip" -> Snippet.Mode.SKIP;
                    default -> throw new IllegalArgumentException(file + ":" + line
                            + ": <!-- snippet: --> accepts compile-only or skip, got '" + value + "'");
                };
                case "then" -> throw new IllegalArgumentException(file + ":" + line
                        + ": <!-- then: --> must come right after a ```java block");
                default -> throw new AssertionError(kind);
            }
        }

        void requireEmpty(String file, int line) {
            if (firstLine != 0) {
                throw new IllegalArgumentException(file + ":" + firstLine
                        + ": a given/throws/snippet directive must come right before a ```java block (found text"
                        + " or another block at line " + line + ")");
            }
        }
    }
}
