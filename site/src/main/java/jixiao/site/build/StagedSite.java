package jixiao.site.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A site is built beside the published folder and swapped in when complete, so readers of the published
 * folder never see a half-built site, and a build that dies leaves the last good one in place.
 * <p>
 * The staging folder ({@code .NAME.building}, a sibling on the same file system) starts as a copy of the
 * published site made of hard links (no bytes copied; a real copy where links are not possible), so the
 * incremental build still skips unchanged pages. Every writer therefore replaces a file (a new file under
 * the old name), never writes into it: {@link #fresh} does that. The swap is two renames: the published
 * folder to {@code .NAME.old}, the staging folder to NAME. A build killed between the two leaves no NAME;
 * the next build (or {@link #open}) renames {@code .NAME.old} back first.
 */
public final class StagedSite {
    private final Path published;
    private final Path staging;
    private final Path old;

    private StagedSite(Path published) {
        this.published = published.toAbsolutePath().normalize();
        Path parent = this.published.getParent();
        String name = this.published.getFileName().toString();
        this.staging = parent.resolve("." + name + ".building");
        this.old = parent.resolve("." + name + ".old");
    }

    /** Recovers from a build that died mid-swap, clears a dead build's staging and starts a new one. */
    public static StagedSite open(Path published) {
        StagedSite s = new StagedSite(published);
        try {
            Files.createDirectories(s.published.getParent());
            if (!Files.exists(s.published, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(s.old, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(s.old, s.published); // the last build died between its two renames
            }
            deleteTree(s.staging);
            deleteTree(s.old);
            if (Files.exists(s.published, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(s.published)) {
                throw new IllegalArgumentException("site folder " + s.published + " is a file, not a folder");
            }
            if (Files.isDirectory(s.published)) linkTree(s.published, s.staging);
            else Files.createDirectories(s.staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the site's staging folder " + s.staging, e);
        }
        return s;
    }

    /** Where this build writes. */
    public Path dir() {
        return staging;
    }

    /** The folder readers open. */
    public Path published() {
        return published;
    }

    /** Swaps the finished build in for the published site. */
    public void publish() {
        try {
            if (Files.exists(published, LinkOption.NOFOLLOW_LINKS)) Files.move(published, old);
            Files.move(staging, published);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the site built in " + staging + " as " + published
                    + " (is a file in it open, or the folder a mount point?)", e);
        }
    }

    /** A build that failed: its staging folder goes; the published site was never touched. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // the next build clears it
        }
    }

    /**
     * Makes {@code file} ready to be written as a new file: its folder exists and an earlier file of that
     * name (maybe a hard link to the published copy) is removed, so writing never changes the published site.
     */
    public static Path fresh(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        return file;
    }

    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.createLink(target, p);
                    } catch (UnsupportedOperationException | FileSystemException e) {
                        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } else if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p)); // someone else's: kept as it was
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> paths = all.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) Files.deleteIfExists(p);
        }
    }
}
