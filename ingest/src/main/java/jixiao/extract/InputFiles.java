package jixiao.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Expands the paths given on the command line into the input files, in a stable order. */
public final class InputFiles {
    private InputFiles() {
    }

    /** The files to read, and the paths met but skipped (with why). */
    public record Found(List<Path> files, List<SkippedPath> skipped) {
    }

    /** The files only (see {@link #find}). */
    public static List<Path> expand(List<Path> paths) {
        return find(paths).files();
    }

    /**
     * Files are taken as given; folders are walked by the policy of {@link SkippedPath} (hidden entries and
     * links skipped, a folder that cannot be listed reported). Every regular file in a folder is an input
     * (unknown kinds are recorded as rejected, not skipped in silence).
     */
    public static Found find(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        List<SkippedPath> skipped = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (dir.equals(p)) return FileVisitResult.CONTINUE;
                        SkippedPath.Reason why = SkippedPath.reason(p, dir);
                        if (why == null) return FileVisitResult.CONTINUE;
                        skipped.add(new SkippedPath(dir.toString(), why));
                        return FileVisitResult.SKIP_SUBTREE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        SkippedPath.Reason why = SkippedPath.reason(p, file);
                        if (why != null) skipped.add(new SkippedPath(file.toString(), why));
                        else if (attrs.isRegularFile()) found.add(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        skipped.add(new SkippedPath(file.toString(), SkippedPath.Reason.UNLISTABLE));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + p, e);
            }
            found.sort(null);
            out.addAll(found);
        }
        skipped.sort(java.util.Comparator.comparing(SkippedPath::path));
        return new Found(out, List.copyOf(skipped));
    }
}
