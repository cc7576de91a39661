package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FileWatchStateStore holds an exclusive lock on its file: a second open, here or in another JVM, fails. */
class FileWatchStateStoreLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondOpenInThisProcessFailsClearlyUntilTheFirstIsClosed() {
        Path file = dir.resolve("watch.json");
        FileWatchStateStore first = FileWatchStateStore.open(file);
        first.commit(TargetState.of(WatchTarget.of("r", "p"), List.of()), List.of());

        assertThatThrownBy(() -> FileWatchStateStore.open(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("in use by another FileWatchStateStore");
        assertThatThrownBy(() -> FileWatchStateStore.open(dir.resolve("./watch.json")))
                .as("another spelling of the same file").isInstanceOf(IllegalStateException.class);

        first.close();
        first.close(); // idempotent
        try (FileWatchStateStore second = FileWatchStateStore.open(file)) {
            assertThat(second.size()).as("the first store's state").isEqualTo(1);
        }
    }

    @Test
    void aStoreOpenInAnotherProcessBlocksThisOneUntilItIsClosedOrKilled() throws Exception {
        Path file = dir.resolve("watch.json");
        try (ChildJvm child = ChildJvm.start(LockHolderMain.class, file.toString())) {
            child.await("locked");
            assertThatThrownBy(() -> FileWatchStateStore.open(file)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString())
                    .hasMessageContaining("in this or another process");
            child.process.getOutputStream().write('\n');
            child.process.getOutputStream().flush();
            child.await("released");
            assertThat(child.exitCode()).isZero();
        }
        FileWatchStateStore.open(file).close();

        try (ChildJvm child = ChildJvm.start(LockHolderMain.class, file.toString())) {
            child.await("locked");
            assertThatThrownBy(() -> FileWatchStateStore.open(file)).isInstanceOf(IllegalStateException.class);
            child.kill();
        }
        FileWatchStateStore.open(file).close(); // the operating system released the lock of the killed process
    }
}
