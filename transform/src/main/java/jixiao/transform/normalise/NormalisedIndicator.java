package jixiao.transform.normalise;

/**
 * An indicator with what the analytics read from it: standard dimensions beside the printed
 * headings, the target's kind, numbers and units parsed, the comparator used (printed or inferred),
 * and whether the target was met, missed or cannot be decided (and why). {@code actualValue} is the
 * actual in the target's unit (元 ↔ 万元 converted), null when it cannot be compared.
 */
public record NormalisedIndicator(SilverIndicator printed, String dimension1, String dimension2, TargetKind kind,
                                  Double targetNumber, String targetUnit, Double actualNumber, String actualUnit, Double actualValue,
                                  String comparator, boolean comparatorInferred, Outcome outcome, Undecided undecided,
                                  Double attainment, boolean actualEqualsTarget, boolean vague, boolean wordForMeasure,
                                  boolean trivial) {
    public int index() {
        return printed.index();
    }

    public boolean hasActual() {
        return printed.actualText() != null && !printed.actualText().isBlank();
    }

    /** Points lost as printed: weight − score, when both are there and the score is lower. */
    public double pointsLost() {
        Double w = printed.weight();
        Double s = printed.score();
        return w == null || s == null ? 0 : Math.max(0, w - s);
    }

    /** Cost indicators sit under 成本 at either level (older templates print 成本指标 under 产出指标). */
    public boolean isCost() {
        return "成本".equals(dimension1) || "成本".equals(dimension2);
    }
}
