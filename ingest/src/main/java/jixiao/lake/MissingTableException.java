package jixiao.lake;

/** A stage's input table is not in the lake yet: the message says which command makes it. */
public final class MissingTableException extends RuntimeException {
    public MissingTableException(String table, String location, String makeItWith) {
        super("no Delta table " + table + " at " + location + ": run `" + makeItWith + "` first");
    }
}
