package jixiao.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest names what an earlier build wrote; a tampered or damaged one must not delete anything else. */
class SiteWriterManifestTest {
    @TempDir
    Path tmp;

    @Test
    void staleEntriesOutsideTheSiteAreNeverDeleted() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path outside = Files.writeString(tmp.resolve("precious.txt"), "keep me");
        Path sibling = Files.createDirectories(tmp.resolve("other"));
        Path siblingFile = Files.writeString(sibling.resolve("data.csv"), "keep me too");
        Path folder = Files.createDirectories(site.resolve("charts"));
        Files.writeString(folder.resolve("a.png"), "x");
        Path staleInside = Files.writeString(site.resolve("old.html"), "stale");
        Files.writeString(site.resolve(".jixiao-site-manifest"), String.join("\n",
                "# path\tfingerprint",
                outside.toAbsolutePath() + "\tf1",
                "../precious.txt\tf2",
                "../other/data.csv\tf3",
                "charts/../../precious.txt\tf4",
                "charts\tf5",
                "old.html\tf6",
                "\tf7") + "\n", StandardCharsets.UTF_8);
        SiteWriter w = new SiteWriter(site, new PageRenderer(), Map.of());
        SiteWriter.Counts c = w.finish();
        assertTrue(Files.exists(outside), "an absolute path is outside the site");
        assertTrue(Files.exists(siblingFile), "../ climbs out of the site");
        assertTrue(Files.exists(folder.resolve("a.png")), "a folder is not a page");
        assertTrue(Files.notExists(staleInside), "a stale page inside the site goes");
        assertEquals(1, c.removed());
    }

    @Test
    void onlyRelativePathsInsideTheSiteAreFilesOfTheSite() {
        Path site = tmp.resolve("site");
        assertNull(SiteWriter.within(site, "/etc/passwd"));
        assertNull(SiteWriter.within(site, "../x"));
        assertNull(SiteWriter.within(site, "a/../../x"));
        assertNull(SiteWriter.within(site, "."));
        assertEquals(site.toAbsolutePath().normalize().resolve("forms/f.html"), SiteWriter.within(site, "forms/f.html"));
    }
}
