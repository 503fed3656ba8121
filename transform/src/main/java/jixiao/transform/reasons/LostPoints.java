package jixiao.transform.reasons;

import java.util.ArrayList;
import java.util.List;

import jixiao.transform.check.Thresholds;
import jixiao.transform.normalise.NormalisedForm;
import jixiao.transform.normalise.NormalisedIndicator;
import jixiao.transform.normalise.SilverForm;

/**
 * Where a form lost points and what it gave as the reason: every indicator scored below its weight,
 * and the execution line when its rate is below 90% (the form's own note asks for a reason then) or
 * when it lost points and printed a reason anyway.
 */
public final class LostPoints {
    public static final String EXECUTION = "预算执行";
    public static final String INDICATOR = "绩效指标";

    private LostPoints() {
    }

    public record Item(String source, Integer indicatorIndex, String reason, ReasonCategory category, double pointsLost) {
    }

    public static List<Item> of(NormalisedForm f) {
        List<Item> out = new ArrayList<>();
        SilverForm p = f.printed();
        double execLost = p.executionWeight() == null || p.executionScore() == null ? 0
                : Math.max(0, p.executionWeight() - p.executionScore());
        boolean low = f.rate() != null && f.rate() < Thresholds.RATE_NEEDS_REASON;
        boolean explained = !ReasonClassifier.isMissing(p.executionReason());
        if (low || (execLost > Thresholds.POINTS_LOST && explained)) {
            out.add(new Item(EXECUTION, null, p.executionReason(), ReasonClassifier.classify(p.executionReason()), execLost));
        }
        for (NormalisedIndicator i : f.indicators()) {
            if (i.pointsLost() <= Thresholds.POINTS_LOST) continue;
            String r = i.printed().reason();
            out.add(new Item(INDICATOR, i.index(), r, ReasonClassifier.classify(r), i.pointsLost()));
        }
        return out;
    }
}
