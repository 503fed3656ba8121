package jixiao.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.extract.InputFiles;
import jixiao.extract.SkippedPath;
import jixiao.extract.SkippedPath.Reason;

/**
 * The link and hidden-file policy, the same for extract's listing and ingest's: links inside an input folder
 * are never followed (a loop cannot hang the walk, a link out cannot read what was not handed in), and every
 * path skipped is reported with its reason.
 */
class InputListingTest {
    @TempDir
    Path dir;
    Path in;

    @BeforeEach
    void tree() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(in.resolve("sub"));
        Files.createDirectories(in.resolve(".git"));
        Files.writeString(in.resolve("a.txt"), "a");
        Files.writeString(in.resolve("sub/b.txt"), "b");
        Files.writeString(in.resolve(".git/config"), "x");
        Files.writeString(in.resolve("~$a.docx"), "lock");
        Files.writeString(outside.resolve("o.txt"), "o");
        Files.createSymbolicLink(in.resolve("out.txt"), outside.resolve("o.txt"));
        Files.createSymbolicLink(in.resolve("broken.txt"), dir.resolve("nothing"));
        Files.createSymbolicLink(in.resolve("sub/loop"), in);
        Files.createSymbolicLink(in.resolve("sub/also-a.txt"), in.resolve("a.txt"));
    }

    private Map<String, Reason> expected() {
        Map<String, Reason> m = new TreeMap<>();
        m.put(in.resolve(".git").toString(), Reason.HIDDEN);
        m.put(in.resolve("~$a.docx").toString(), Reason.HIDDEN);
        m.put(in.resolve("out.txt").toString(), Reason.LINK_OUTSIDE);
        m.put(in.resolve("broken.txt").toString(), Reason.LINK_BROKEN);
        m.put(in.resolve("sub/loop").toString(), Reason.LINK_TO_FOLDER);
        m.put(in.resolve("sub/also-a.txt").toString(), Reason.LINK_INSIDE);
        return m;
    }

    private static Map<String, Reason> byPath(List<SkippedPath> skipped) {
        Map<String, Reason> m = new TreeMap<>();
        for (SkippedPath s : skipped) m.put(s.path(), s.reason());
        return m;
    }

    @Test
    void extractReadsThePlainFilesAndReportsEverySkippedPath() {
        InputFiles.Found found = InputFiles.find(List.of(in));
        assertEquals(List.of(in.resolve("a.txt"), in.resolve("sub/b.txt")), found.files());
        assertEquals(expected(), byPath(found.skipped()));
    }

    @Test
    void ingestListsTheSameFilesAndSkipsTheSamePaths() {
        InputListing.Listing l = InputListing.list(new Configuration(), List.of(in.toString()),
                new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(List.of(in.resolve("a.txt").toString(), in.resolve("sub/b.txt").toString()),
                l.files().stream().map(InputListing.ListedFile::path).toList());
        assertEquals(expected(), byPath(l.skipped()));
        assertEquals(List.of(in.toString()), l.folders(), "listed whole: files gone from it count as deleted");
    }

    @Test
    void aLinkNamedOnTheCommandLineIsFollowed() {
        InputListing.Listing l = InputListing.list(new Configuration(), List.of(in.resolve("out.txt").toString()),
                new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(1, l.files().size(), "the user chose it");
        assertEquals(List.of(in.resolve("out.txt")), InputFiles.find(List.of(in.resolve("out.txt"))).files());
    }
}
