package jixiao.site.load;

/** The gold tables are not all from the last finished transform: a site built from them would mix two data versions. */
public final class MixedRunsException extends IllegalStateException {
    public MixedRunsException(String what) {
        super("the gold tables are not all from the last finished transform (" + what
                + "): a transform was stopped or is still running; run `jixiao transform` again, then `jixiao site`");
    }
}
