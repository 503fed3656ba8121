package jixiao.extract;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A path met while walking an input folder and not read, with why. The policy, one place for both
 * listings (extract's and ingest's):
 * <ul>
 * <li>hidden entries ({@code .x}, Office's lock files {@code ~$x}) are skipped, a hidden folder whole;</li>
 * <li>symbolic links inside a folder are never followed: a link to a folder could loop, a link out of the
 * folder would read what the user did not hand in, and a link to a file inside it names a file that is
 * read under its own path anyway. A link named on the command line itself is followed: the user chose it.</li>
 * </ul>
 * Each skipped path is reported with its reason, so no input disappears in silence.
 */
public record SkippedPath(String path, Reason reason) implements Serializable {
    public enum Reason {
        HIDDEN("hidden"),
        LINK_INSIDE("link to a file in the folder (read under its own path)"),
        LINK_OUTSIDE("link out of the folder (not followed)"),
        LINK_TO_FOLDER("link to a folder (not followed)"),
        LINK_BROKEN("broken or looping link"),
        UNLISTABLE("folder that cannot be listed (its files are left out)");

        public final String words;

        Reason(String words) {
            this.words = words;
        }
    }

    public static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("~$");
    }

    /** Why a local path met under {@code root} is skipped, or null when it is read (or walked). */
    public static Reason reason(Path root, Path p) {
        Path name = p.getFileName();
        if (name != null && hidden(name.toString())) return Reason.HIDDEN;
        if (!Files.isSymbolicLink(p)) return null;
        Path target;
        try {
            target = p.toRealPath();
        } catch (IOException e) {
            return Reason.LINK_BROKEN;
        }
        if (Files.isDirectory(target)) return Reason.LINK_TO_FOLDER;
        try {
            return target.startsWith(root.toRealPath()) ? Reason.LINK_INSIDE : Reason.LINK_OUTSIDE;
        } catch (IOException e) {
            return Reason.LINK_OUTSIDE;
        }
    }

    /** "2 hidden, 1 link out of the folder (not followed)": the counts by reason, for a summary line. */
    public static String tally(List<SkippedPath> skipped) {
        Map<Reason, Integer> by = new TreeMap<>();
        for (SkippedPath s : skipped) by.merge(s.reason(), 1, Integer::sum);
        StringBuilder sb = new StringBuilder();
        by.forEach((r, n) -> sb.append(sb.isEmpty() ? "" : ", ").append(n).append(' ').append(r.words));
        return sb.toString();
    }

    /** Prints the tally and each path (the first {@code limit}), so the user can find them. */
    public static void report(String stage, List<SkippedPath> skipped, java.io.PrintStream log, int limit) {
        if (skipped.isEmpty()) return;
        log.printf("%s: %d paths skipped: %s%n", stage, skipped.size(), tally(skipped));
        for (int i = 0; i < Math.min(limit, skipped.size()); i++) {
            log.printf("%s:   skipped %s: %s%n", stage, skipped.get(i).path(), skipped.get(i).reason().words);
        }
        if (skipped.size() > limit) log.printf("%s:   … and %d more%n", stage, skipped.size() - limit);
    }
}
