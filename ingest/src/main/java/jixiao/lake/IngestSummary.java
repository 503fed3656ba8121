package jixiao.lake;

import java.io.PrintStream;

import jixiao.extract.ExtractSummary;

/** What an ingest run did: files seen, how many were new, changed or unchanged, and what was read. */
public record IngestSummary(int files, int added, int changed, int unchanged, ExtractSummary extracted,
                            double seconds) {
    public void print(PrintStream out) {
        out.printf("ingest: %d files: %d new, %d changed, %d unchanged (not read again)%n", files, added, changed, unchanged);
        if (extracted.files() > 0) extracted.print(out);
        out.printf("ingest: done in %.1f s%n", seconds);
    }
}
