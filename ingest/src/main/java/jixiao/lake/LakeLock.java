package jixiao.lake;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * One writer at a time on a lake on this machine's disk: ingest and transform hold it while they write,
 * so a transform never reads silver half-way through an ingest's commits. It is the operating system's
 * lock on {@code _jixiao.lock} in the lake root, so it goes with the process: a killed run leaves no
 * stale lock. A second run waits for it, saying who holds it, then goes on. Stages of one process (the
 * {@code run} command) share it. A lake on another file system (hdfs:, s3a:) has no such lock: there the
 * Delta commits' own conflict checks and retries are what keep concurrent runs apart.
 */
public final class LakeLock implements AutoCloseable {
    static final String FILE = "_jixiao.lock";
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path file;

    private record Held(FileChannel channel, FileLock lock, int[] count) {
    }

    private LakeLock(Path file) {
        this.file = file;
    }

    /** Waits for the lake (printing once who holds it) and holds it until {@link #close}. */
    public static LakeLock acquire(Lake lake, String what, PrintStream log) {
        URI root = URI.create(lake.root());
        if (!"file".equals(root.getScheme())) return new LakeLock(null);
        Path file = Path.of(root).resolve(FILE);
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held != null) {
                held.count()[0]++;
                return new LakeLock(file);
            }
            try {
                Files.createDirectories(file.getParent());
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    log.printf("%s: the lake %s is in use by another run (%s): waiting for it to finish%n", what,
                            lake.root(), holder(file));
                    lock = channel.lock();
                }
                String me = what + ", process " + ProcessHandle.current().pid();
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
                HELD.put(file, new Held(channel, lock, new int[] {1}));
                return new LakeLock(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock the lake at " + file, e);
            }
        }
    }

    private static String holder(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "unknown" : s;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** True when this is the operating system's lock: no other run writes the lake while it is held. */
    public boolean exclusive() {
        return file != null;
    }

    @Override
    public void close() {
        if (file == null) return;
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held == null || --held.count()[0] > 0) return;
            HELD.remove(file);
            try {
                held.lock().release();
                held.channel().close();
            } catch (IOException e) {
                // the lock goes with the channel, and with the process at the latest
            }
        }
    }
}
