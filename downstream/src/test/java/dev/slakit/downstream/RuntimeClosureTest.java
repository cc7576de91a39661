package dev.slakit.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * README.md's "Runtime closure" table against what Maven resolved for each published module in this build
 * ({@code target/runtime-closure.txt}, written by {@code dependency:list} in the parent's published profile):
 * the same jars, the same versions, the same sizes, the same totals.
 */
class RuntimeClosureTest {

    private static final List<String> MODULES = List.of("sla-core", "status-client", "src-test-fixtures");

    @ParameterizedTest
    @ValueSource(strings = {"sla-core", "status-client", "src-test-fixtures"})
    void theReadmeTableIsWhatMavenResolves(String module) throws IOException {
        Map<String, Jar> resolved = resolved(module);
        List<List<String>> table = Markdown.firstTable(Markdown.section(Markdown.readme(), "Runtime closure"));
        int column = table.get(0).indexOf(module);
        assertThat(column).as("a column for " + module).isPositive();

        Map<String, String> readmeJars = new TreeMap<>();
        Map<String, String> readmeKib = new TreeMap<>();
        String readmeTotal = null;
        for (List<String> row : table.subList(2, table.size())) {
            if (row.get(0).contains("total")) {
                readmeTotal = row.get(column);
            } else if (row.get(column).equals("✓")) {
                String ga = row.get(0).replace("`", "");
                readmeJars.put(ga, row.get(1));
                readmeKib.put(ga, row.get(2));
            }
        }

        Map<String, String> mavenJars = new TreeMap<>();
        Map<String, String> mavenKib = new TreeMap<>();
        long thirdPartyBytes = 0;
        for (Jar j : resolved.values()) {
            mavenJars.put(j.ga, j.version);
            if (!j.ga.startsWith("dev.slakit:")) {
                mavenKib.put(j.ga, Long.toString(kib(j.bytes)));
                thirdPartyBytes += j.bytes;
            } else {
                mavenKib.put(j.ga, "");
            }
        }
        mavenJars.put("dev.slakit:" + module, readmeJars.getOrDefault("dev.slakit:" + module, "?"));
        mavenKib.put("dev.slakit:" + module, "");

        assertThat(readmeJars).as("README.md runtime closure of " + module + " (jar -> version)").isEqualTo(mavenJars);
        assertThat(readmeKib).as("README.md sizes for " + module + " (KiB)").isEqualTo(mavenKib);
        assertThat(readmeTotal).as("README.md third-party total for " + module).isEqualTo(Long.toString(kib(thirdPartyBytes)));
    }

    private static long kib(long bytes) {
        return (bytes + 512) / 1024;
    }

    private record Jar(String ga, String version, long bytes) {
    }

    /** The non-optional runtime dependencies of {@code module} as this build resolved them. */
    private static Map<String, Jar> resolved(String module) throws IOException {
        Path list = Markdown.root().resolve(module).resolve("target/runtime-closure.txt");
        assertThat(list).as("written by the build of " + module + "; run ./mvnw -pl downstream -am verify").exists();
        Map<String, Jar> out = new TreeMap<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("The following") || t.contains("(optional)") || t.equals("none")) {
                continue;
            }
            String[] p = t.split(" ")[0].split(":");
            // groupId:artifactId:type[:classifier]:version:scope:path
            String version = p[p.length - 3];
            Path file = Paths.get(p[p.length - 1]);
            out.put(p[0] + ":" + p[1], new Jar(p[0] + ":" + p[1], version, Files.size(file)));
        }
        assertThat(MODULES).contains(module);
        return out;
    }
}
