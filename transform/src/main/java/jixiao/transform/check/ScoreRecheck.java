package jixiao.transform.check;

import java.util.ArrayList;
import java.util.List;

import jixiao.transform.normalise.NormalisedForm;
import jixiao.transform.normalise.NormalisedIndicator;
import jixiao.transform.normalise.Outcome;
import jixiao.transform.normalise.SilverForm;
import jixiao.transform.normalise.TargetKind;

/**
 * The score a reviewer's 抽查复核 would give, recomputed for every form by one method:
 * <ul>
 * <li>execution: min(executed ÷ adjusted budget, 1) × weight (the printed rate when the amounts are missing);</li>
 * <li>≥ and > targets: min(actual ÷ target, 1) × weight;</li>
 * <li>≤ and < targets: full when met, else target ÷ actual × weight;</li>
 * <li>= targets: full when equal, else min(actual ÷ target, target ÷ actual) × weight;</li>
 * <li>deadlines: full when met, 0 when the actual date is later;</li>
 * <li>qualitative and undecidable indicators (no actual, an actual of 0 under a ceiling, a sign the form's
 * own scoring contradicts) keep the self-score and are counted as unverifiable.</li>
 * </ul>
 * A form whose verifiable indicators carry less than {@link Thresholds#MIN_VERIFIED_WEIGHT_SHARE} of its
 * indicator weights gets no recomputed score and no gap (无法复核): the sum would be mostly its own.
 * Scores are rounded to 0.01. Gap = self-score − recomputed, where the self-score is the printed total
 * (the sum of the printed scores when no total is printed).
 */
public final class ScoreRecheck {
    private ScoreRecheck() {
    }

    public record Result(Double selfScore, double selfSum, Double executionRecomputed, Double recomputed, Double gap,
                         int verified, int unverifiable, double verifiedWeight, double totalWeight,
                         List<Double> indicatorScores) {
        public Result {
            indicatorScores = java.util.Collections.unmodifiableList(new ArrayList<>(indicatorScores));
        }
    }

    public static Result recheck(NormalisedForm f) {
        SilverForm p = f.printed();
        double selfSum = p.executionScore() == null ? 0 : p.executionScore();
        Double execution = execution(f);
        double recomputed = execution != null ? execution : p.executionScore() == null ? 0 : p.executionScore();
        int verified = 0;
        int unverifiable = 0;
        double verifiedWeight = execution != null && p.executionWeight() != null ? p.executionWeight() : 0;
        double totalWeight = p.executionWeight() == null ? 0 : p.executionWeight();
        List<Double> scores = new ArrayList<>();
        for (NormalisedIndicator i : f.indicators()) {
            Double self = i.printed().score();
            Double w = i.printed().weight();
            if (self != null) selfSum += self;
            if (w != null) totalWeight += w;
            Double r = indicator(i);
            if (r == null) {
                unverifiable++;
                scores.add(self);
                recomputed += self == null ? 0 : self;
            } else {
                verified++;
                verifiedWeight += w;
                scores.add(r);
                recomputed += r;
            }
        }
        selfSum = Values.round2(selfSum);
        Double selfScore = p.totalScore() != null ? p.totalScore() : f.indicators().isEmpty() && p.executionScore() == null ? null : selfSum;
        double indicatorWeight = totalWeight - (p.executionWeight() == null ? 0 : p.executionWeight());
        double verifiedIndicatorWeight = verifiedWeight - (execution != null && p.executionWeight() != null ? p.executionWeight() : 0);
        boolean checkable = indicatorWeight > 0 && verifiedIndicatorWeight >= Thresholds.MIN_VERIFIED_WEIGHT_SHARE * indicatorWeight - 1e-9;
        Double total = checkable ? Values.round2(recomputed) : null;
        Double gap = selfScore == null || total == null ? null : Values.round2(selfScore - total);
        return new Result(selfScore, selfSum, execution, total, gap, verified, unverifiable,
                verifiedWeight, totalWeight, scores);
    }

    /** min(rate, 1) × weight, from the amounts when they are there; null without a weight or a rate. */
    static Double execution(NormalisedForm f) {
        Double w = f.printed().executionWeight();
        Double rate = f.rateComputed() != null ? f.rateComputed() : f.rate();
        if (w == null || rate == null) return null;
        return Values.round2(Math.min(Math.max(rate, 0), 1) * w);
    }

    /** The recomputed points of a decided indicator, or null when it keeps its self-score. */
    static Double indicator(NormalisedIndicator i) {
        Double w = i.printed().weight();
        if (w == null || i.outcome() == Outcome.UNDECIDABLE || i.attainment() == null) return null;
        if (i.kind() == TargetKind.DEADLINE) return i.outcome() == Outcome.MET ? w : 0.0;
        return Values.round2(i.attainment() * w);
    }
}
