package dev.slakit.status.watch;

import java.nio.file.Paths;

/** Child JVM: opens a FileWatchStateStore, says "locked", and closes it when a line arrives on stdin. */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        try (FileWatchStateStore store = FileWatchStateStore.open(Paths.get(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            System.in.read();
        }
        System.out.println("released");
        System.out.flush();
    }
}
