package dev.slakit.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone has nothing outside the repository: no file of it (code, javadoc, tests, Markdown, build files)
 * points to the workspace's design notes or source documents. Users find the reading of the documents in docs/.
 */
class SelfContainedTest {

    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared|/work/|DESIGN\\.md|seeds/");

    @Test
    void noFileReferencesSomethingOutsideTheRepository() throws IOException {
        Path root = Markdown.root();
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !excluded(root.relativize(p))).toList()) {
                List<String> lines;
                try {
                    lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                } catch (MalformedInputException binary) {
                    continue;
                }
                for (int i = 0; i < lines.size(); i++) {
                    if (OUTSIDE.matcher(lines.get(i)).find()) {
                        hits.add(root.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(hits).as("references to files outside the repository; point into docs/ instead").isEmpty();
    }

    @Test
    void theReadingOfTheDocumentsIsLinkedFromTheReadmeAndTheSlaCoreJavadoc() throws IOException {
        Path root = Markdown.root();
        assertThat(root.resolve("docs/reading-the-documents.md")).isRegularFile();
        assertThat(Files.readString(root.resolve("README.md"))).contains("(docs/reading-the-documents.md)");
        assertThat(Files.readString(root.resolve("docs/README.md"))).contains("(reading-the-documents.md)");
        assertThat(Files.readString(root.resolve("sla-core/src/main/java/dev/slakit/sla/package-info.java")))
                .contains("docs/reading-the-documents.md");
    }

    private static boolean excluded(Path relative) {
        String p = relative.toString().replace('\\', '/');
        return p.startsWith(".git") || p.contains("target/") || p.startsWith("downstream/src/test/java/dev/slakit/downstream/SelfContainedTest")
                || p.endsWith(".jar") || p.contains(".jqwik-database");
    }
}
