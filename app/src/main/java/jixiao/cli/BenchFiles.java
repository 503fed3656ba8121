package jixiao.cli;

/** What the benchmarks share beyond the data module's {@link jixiao.data.bench.Corpora#delete}: a clock. */
final class BenchFiles {
    private BenchFiles() {
    }

    /** Seconds since a {@link System#nanoTime()} reading. */
    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
