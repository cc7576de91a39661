package dev.slakit.status.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link WatchStateStore} kept in one JSON file, so a restarted watcher does not announce known events
 * again, announces what changed while it was down, and delivers what a crash or a timed-out close left in
 * the outbox.
 *
 * <p>The whole content is held in memory and the file is rewritten on every {@link #commit} (a poll that
 * changed its target) and {@link #markDelivered}. A write never corrupts the file: the new content goes to a
 * temporary file in the same directory, is forced to disk, and atomically renamed over the file
 * ({@code ATOMIC_MOVE}, falling back to a plain replacing move where the file system cannot rename
 * atomically). So a state and the notifications it produced are kept together or not at all. Temporary files
 * a crashed process left behind are ignored and deleted by {@link #open}. If a write fails, memory and file
 * keep the previous content, so nothing is lost.
 *
 * <p>Format (version 2; times as ISO-8601 instants, severity as the service sent it; version 1 files, which
 * have no {@code revisions} and no {@code outbox}, are read and rewritten as version 2):
 * <pre>{@code
 * {"format":"slakit-watch-state","version":2,
 *  "targets":[{"regionId":"cn-hangzhou","productId":"ecs","observedAt":"2020-02-10T07:00:00Z",
 *    "events":[{"title":"...","severity":"ALARM","start":"2020-02-10T06:51:23Z","end":null}],
 *    "revisions":[{"title":"...","start":"2020-02-10T06:51:23Z","revision":1}]}],
 *  "outbox":[{"id":"...-1","kind":"OPENED","regionId":"cn-hangzhou","productId":"ecs","revision":1, ...}]}
 * }</pre>
 * A file that is not valid JSON, or whose structure is wrong ({@code targets} missing or not an array, a
 * target without {@code events}, ...) is rejected by {@link #open} with a message naming the file and the
 * problem; it is never read as empty state.
 *
 * <p>One store per file: {@link #open} takes an exclusive lock on a sidecar file ({@code <file>.lock}, left in
 * place), so a second open of the same file, in this or another process, fails with an
 * {@link IllegalStateException} until the first store is {@linkplain #close() closed} (or its process ends;
 * the operating system then releases the lock). Thread-safe: writes are serialized.
 */
public final class FileWatchStateStore implements WatchStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileWatchStateStore.class);
    static final String FORMAT = "slakit-watch-state";
    static final int VERSION = 2;

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private volatile boolean closed;
    private final Object writeLock = new Object();
    // Replaced (never mutated) under writeLock; volatile so load() and pending() never block on disk I/O.
    private volatile Content content;

    private FileWatchStateStore(Path file, FileChannel lockChannel, FileLock lock, Content content) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.content = content;
    }

    /**
     * Opens the store, reading the file if it exists and deleting temporary files a crashed write left in
     * its directory. The directory is created if missing.
     *
     * @param file the state file, not null, such as {@code /var/lib/app/health-watch.json}
     * @return the store
     * @throws UncheckedIOException if the directory cannot be created, or the file exists but cannot be
     *     read or is not a state file of this format (it is left untouched, so no state is silently lost)
     * @throws IllegalStateException if another store holds the file, in this or another process
     */
    public static FileWatchStateStore open(Path file) {
        Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of watch state file " + absolute, e);
        }
        Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the lock file " + lockFile + " of watch state file " + absolute, e);
        }
        boolean ok = false;
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + lockFile + " for watch state file " + absolute, e);
            }
            if (lock == null) {
                throw new IllegalStateException("watch state file " + absolute + " is in use by another "
                        + "FileWatchStateStore, in this or another process (it holds " + lockFile
                        + "); close that store first, or give each watcher its own file");
            }
            deleteStaleTempFiles(absolute);
            FileWatchStateStore store = new FileWatchStateStore(absolute, channel, lock, read(absolute));
            ok = true;
            return store;
        } finally {
            if (!ok) {
                closeQuietly(channel);
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close(); // releases the lock, if taken
        } catch (IOException e) {
            LOG.debug("cannot close lock channel", e);
        }
    }

    /**
     * Releases the file lock, so the file can be opened again. Later commits and deliveries fail with an
     * {@link IllegalStateException}. Idempotent.
     */
    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                lock.release();
            } catch (IOException e) {
                LOG.debug("cannot release the lock of {}", file, e);
            }
            closeQuietly(lockChannel);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this FileWatchStateStore of " + file + " is closed");
        }
    }

    /** @return the absolute path of the state file */
    public Path file() {
        return file;
    }

    @Override
    public Optional<TargetState> load(WatchTarget target) {
        return Optional.ofNullable(content.states.get(Objects.requireNonNull(target, "target")));
    }

    /**
     * Replaces the state of {@code state.target()}, appends {@code produced} to the outbox and rewrites the
     * file atomically.
     *
     * @throws UncheckedIOException if the file could not be written; the store then keeps its previous content
     */
    @Override
    public void commit(TargetState state, List<HealthNotification> produced) {
        Objects.requireNonNull(state, "state");
        Outbox.check(state, produced);
        synchronized (writeLock) {
            ensureOpen();
            Content next = content.copy();
            next.states.put(state.target(), state);
            for (HealthNotification n : produced) {
                next.outbox.put(n.id(), n);
            }
            write(file, next);
            content = next;
        }
    }

    /**
     * Replaces the states of several targets, appends their notifications to the outbox and rewrites the file
     * once, atomically: all or nothing.
     *
     * @throws UncheckedIOException if the file could not be written; the store then keeps its previous content
     */
    @Override
    public void commitAll(Collection<TargetState> states, List<HealthNotification> produced) {
        Outbox.byTarget(states, produced);
        synchronized (writeLock) {
            ensureOpen();
            Content next = content.copy();
            for (TargetState state : states) {
                next.states.put(state.target(), state);
            }
            for (HealthNotification n : produced) {
                next.outbox.put(n.id(), n);
            }
            write(file, next);
            content = next;
        }
    }

    @Override
    public List<HealthNotification> pending() {
        return new ArrayList<>(content.outbox.values());
    }

    /**
     * Removes the notifications from the outbox and rewrites the file atomically (not at all if none of the
     * ids is pending).
     *
     * @throws UncheckedIOException if the file could not be written; they then stay pending
     */
    @Override
    public void markDelivered(Collection<String> notificationIds) {
        Objects.requireNonNull(notificationIds, "notificationIds");
        synchronized (writeLock) {
            ensureOpen();
            Content next = content.copy();
            boolean changed = false;
            for (String id : notificationIds) {
                changed |= next.outbox.remove(Objects.requireNonNull(id, "notificationIds element")) != null;
            }
            if (changed) {
                write(file, next);
                content = next;
            }
        }
    }

    /** @return how many targets have a saved state */
    public int size() {
        return content.states.size();
    }

    /** The states and the outbox; a copy is made for every change. */
    static final class Content {
        final Map<WatchTarget, TargetState> states;
        final Map<String, HealthNotification> outbox;

        Content(Map<WatchTarget, TargetState> states, Map<String, HealthNotification> outbox) {
            this.states = states;
            this.outbox = outbox;
        }

        Content copy() {
            return new Content(new LinkedHashMap<>(states), new LinkedHashMap<>(outbox));
        }
    }

    private static Content read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Content(new LinkedHashMap<WatchTarget, TargetState>(), new LinkedHashMap<String, HealthNotification>());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read watch state file " + file, e);
        }
        String where = "watch state file " + file;
        try {
            return parse(WatchCodec.parse(bytes, where), where);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(e.getMessage() + " (expected a " + FORMAT
                    + " file of version 1 or " + VERSION + "; the file is left untouched)", e));
        }
    }

    static Content parse(JsonNode root, String where) throws IOException {
        WatchCodec.requireObject(root, where);
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IOException(where + ": \"format\" must be \"" + FORMAT + "\"");
        }
        int version = root.path("version").asInt();
        if (version != 1 && version != VERSION) {
            throw new IOException(where + ": \"version\" must be 1 or " + VERSION + ", was " + root.get("version"));
        }
        Map<WatchTarget, TargetState> states = new LinkedHashMap<>();
        JsonNode targets = WatchCodec.array(root, "targets", where);
        for (int i = 0; i < targets.size(); i++) {
            String at = where + ", targets[" + i + "]";
            TargetState state = WatchCodec.readState(targets.get(i), at, version >= 2);
            if (states.put(state.target(), state) != null) {
                throw new IOException(at + ": target " + state.target() + " is listed twice");
            }
        }
        Map<String, HealthNotification> outbox = new LinkedHashMap<>();
        if (version >= 2) {
            JsonNode entries = WatchCodec.array(root, "outbox", where);
            for (int i = 0; i < entries.size(); i++) {
                HealthNotification n = WatchCodec.readNotification(entries.get(i), where + ", outbox[" + i + "]");
                outbox.put(n.id(), n);
            }
        }
        return new Content(states, outbox);
    }

    static byte[] serialize(Content content) {
        ObjectNode root = WatchCodec.object();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode targets = root.putArray("targets");
        for (TargetState state : content.states.values()) {
            targets.add(WatchCodec.writeState(state));
        }
        ArrayNode outbox = root.putArray("outbox");
        for (HealthNotification n : content.outbox.values()) {
            outbox.add(WatchCodec.writeNotification(n));
        }
        return WatchCodec.bytes(root);
    }

    private static void write(Path file, Content content) {
        byte[] bytes = serialize(content);
        Path dir = file.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, tempPrefix(file), ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            moveIntoPlace(tmp, file);
            tmp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write watch state file " + file, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.debug("cannot delete temporary file {}", tmp, e);
                }
            }
        }
    }

    static void moveIntoPlace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (some network or Windows shares) cannot rename atomically: still replace.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename durable where the platform allows opening a directory (Linux, macOS); best effort. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.trace("cannot fsync directory {}", dir, e);
        }
    }

    static String tempPrefix(Path file) {
        return file.getFileName().toString() + ".";
    }

    private static void deleteStaleTempFiles(Path file) {
        String prefix = tempPrefix(file);
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(file.getParent(), prefix + "*.tmp")) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
                LOG.info("deleted temporary file {} left by an interrupted write", p);
            }
        } catch (IOException e) {
            LOG.warn("cannot clean temporary files of {}", file, e);
        }
    }

    @Override
    public String toString() {
        Content c = content;
        return "FileWatchStateStore{" + file + ", targets=" + c.states.size() + ", pending=" + c.outbox.size() + "}";
    }
}
