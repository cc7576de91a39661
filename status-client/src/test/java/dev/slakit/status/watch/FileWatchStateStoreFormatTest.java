package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Structurally wrong state files are rejected, naming the file and what is wrong; never read as empty. */
class FileWatchStateStoreFormatTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "targets not an array  | {'format':'slakit-watch-state','version':1,'targets':{}}                           | targets",
        "targets missing       | {'format':'slakit-watch-state','version':1}                                       | targets",
        "target without events | {'format':'slakit-watch-state','version':1,'targets':[{'regionId':'r','productId':'p'}]} | events",
        "events not an array   | {'format':'slakit-watch-state','version':1,'targets':[{'regionId':'r','productId':'p','events':7}]} | events",
        "target not an object  | {'format':'slakit-watch-state','version':1,'targets':[3]}                           | targets[0]",
    })
    void aStructurallyWrongFileIsRejectedNamingTheFileAndTheProblem(String name, String json, String problem)
            throws Exception {
        Path file = dir.resolve("watch.json");
        Files.write(file, json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> FileWatchStateStore.open(file)).as(name)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining(problem);
    }
}
