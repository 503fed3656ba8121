package jixiao.transform.check;

/**
 * Every number the rules compare against, in one place. Tolerances absorb printing: a rate printed
 * with two decimals of a percent, a score with two decimals.
 */
public final class Thresholds {
    private Thresholds() {
    }

    /** A printed rate may differ from executed ÷ budget by this much (a fraction) before it is a finding. */
    public static final double RATE_TOLERANCE = 0.005;
    /** Scores, weights and totals may differ by this many points before it is a finding. */
    public static final double SCORE_TOLERANCE = 0.01;
    /** Amounts (万元) may differ by this much: 100 元, what converting whole 元 and rounding to 0.01 万元 loses. */
    public static final double AMOUNT_TOLERANCE_WAN = 0.01;
    /** Points count as lost above this: scores are printed to 0.01, so 2.99 of 3 has lost a point's hundredth. */
    public static final double POINTS_LOST = 0.005;
    /** Weights of a form should add up to this (execution line + indicators). */
    public static final double TOTAL_WEIGHT = 100;
    /** An adjusted budget this far (a fraction) from the initial budget is a finding. */
    public static final double BUDGET_ADJUSTMENT = 0.20;
    /** A budget cut to spending is a finding when spending is at least this far (a fraction) below the initial budget. */
    public static final double MATERIAL_CUT = 0.05;
    /**
     * An actual this many times its floor is over-achievement far beyond the target: points deducted
     * there with a reason about the target (设置偏低, 贴合实际) judge the target, not the work.
     */
    public static final double FAR_BEYOND_TARGET = 1.2;
    /**
     * A form gets a recomputed score only when indicators whose outcome can be decided carry at least
     * this share of its indicator weights; otherwise most of the "recomputed" score would be its own.
     */
    public static final double MIN_VERIFIED_WEIGHT_SHARE = 0.5;
    /** An indicator set needs at least this many indicators before "every actual copies its target" means anything. */
    public static final int MIN_INDICATORS_FOR_COPY = 3;
    /** Relative tolerance when an actual is compared with an equal (=) target. */
    public static final double EQUAL_TOLERANCE = 1e-6;
}
