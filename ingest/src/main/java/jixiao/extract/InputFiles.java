package jixiao.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the input files, in a stable order. */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * Files are taken as given; folders are walked, skipping hidden entries. Every regular file in
     * a folder is an input (unknown kinds are recorded as rejected, not skipped in silence).
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("~$")) return true;
        }
        return false;
    }
}
