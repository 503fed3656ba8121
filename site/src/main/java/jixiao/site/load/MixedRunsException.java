package jixiao.site.load;

/** A gold table the last finished transform did not write: a site built from it would mix two data versions. */
public final class MixedRunsException extends IllegalStateException {
    public MixedRunsException(String what) {
        super("the gold tables are not all from the last finished transform (" + what
                + "): a transform was stopped or is still running; run `jixiao transform` again, then `jixiao site`");
    }
}
