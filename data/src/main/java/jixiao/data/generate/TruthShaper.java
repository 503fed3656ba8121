package jixiao.data.generate;

import java.util.ArrayList;
import java.util.List;

import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.model.Region;

/**
 * Keeps of a form what its template prints: a field whose column or label the template lacks is null,
 * as a careful transcriber of the printed page would leave it (no 分值/得分 columns: null weights and
 * scores; no 年初预算数: null initial budget; no total line: null total).
 */
final class TruthShaper {
    private TruthShaper() {
    }

    static Form shape(Form f, Shows s) {
        List<Indicator> inds = new ArrayList<>();
        for (Indicator i : f.indicators()) {
            inds.add(new Indicator(i.level1(), s.level2() ? i.level2() : null, i.name(), i.comparator(), i.targetText(),
                    i.targetValue(), i.unit(), i.actualText(), s.weights() ? i.weight() : null,
                    s.scores() ? i.score() : null, s.reasons() ? i.reason() : null));
        }
        String department = s.department() ? f.department() : null;
        String unit = s.implementingUnit() ? f.implementingUnit() : null;
        Region region = f.region();
        if (department == null && unit == null && f.projectCode() == null && region != null) {
            // nothing local is printed: only the provincial departments' names say where the form is from (036)
            region = new Region(region.province(), null, null);
        }
        return new Form(f.source(), f.formIndex(), f.place(), f.fiscalYear(), f.projectName(), f.projectCode(), department,
                unit, region, f.amountUnit(), s.initial() ? f.budgetInitial() : null,
                s.adjusted() ? f.budgetAdjusted() : null, f.executed(), s.rate() ? f.executionRate() : null,
                s.showsExecutionWeight() ? f.executionWeight() : null, s.executionScore() ? f.executionScore() : null,
                s.total() ? f.totalScore() : null, inds, s.narrative() ? f.conclusion() : null,
                s.narrative() ? f.problems() : null, s.narrative() ? f.improvements() : null,
                s.executionReason() ? f.executionReason() : null);
    }
}
