package jixiao.transform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import jixiao.transform.check.CheckResult;
import jixiao.transform.check.ExecutionScore;
import jixiao.transform.check.Finding;
import jixiao.transform.check.FormChecker;
import jixiao.transform.check.ScoreRecheck;
import jixiao.transform.check.Severity;
import jixiao.transform.check.Tally;
import jixiao.transform.normalise.FormNormaliser;
import jixiao.transform.normalise.NormalisedForm;
import jixiao.transform.normalise.NormalisedIndicator;
import jixiao.transform.normalise.SilverForm;
import jixiao.transform.normalise.SilverIndicator;
import jixiao.transform.quality.QualityParts;
import jixiao.transform.reasons.LostPoints;
import jixiao.transform.reasons.ReasonClassifier;

/**
 * One form through the plain-Java stages: normalise → check → recheck → lost points → quality parts,
 * from a silver/forms row carrying its indicators to a {@link ReviewSchema#REVIEWED} row.
 */
final class FormReview implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(Row r) {
        return review(read(r));
    }

    static SilverForm read(Row r) {
        List<SilverIndicator> inds = new ArrayList<>();
        List<Row> rows = r.isNullAt(r.fieldIndex("indicators")) ? List.of() : r.getList(r.fieldIndex("indicators"));
        for (Row x : rows) {
            inds.add(new SilverIndicator(x.<Integer>getAs("indicator_index"), x.getAs("level1"), x.getAs("level2"),
                    x.getAs("name"), x.getAs("comparator"), x.getAs("target_text"), x.getAs("target_value"),
                    x.getAs("unit"), x.getAs("actual_text"), x.getAs("weight"), x.getAs("score"), x.getAs("reason")));
        }
        inds.sort(java.util.Comparator.comparingInt(SilverIndicator::index));
        return new SilverForm(r.getAs("form_id"), r.getAs("document_sha256"), r.getAs("source"), r.getAs("fiscal_year"),
                r.getAs("project_name"), r.getAs("project_code"), r.getAs("department"), r.getAs("implementing_unit"),
                r.getAs("province"), r.getAs("city"), r.getAs("county"), r.getAs("amount_unit"), r.getAs("budget_initial"),
                r.getAs("budget_adjusted"), r.getAs("executed"), r.getAs("execution_rate"), r.getAs("execution_weight"),
                r.getAs("execution_score"), r.getAs("execution_reason"), r.getAs("total_score"), inds,
                r.getAs("template"), Boolean.TRUE.equals(r.getAs("partial")), lines(r.getAs("template_notes")),
                r.getAs("conclusion"), r.getAs("problems"));
    }

    /** A column of lines (silver/forms joins its lists with "\n") as a list; null as none. */
    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    static Row review(SilverForm silver) {
        NormalisedForm f = FormNormaliser.normalise(silver);
        CheckResult checked = FormChecker.check(f);
        ScoreRecheck.Result recheck = ScoreRecheck.recheck(f);
        List<LostPoints.Item> lost = LostPoints.of(f);
        QualityParts q = QualityParts.of(f);
        SilverForm p = f.printed();
        String method = f.rate() == null || p.executionWeight() == null || p.executionScore() == null ? null
                : ExecutionScore.of(f.rate(), p.executionWeight(), p.executionScore()).method();
        Map<Integer, String> categories = new HashMap<>();
        for (LostPoints.Item it : lost) {
            if (it.indicatorIndex() != null) categories.put(it.indicatorIndex(), it.category().name());
        }
        List<Row> indicators = new ArrayList<>();
        for (int k = 0; k < f.indicators().size(); k++) {
            indicators.add(indicator(f.indicators().get(k), recheck.indicatorScores().get(k), categories));
        }
        List<Row> findings = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Finding x : checked.findings()) {
            findings.add(finding(x, x.indicatorIndex() == null ? null : f.indicators().stream()
                    .filter(i -> i.index() == x.indicatorIndex()).map(i -> i.printed().name()).findFirst().orElse(null)));
            if (x.rule().severity() == Severity.ERROR) errors++;
            if (x.rule().severity() == Severity.WARNING) warnings++;
        }
        List<Row> tallies = new ArrayList<>();
        for (Tally t : checked.tallies()) tallies.add(RowFactory.create(t.rule().id(), t.checked(), t.found()));
        List<Row> reasons = new ArrayList<>();
        for (LostPoints.Item it : lost) {
            reasons.add(RowFactory.create(it.source(), it.indicatorIndex(), it.reason(), it.category().name(), it.pointsLost()));
        }
        return RowFactory.create(p.formId(), p.documentSha256(), p.source(), p.fiscalYear(), p.projectName(), p.projectCode(), f.projectKey(),
                p.department(), f.departmentType(), blank(p.province()), blank(p.city()), blank(p.county()), f.region(),
                f.amountUnit(), f.budgetInitialWan(), f.budgetAdjustedWan(), f.executedWan(), p.executionRate(),
                f.rateComputed(), f.rate(), f.rateVsInitial(), f.budgetAdjustment(), p.executionWeight(),
                p.executionScore(), method, p.executionReason(), p.totalScore(), f.indicators().size(), recheck.selfScore(),
                recheck.selfSum(), recheck.executionRecomputed(), recheck.recomputed(), recheck.gap(), recheck.verified(),
                recheck.unverifiable(), recheck.verifiedWeight(), recheck.totalWeight(), q.quantified(), q.units(),
                q.comparators(), q.dimensions(), q.notTrivial(), q.notVague(), findings.size(), errors, warnings,
                seq(indicators), seq(findings), seq(tallies), seq(reasons));
    }

    /** A finding as a {@link ReviewSchema#FINDING} row. */
    static Row finding(Finding x, String indicatorName) {
        return RowFactory.create(x.indicatorIndex(), indicatorName, x.rule().id(), x.rule().severity().name(),
                x.rule().category(), x.message(), scala.jdk.javaapi.CollectionConverters.asScala(x.values()));
    }

    private static Row indicator(NormalisedIndicator i, Double recomputed, Map<Integer, String> categories) {
        SilverIndicator x = i.printed();
        String category = categories.get(x.index());
        if (category == null && !ReasonClassifier.isMissing(x.reason())) category = ReasonClassifier.classify(x.reason()).name();
        return RowFactory.create(x.index(), x.level1(), x.level2(), i.dimension1(), i.dimension2(), x.name(),
                x.comparator(), i.comparator(), i.comparatorInferred(), x.targetText(), i.kind().name(), i.targetNumber(),
                i.targetUnit(), x.actualText(), i.actualNumber(), i.actualUnit(), i.actualValue(), i.outcome().name(),
                i.undecided() == null ? null : i.undecided().name(), i.attainment(), x.weight(), x.score(), recomputed,
                x.reason(), category, i.actualEqualsTarget(), i.vague(), i.wordForMeasure(), i.trivial());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
    }
}
