package jixiao.transform.check;

/**
 * A printed execution score against rate × weight (rate capped at 100%): exact, floored to a whole
 * point, rounded to a whole point, or none of these. Floor wins when both give the printed score.
 */
public record ExecutionScore(double score, double exact, double floor, double round) {
    private static final double TOL = Thresholds.SCORE_TOLERANCE;
    private static final double WHOLE = 1e-6;

    public static ExecutionScore of(double rate, double weight, double score) {
        double exact = Math.min(Math.max(rate, 0), 1) * weight;
        double floor = Math.floor(exact + 1e-9);
        double round = Math.floor(exact + 0.5);
        return new ExecutionScore(score, exact, floor, round);
    }

    public boolean asExact() {
        return Math.abs(score - exact) <= TOL;
    }

    /** Flooring would change the score: only then can a floored score be told from an exact one. */
    public boolean floorDiffers() {
        return Math.abs(floor - exact) > TOL;
    }

    public boolean roundDiffers() {
        return Math.abs(round - exact) > TOL && Math.abs(round - floor) > TOL;
    }

    /** The printed score is the whole number below rate × weight (a whole number prints exactly). */
    public boolean floored() {
        return floorDiffers() && Math.abs(score - floor) < WHOLE;
    }

    public boolean rounded() {
        return roundDiffers() && Math.abs(score - round) < WHOLE;
    }

    /** "floored", "rounded", "exact" or "other": how the printed score was reached. */
    public String method() {
        return asExact() ? "exact" : floored() ? "floored" : rounded() ? "rounded" : "other";
    }
}
