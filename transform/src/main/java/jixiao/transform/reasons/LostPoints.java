package jixiao.transform.reasons;

import java.util.ArrayList;
import java.util.List;

import jixiao.transform.check.PrintedRules;
import jixiao.transform.check.Thresholds;
import jixiao.transform.normalise.NormalisedForm;
import jixiao.transform.normalise.NormalisedIndicator;
import jixiao.transform.normalise.SilverForm;

/**
 * Where a form lost points and what it gave as the reason: every indicator scored below its weight,
 * and the execution line when it lost points or when its rate is below the rate under which the
 * form's own notes ask for a reason (Sichuan's 90%).
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
        Double asked = PrintedRules.of(p.templateNotes()).reasonBelowRate();
        boolean low = asked != null && f.rate() != null && f.rate() < asked;
        if (low || execLost > Thresholds.POINTS_LOST) {
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
