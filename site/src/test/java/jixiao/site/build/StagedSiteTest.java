package jixiao.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published folder changes only by the swap: never while a build writes, never by a build that dies. */
class StagedSiteTest {
    @TempDir
    Path dir;

    private Path published() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("forms"));
        Files.writeString(site.resolve("index.html"), "old index");
        Files.writeString(site.resolve("forms/a.html"), "old a");
        return site;
    }

    @Test
    void writingTheStagedCopyLeavesThePublishedFilesAsTheyWereUntilTheSwap() throws IOException {
        Path site = published();
        StagedSite staged = StagedSite.open(site);
        assertEquals("old a", Files.readString(staged.dir().resolve("forms/a.html")), "unchanged pages carried over");
        Files.writeString(StagedSite.fresh(staged.dir().resolve("index.html")), "new index");
        Files.writeString(StagedSite.fresh(staged.dir().resolve("forms/b.html")), "new b");
        assertEquals("old index", Files.readString(site.resolve("index.html")), "a hard-linked file is replaced, not written into");
        assertFalse(Files.exists(site.resolve("forms/b.html")));

        staged.publish();
        assertEquals("new index", Files.readString(site.resolve("index.html")));
        assertEquals("new b", Files.readString(site.resolve("forms/b.html")));
        assertEquals("old a", Files.readString(site.resolve("forms/a.html")));
        try (var left = Files.list(dir)) {
            assertEquals(java.util.List.of(site), left.toList(), "no staging or old folder left beside the site");
        }
    }

    @Test
    void anAbandonedBuildLeavesThePublishedSiteAndItsStagingIsClearedNextTime() throws IOException {
        Path site = published();
        StagedSite staged = StagedSite.open(site);
        Files.writeString(StagedSite.fresh(staged.dir().resolve("index.html")), "half");
        staged.abandon();
        assertEquals("old index", Files.readString(site.resolve("index.html")));

        // a build killed outright leaves its staging folder: the next one starts from the published site
        StagedSite killed = StagedSite.open(site);
        Files.writeString(StagedSite.fresh(killed.dir().resolve("index.html")), "half");
        StagedSite next = StagedSite.open(site);
        assertEquals("old index", Files.readString(next.dir().resolve("index.html")));
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesIsRecoveredByTheNextOne() throws IOException {
        Path site = published();
        // the state after the first rename: no site, only the old one beside it
        Files.move(site, dir.resolve(".site.old"));
        StagedSite next = StagedSite.open(site);
        assertTrue(Files.isDirectory(site), "the last good site is put back");
        assertEquals("old index", Files.readString(site.resolve("index.html")));
        assertEquals("old index", Files.readString(next.dir().resolve("index.html")));
    }

    @Test
    void aFirstBuildStartsEmpty() throws IOException {
        StagedSite staged = StagedSite.open(dir.resolve("new-site"));
        Files.writeString(StagedSite.fresh(staged.dir().resolve("index.html")), "first");
        assertFalse(Files.exists(dir.resolve("new-site")));
        staged.publish();
        assertEquals("first", Files.readString(dir.resolve("new-site/index.html")));
    }
}
