package jixiao.lake;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import jixiao.extract.InputFiles;
import jixiao.extract.SkippedPath;

/**
 * The input files of an ingest, listed through the Hadoop FileSystem API, so a path can be a local
 * folder or any URI the cluster reads ({@code file:}, {@code hdfs:}, {@code s3a:}), with each file's
 * length and modification time: what decides, without reading it, that a file is unchanged. Folders are
 * walked by the policy of {@link SkippedPath} (hidden entries and, on local disks, links are skipped and
 * reported); a subfolder that cannot be listed is reported and the rest is listed. Local files keep their
 * plain absolute path as their name in the lake.
 */
public final class InputListing {
    /** One input file as the file system lists it; {@code path} is how the lake names it. */
    public record ListedFile(String path, String name, long length, long modified) implements Serializable {
    }

    /**
     * The files listed; the folders walked whole (a file gone from one has been deleted); the paths met and
     * skipped, with why ({@link SkippedPath}: hidden entries, links, folders that cannot be listed).
     */
    public record Listing(List<ListedFile> files, List<String> folders, List<SkippedPath> skipped) {
    }

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");

    private InputListing() {
    }

    public static Listing list(Configuration conf, List<String> inputs, PrintStream log) {
        Map<String, ListedFile> out = new LinkedHashMap<>();
        List<String> folders = new ArrayList<>();
        List<SkippedPath> skipped = new ArrayList<>();
        for (String input : inputs) {
            Path root = new Path(uri(input));
            try {
                FileSystem fs = root.getFileSystem(conf);
                FileStatus status;
                try {
                    status = fs.getFileStatus(root);
                } catch (FileNotFoundException e) {
                    throw new IllegalArgumentException("no such file or folder: " + input);
                }
                if (status.isFile()) {
                    add(out, status);
                } else if ("file".equals(status.getPath().toUri().getScheme())) {
                    // a local folder is walked by the same code as extract's: it sees links Hadoop's listing hides
                    if (walkLocal(Paths.get(status.getPath().toUri()), out, skipped)) folders.add(stored(status.getPath()));
                } else if (walk(fs, status.getPath(), out, skipped)) {
                    folders.add(stored(status.getPath()));
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        List<ListedFile> files = new ArrayList<>(out.values());
        files.sort(Comparator.comparing(ListedFile::path));
        skipped.sort(Comparator.comparing(SkippedPath::path));
        return new Listing(files, folders, List.copyOf(skipped));
    }

    /** Walks a folder; false when some part of it could not be listed (then nothing under it counts as deleted). */
    private static boolean walk(FileSystem fs, Path dir, Map<String, ListedFile> out, List<SkippedPath> skipped) {
        FileStatus[] children;
        try {
            children = fs.listStatus(dir);
        } catch (IOException e) {
            // one folder that cannot be listed is reported; the other inputs are still read
            skipped.add(new SkippedPath(stored(dir), SkippedPath.Reason.UNLISTABLE));
            return false;
        }
        boolean whole = true;
        for (FileStatus c : children) {
            if (SkippedPath.hidden(c.getPath().getName())) skipped.add(new SkippedPath(stored(c.getPath()), SkippedPath.Reason.HIDDEN));
            else if (c.isDirectory()) whole &= walk(fs, c.getPath(), out, skipped);
            else if (c.isFile()) add(out, c);
        }
        return whole;
    }

    private static boolean walkLocal(java.nio.file.Path dir, Map<String, ListedFile> out, List<SkippedPath> skipped) {
        InputFiles.Found found = InputFiles.find(List.of(dir));
        skipped.addAll(found.skipped());
        for (java.nio.file.Path f : found.files()) {
            try {
                String path = f.toAbsolutePath().normalize().toString();
                out.putIfAbsent(path, new ListedFile(path, f.getFileName().toString(), Files.size(f),
                        Files.getLastModifiedTime(f).toMillis()));
            } catch (IOException e) {
                skipped.add(new SkippedPath(f.toString(), SkippedPath.Reason.UNLISTABLE)); // gone while listed
            }
        }
        return found.skipped().stream().noneMatch(s -> s.reason() == SkippedPath.Reason.UNLISTABLE);
    }

    private static void add(Map<String, ListedFile> out, FileStatus s) {
        String path = stored(s.getPath());
        out.putIfAbsent(path, new ListedFile(path, s.getPath().getName(), s.getLen(), s.getModificationTime()));
    }

    /** A location as a URI: a string with a scheme is taken as it is, anything else is a local path. */
    static URI uri(String input) {
        if (SCHEME.matcher(input).matches() && !input.matches("^[a-zA-Z]:[\\\\/].*")) return URI.create(input);
        return Paths.get(input).toAbsolutePath().normalize().toUri();
    }

    /** How the lake names a file: a local file by its absolute path, any other by its URI. */
    static String stored(Path p) {
        URI u = p.toUri();
        return "file".equals(u.getScheme()) ? u.getPath() : p.toString();
    }

    /** Whether a stored path names a local file (then readers may stream it from disk). */
    static boolean local(String stored) {
        return !SCHEME.matcher(stored).matches();
    }
}
