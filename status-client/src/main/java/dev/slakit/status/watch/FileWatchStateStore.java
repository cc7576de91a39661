package dev.slakit.status.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slakit.status.HealthEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link WatchStateStore} kept in one JSON file, so a restarted watcher does not announce known events
 * again (and does announce what changed while it was down).
 *
 * <p>The whole state is held in memory and the file is rewritten on every {@link #save} or
 * {@link #saveAll}, which the watcher calls only when events changed (a {@code pollOnce()} saves all its
 * changed targets in one write; a scheduled poll saves its one target). A write never corrupts the file: the new content goes to a
 * temporary file in the same directory, is forced to disk, and atomically renamed over the file
 * ({@code ATOMIC_MOVE}, falling back to a plain replacing move where the file system cannot rename
 * atomically). Temporary files a crashed process left behind are ignored and deleted by {@link #open}. If a
 * save fails, the in-memory state keeps the previous value, so nothing is lost.
 *
 * <p>Format (version 1, times as ISO-8601 instants, severity as the service sent it):
 * <pre>{@code
 * {"format":"slakit-watch-state","version":1,"targets":[{"regionId":"cn-hangzhou","productId":"ecs",
 *   "events":[{"title":"...","severity":"ALARM","start":"2020-02-10T06:51:23Z","end":null}]}]}
 * }</pre>
 *
 * <p>One process per file. Thread-safe: saves are serialized.
 */
public final class FileWatchStateStore implements WatchStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileWatchStateStore.class);
    static final String FORMAT = "slakit-watch-state";
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final Object writeLock = new Object();
    // Guarded by writeLock for writes; a volatile copy-on-write map so load() never blocks on disk I/O.
    private volatile Map<WatchTarget, TargetState> states;

    private FileWatchStateStore(Path file, Map<WatchTarget, TargetState> states) {
        this.file = file;
        this.states = states;
    }

    /**
     * Opens the store, reading the file if it exists and deleting temporary files a crashed write left in
     * its directory. The directory is created if missing.
     *
     * @param file the state file, not null, such as {@code /var/lib/app/health-watch.json}
     * @return the store
     * @throws UncheckedIOException if the directory cannot be created, or the file exists but cannot be
     *     read or is not a state file of this format (it is left untouched, so no state is silently lost)
     */
    public static FileWatchStateStore open(Path file) {
        Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of watch state file " + absolute, e);
        }
        deleteStaleTempFiles(absolute);
        return new FileWatchStateStore(absolute, read(absolute));
    }

    /** @return the absolute path of the state file */
    public Path file() {
        return file;
    }

    @Override
    public Optional<TargetState> load(WatchTarget target) {
        return Optional.ofNullable(states.get(Objects.requireNonNull(target, "target")));
    }

    /**
     * Replaces the state of {@code state.target()} and rewrites the file atomically.
     *
     * @param state the new state, not null
     * @throws UncheckedIOException if the file could not be written; the store then keeps the previous state
     */
    @Override
    public void save(TargetState state) {
        saveAll(Collections.singletonList(Objects.requireNonNull(state, "state")));
    }

    /**
     * Replaces the states of several targets and rewrites the file once, atomically: either all are kept
     * or none.
     *
     * @param newStates the new states, not null, no null element
     * @throws UncheckedIOException if the file could not be written; the store then keeps the previous states
     */
    @Override
    public void saveAll(Collection<TargetState> newStates) {
        Objects.requireNonNull(newStates, "states");
        synchronized (writeLock) {
            Map<WatchTarget, TargetState> next = new LinkedHashMap<>(states);
            for (TargetState state : newStates) {
                next.put(Objects.requireNonNull(state, "states element").target(), state);
            }
            write(file, next);
            states = next;
        }
    }

    /** @return how many targets have a saved state */
    public int size() {
        return states.size();
    }

    private static Map<WatchTarget, TargetState> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new LinkedHashMap<>();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read watch state file " + file, e);
        }
        try {
            return parse(MAPPER.readTree(bytes));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("watch state file " + file
                    + " is not a valid " + FORMAT + " version " + VERSION + " file: " + e.getMessage(), e));
        }
    }

    private static Map<WatchTarget, TargetState> parse(JsonNode root) throws IOException {
        if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != VERSION) {
            throw new IOException("missing \"format\":\"" + FORMAT + "\" and \"version\":" + VERSION);
        }
        Map<WatchTarget, TargetState> states = new LinkedHashMap<>();
        for (JsonNode t : root.path("targets")) {
            WatchTarget target = WatchTarget.of(text(t, "regionId"), text(t, "productId"));
            List<HealthEvent> events = new ArrayList<>();
            for (JsonNode e : t.path("events")) {
                JsonNode end = e.path("end");
                events.add(HealthEvent.ofWire(text(e, "title"), text(e, "severity"), instant(text(e, "start")),
                        end.isTextual() ? instant(end.asText()) : null));
            }
            JsonNode observedAt = t.path("observedAt");
            states.put(target, TargetState.of(target, events,
                    observedAt.isTextual() ? instant(observedAt.asText()) : null));
        }
        return states;
    }

    private static String text(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("field \"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static Instant instant(String text) throws IOException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IOException("not an ISO-8601 instant: " + text, e);
        }
    }

    static byte[] serialize(Map<WatchTarget, TargetState> states) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode targets = root.putArray("targets");
        for (TargetState state : states.values()) {
            ObjectNode t = targets.addObject();
            t.put("regionId", state.target().regionId());
            t.put("productId", state.target().productId());
            if (state.observedAt().isPresent()) {
                t.put("observedAt", state.observedAt().get().toString());
            }
            ArrayNode events = t.putArray("events");
            for (HealthEvent e : state.events()) {
                ObjectNode n = events.addObject();
                n.put("title", e.title());
                n.put("severity", e.rawSeverity());
                n.put("start", e.startTime().toString());
                if (e.endTime().isPresent()) {
                    n.put("end", e.endTime().get().toString());
                } else {
                    n.putNull("end");
                }
            }
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize watch state", e);
        }
    }

    private static void write(Path file, Map<WatchTarget, TargetState> states) {
        byte[] bytes = serialize(states);
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
        return "FileWatchStateStore{" + file + ", targets=" + states.size() + "}";
    }
}
