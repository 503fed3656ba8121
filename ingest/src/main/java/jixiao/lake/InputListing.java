package jixiao.lake;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.net.URI;
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

/**
 * The input files of an ingest, listed through the Hadoop FileSystem API, so a path can be a local
 * folder or any URI the cluster reads ({@code file:}, {@code hdfs:}, {@code s3a:}), with each file's
 * length and modification time: what decides, without reading it, that a file is unchanged. Folders are
 * walked, hidden entries ({@code .x}, Office's {@code ~$x}) skipped; a subfolder that cannot be listed is
 * reported and the rest is listed. Local files keep their plain absolute path as their name in the lake.
 */
public final class InputListing {
    /** One input file as the file system lists it; {@code path} is how the lake names it. */
    public record ListedFile(String path, String name, long length, long modified) implements Serializable {
    }

    /** The files listed, and the folders walked: a file gone from a walked folder has been deleted. */
    public record Listing(List<ListedFile> files, List<String> folders) {
    }

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");

    private InputListing() {
    }

    public static Listing list(Configuration conf, List<String> inputs, PrintStream log) {
        Map<String, ListedFile> out = new LinkedHashMap<>();
        List<String> folders = new ArrayList<>();
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
                } else if (walk(fs, status.getPath(), out, log)) {
                    folders.add(stored(status.getPath()));
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot list " + input + ": " + e.getMessage(), e);
            }
        }
        List<ListedFile> files = new ArrayList<>(out.values());
        files.sort(Comparator.comparing(ListedFile::path));
        return new Listing(files, folders);
    }

    /** Walks a folder; false when some part of it could not be listed (then nothing under it counts as deleted). */
    private static boolean walk(FileSystem fs, Path dir, Map<String, ListedFile> out, PrintStream log) {
        FileStatus[] children;
        try {
            children = fs.listStatus(dir);
        } catch (IOException e) {
            // one folder that cannot be listed is reported; the other inputs are still read
            log.printf("ingest: cannot list %s (%s): its files are left out%n", stored(dir), e.getMessage());
            return false;
        }
        boolean whole = true;
        for (FileStatus c : children) {
            if (hidden(c.getPath().getName())) continue;
            if (c.isDirectory()) whole &= walk(fs, c.getPath(), out, log);
            else if (c.isFile()) add(out, c);
        }
        return whole;
    }

    private static void add(Map<String, ListedFile> out, FileStatus s) {
        String path = stored(s.getPath());
        out.putIfAbsent(path, new ListedFile(path, s.getPath().getName(), s.getLen(), s.getModificationTime()));
    }

    static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("~$");
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
