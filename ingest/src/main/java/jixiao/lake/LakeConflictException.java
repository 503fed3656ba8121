package jixiao.lake;

/** Another job kept committing to the same table while this one tried to: what to do, in one line. */
public final class LakeConflictException extends RuntimeException {
    public LakeConflictException(String table, int attempts, RuntimeException cause) {
        super(table + ": another job kept writing to this table (" + cause.getClass().getSimpleName() + ", " + attempts
                + " attempts); nothing was lost: run the command again when the other job has finished", cause);
    }
}
