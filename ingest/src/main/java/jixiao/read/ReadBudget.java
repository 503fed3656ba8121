package jixiao.read;

import jixiao.model.RejectReason;

/**
 * What one file may cost to read: time and cells. A file that would hang a reader, or unpack to a grid of
 * tens of millions of cells, is stopped and rejected, so one file never holds up or starves the batch. The
 * budget is per thread (each file is read on one thread) and spent where every reader passes: each
 * {@link Row} made counts its cells and looks at the clock, and long loops that make no rows (PDF pages)
 * call {@link #check}. Outside {@link #open} nothing is counted.
 */
public final class ReadBudget {
    /** Seconds one file may take; {@code -Djixiao.read.seconds=N} to change. */
    public static final long DEFAULT_SECONDS = Long.getLong("jixiao.read.seconds", 300);
    /** Cells one file may make (a form has thousands); {@code -Djixiao.read.cells=N} to change. */
    public static final long DEFAULT_CELLS = Long.getLong("jixiao.read.cells", 20_000_000);

    private static final ThreadLocal<ReadBudget> CURRENT = new ThreadLocal<>();

    private final long deadline;
    private final long seconds;
    private final long maxCells;
    private long cells;
    private Exceeded exceeded;

    private ReadBudget(long seconds, long maxCells) {
        this.seconds = seconds;
        this.deadline = System.nanoTime() + seconds * 1_000_000_000L;
        this.maxCells = maxCells;
    }

    /** Starts the budget of the file this thread reads next; close it when the file is done. */
    public static ReadBudget open(long seconds, long maxCells) {
        ReadBudget b = new ReadBudget(seconds, maxCells);
        CURRENT.set(b);
        return b;
    }

    public static ReadBudget open() {
        return open(DEFAULT_SECONDS, DEFAULT_CELLS);
    }

    public void close() {
        CURRENT.remove();
    }

    /**
     * Why the file went over budget, or null. Readers may catch the {@link Exceeded} thrown and report
     * the file as damaged; this says what really happened.
     */
    public Exceeded exceeded() {
        return exceeded;
    }

    /** Counts cells made and checks the clock. */
    static void spend(int newCells) {
        ReadBudget b = CURRENT.get();
        if (b == null) return;
        b.cells += newCells;
        if (b.cells > b.maxCells) b.fail(RejectReason.TOO_LARGE, String.format(
                "the file makes more than %,d cells: above the limit (-Djixiao.read.cells)", b.maxCells));
        b.clock();
    }

    /** For long loops that make no rows. */
    public static void check() {
        ReadBudget b = CURRENT.get();
        if (b != null) b.clock();
    }

    private void clock() {
        if (System.nanoTime() > deadline) fail(RejectReason.TOO_SLOW, String.format(
                "reading the file took more than %d s: stopped (-Djixiao.read.seconds)", seconds));
    }

    private void fail(RejectReason reason, String message) {
        if (exceeded == null) exceeded = new Exceeded(reason, message);
        throw exceeded;
    }

    /** Thrown where the budget ran out; unchecked, so it leaves any reader's loop. */
    public static final class Exceeded extends RuntimeException {
        private final RejectReason reason;

        Exceeded(RejectReason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public RejectReason reason() {
            return reason;
        }
    }
}
