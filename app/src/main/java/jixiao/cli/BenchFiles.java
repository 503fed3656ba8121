package jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the benchmarks share: clearing a work folder and reading a clock. */
final class BenchFiles {
    private BenchFiles() {
    }

    /** Deletes a folder and everything in it; nothing when it is not there. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Seconds since a {@link System#nanoTime()} reading. */
    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
