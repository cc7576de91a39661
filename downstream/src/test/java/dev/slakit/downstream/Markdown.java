package dev.slakit.downstream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Reading the repository's Markdown in tests: sections, fenced blocks and pipe tables. */
final class Markdown {

    private Markdown() {
    }

    static Path root() {
        String root = System.getProperty("repository.root");
        return root != null ? Paths.get(root).toAbsolutePath().normalize() : Paths.get("..").toAbsolutePath().normalize();
    }

    static List<String> readme() throws IOException {
        return Files.readAllLines(root().resolve("README.md"), StandardCharsets.UTF_8);
    }

    /** The lines after the heading {@code heading} (exact text, any level) up to the next heading of any level. */
    static List<String> section(List<String> lines, String heading) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("#+ " + java.util.regex.Pattern.quote(heading))) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            throw new AssertionError("README.md has no heading '" + heading + "'");
        }
        List<String> out = new ArrayList<>();
        boolean inFence = false;
        for (int i = start; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.trim().startsWith("```")) {
                inFence = !inFence;
            }
            if (!inFence && l.startsWith("#")) {
                break;
            }
            out.add(l);
        }
        return out;
    }

    /** The content of the first fenced block tagged {@code lang} in {@code lines}. */
    static String firstBlock(List<String> lines, String lang) {
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String l : lines) {
            if (!in && l.trim().equals("```" + lang)) {
                in = true;
            } else if (in && l.trim().equals("```")) {
                return sb.toString();
            } else if (in) {
                sb.append(l).append('\n');
            }
        }
        throw new AssertionError("no ```" + lang + " block");
    }

    /** The rows (cells trimmed, header and separator dropped) of the first pipe table in {@code lines}. */
    static List<List<String>> firstTable(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("|")) {
                List<String> cells = new ArrayList<>();
                for (String c : l.substring(1, l.lastIndexOf('|')).split("\\|", -1)) {
                    cells.add(c.trim());
                }
                rows.add(cells);
            } else if (!rows.isEmpty()) {
                break;
            }
        }
        if (rows.size() < 2) {
            throw new AssertionError("no table");
        }
        return rows;
    }
}
