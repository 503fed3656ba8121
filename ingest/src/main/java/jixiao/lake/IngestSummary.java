package jixiao.lake;

import java.io.PrintStream;

import java.util.List;

import jixiao.extract.ExtractSummary;
import jixiao.extract.SkippedPath;

/** What an ingest run did: files seen, how many were new, changed, unchanged or gone, and what was read. */
public record IngestSummary(int files, int added, int changed, int unchanged, int removed, ExtractSummary extracted,
                            double seconds, List<SkippedPath> skipped) {
    public void print(PrintStream out) {
        out.printf("ingest: %d files: %d new, %d changed, %d unchanged (not read again)%n", files, added, changed, unchanged);
        if (!skipped.isEmpty()) out.printf("ingest: %d paths skipped: %s%n", skipped.size(), SkippedPath.tally(skipped));
        if (removed > 0) out.printf("ingest: %d files gone from the folders read: their rows removed from the lake%n", removed);
        if (extracted.files() > 0) extracted.print(out);
        out.printf("ingest: done in %.1f s%n", seconds);
    }
}
