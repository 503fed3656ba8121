package jixiao.transform.check;

import static jixiao.transform.check.Values.num;
import static jixiao.transform.check.Values.pct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jixiao.transform.normalise.NormalisedForm;
import jixiao.transform.normalise.NormalisedIndicator;
import jixiao.transform.normalise.Outcome;
import jixiao.transform.normalise.SilverForm;
import jixiao.transform.normalise.SilverIndicator;
import jixiao.transform.normalise.TargetKind;
import jixiao.transform.normalise.Undecided;
import jixiao.transform.reasons.ReasonCategory;
import jixiao.transform.reasons.ReasonClassifier;

/** Applies the rule catalogue ({@link Rule}) to one normalised form. Plain Java: no Spark here. */
public final class FormChecker {
    private static final double TOL = Thresholds.SCORE_TOLERANCE;
    private static final double AMOUNT = Thresholds.AMOUNT_TOLERANCE_WAN;

    private FormChecker() {
    }

    public static CheckResult check(NormalisedForm f) {
        Checks c = new Checks(f.formId());
        PrintedRules rules = PrintedRules.of(f.printed().templateNotes());
        execution(f, rules, c);
        arithmetic(f, c);
        budget(f, c);
        reasons(f, rules, c);
        indicatorScoring(f, c);
        indicatorSet(f, c);
        shifted(f, c);
        projectName(f, c);
        return c.result();
    }

    // ---- 计分核对 ----------------------------------------------------------------------------

    private static void execution(NormalisedForm f, PrintedRules rules, Checks c) {
        SilverForm p = f.printed();
        Double printed = p.executionRate();
        Double computed = f.rateComputed();
        c.check(Rule.RATE_MISMATCH, printed != null && computed != null,
                printed != null && computed != null && Math.abs(printed - computed) > Thresholds.RATE_TOLERANCE, null,
                () -> values("printed", pct(printed), "computed", pct(computed), "executed", num(p.executed()),
                        "budget", num(p.budgetAdjusted())));

        Double rate = f.rate();
        Double w = p.executionWeight();
        Double s = p.executionScore();
        if (rate == null || w == null || s == null) return;
        ExecutionScore e = ExecutionScore.of(rate, w, s);
        // proportional scoring is checked only where the form's own notes print it: other templates score by bands
        String formula = rules.executionScoreNote();
        boolean proportional = formula != null;
        Map<String, String> v = values("score", num(s), "exact", num(e.exact()), "rate", pct(rate), "weight", num(w),
                "basis", formula == null ? "" : formula);
        c.check(Rule.EXEC_SCORE_FLOORED, proportional && e.floorDiffers(), e.floored(), null, () -> v);
        c.check(Rule.EXEC_SCORE_ROUNDED, proportional && e.roundDiffers(), e.rounded(), null, () -> v);
        c.check(Rule.EXEC_SCORE_MISMATCH, proportional, !e.asExact() && !e.floored() && !e.rounded(), null, () -> v);
        c.check(Rule.SCORE_ABOVE_WEIGHT, true, s - w > TOL, null, () -> values("score", num(s), "weight", num(w)));
    }

    private static void arithmetic(NormalisedForm f, Checks c) {
        SilverForm p = f.printed();
        double sum = p.executionScore() == null ? 0 : p.executionScore();
        double weights = p.executionWeight() == null ? 0 : p.executionWeight();
        boolean anyScore = p.executionScore() != null;
        boolean anyWeight = p.executionWeight() != null;
        for (NormalisedIndicator i : f.indicators()) {
            SilverIndicator x = i.printed();
            if (x.score() != null) {
                sum += x.score();
                anyScore = true;
            }
            if (x.weight() != null) {
                weights += x.weight();
                anyWeight = true;
            }
            boolean both = x.weight() != null && x.score() != null;
            c.check(Rule.SCORE_ABOVE_WEIGHT, both, both && x.score() - x.weight() > TOL, i.index(),
                    () -> values("score", num(x.score()), "weight", num(x.weight())));
        }
        double total = sum;
        double w = weights;
        boolean whole = !p.partial(); // a form shown in part cannot be summed
        c.check(Rule.TOTAL_MISMATCH, whole && p.totalScore() != null && anyScore,
                p.totalScore() != null && Math.abs(p.totalScore() - sum) > TOL, null,
                () -> values("total", num(p.totalScore()), "sum", num(Values.round2(total))));
        c.check(Rule.WEIGHTS_NOT_100, whole && anyWeight && !f.indicators().isEmpty(),
                Math.abs(weights - Thresholds.TOTAL_WEIGHT) > TOL, null, () -> values("weights", num(Values.round2(w))));
    }

    // ---- 预算执行 ----------------------------------------------------------------------------

    private static void budget(NormalisedForm f, Checks c) {
        Double initial = f.budgetInitialWan();
        Double adjusted = f.budgetAdjustedWan();
        Double executed = f.executedWan();
        c.check(Rule.EXECUTED_ABOVE_BUDGET, executed != null && adjusted != null,
                executed != null && adjusted != null && executed - adjusted > AMOUNT, null,
                () -> values("executed", num(executed), "budget", num(adjusted)));
        boolean both = initial != null && adjusted != null && initial >= 0;
        boolean moved = both && (initial == 0 ? adjusted > 0 : Math.abs(adjusted / initial - 1) > Thresholds.BUDGET_ADJUSTMENT);
        c.check(Rule.BUDGET_ADJUSTED, both, moved, null, () -> values("initial", num(initial), "adjusted", num(adjusted),
                "change", initial == 0 ? "（年中新增）" : (adjusted >= initial ? "+" : "") + pct(adjusted / initial - 1),
                "rate_initial", pct(f.rateVsInitial()), "rate", pct(f.rate())));
        boolean underInitial = initial != null && adjusted != null && executed != null
                && executed < initial * (1 - Thresholds.MATERIAL_CUT) - AMOUNT;
        c.check(Rule.BUDGET_CUT_TO_SPENDING, underInitial,
                underInitial && adjusted < initial - AMOUNT && Math.abs(adjusted - executed) <= AMOUNT, null,
                () -> values("initial", num(initial), "adjusted", num(adjusted), "executed", num(executed),
                        "rate_initial", pct(f.rateVsInitial())));
    }

    // ---- 原因说明 ----------------------------------------------------------------------------

    private static void reasons(NormalisedForm f, PrintedRules rules, Checks c) {
        SilverForm p = f.printed();
        Double rate = f.rate();
        // only where the form's own notes ask for a reason, and only when none is written anywhere on it
        boolean low = rules.reasonBelowRate() != null && rate != null && rate < rules.reasonBelowRate();
        c.check(Rule.LOW_RATE_NO_REASON, low, low && !executionExplained(f), null,
                () -> values("rate", pct(rate), "threshold", pct(rules.reasonBelowRate()), "basis", rules.reasonNote()));
        Double initial = f.budgetInitialWan();
        Double adjusted = f.budgetAdjustedWan();
        boolean moved = rules.adjustmentNote() != null && initial != null && adjusted != null
                && Math.abs(adjusted - initial) > AMOUNT;
        c.check(Rule.ADJUSTMENT_NO_REASON, moved, moved && !adjustmentExplained(f), null,
                () -> values("initial", num(initial), "adjusted", num(adjusted), "basis", rules.adjustmentNote()));
        boolean execLost = p.executionScore() != null && p.executionWeight() != null
                && p.executionWeight() - p.executionScore() > Thresholds.POINTS_LOST;
        boolean execExplained = !ReasonClassifier.isMissing(p.executionReason());
        c.check(Rule.BOILERPLATE_REASON, execExplained && (low || execLost), ReasonClassifier.isBoilerplate(p.executionReason()),
                null, () -> values("reason", p.executionReason()));
        for (NormalisedIndicator i : f.indicators()) {
            SilverIndicator x = i.printed();
            boolean lost = i.pointsLost() > Thresholds.POINTS_LOST;
            c.check(Rule.POINTS_LOST_NO_REASON, lost, lost && ReasonClassifier.isMissing(x.reason()), i.index(),
                    () -> values("lost", num(Values.round2(i.pointsLost())), "name", x.name()));
            boolean explained = lost && !ReasonClassifier.isMissing(x.reason());
            c.check(Rule.BOILERPLATE_REASON, explained, explained && ReasonClassifier.isBoilerplate(x.reason()), i.index(),
                    () -> values("reason", x.reason(), "lost", num(Values.round2(i.pointsLost()))));
        }
    }

    /**
     * A reason for spending below budget written anywhere on the form: its execution line, any
     * indicator's reason (张店's cost row: 因财政资金紧张…未进行资金支付), its problems or conclusion.
     */
    static boolean executionExplained(NormalisedForm f) {
        String line = f.printed().executionReason();
        if (!ReasonClassifier.isMissing(line) && !ReasonClassifier.isBoilerplate(line)) return true;
        return writtenReasons(f).anyMatch(ReasonClassifier::explainsExecution);
    }

    private static final java.util.regex.Pattern ADJUSTMENT_WORDS = java.util.regex.Pattern.compile("调整|追加|调减|调增|调剂|新增|追减|压减|收回");

    /** Words on the form that explain a budget adjustment (追加, 调减…), wherever they are written. */
    static boolean adjustmentExplained(NormalisedForm f) {
        return writtenReasons(f).anyMatch(t -> ADJUSTMENT_WORDS.matcher(t).find());
    }

    /** Where a form may write why: its execution line, each indicator's reason, its problems and its conclusion. */
    private static java.util.stream.Stream<String> writtenReasons(NormalisedForm f) {
        SilverForm p = f.printed();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(p.executionReason(), p.problems(), p.conclusion()),
                f.indicators().stream().map(i -> i.printed().reason())).filter(java.util.Objects::nonNull);
    }

    // ---- 指标评分 ----------------------------------------------------------------------------

    private static void indicatorScoring(NormalisedForm f, Checks c) {
        List<NormalisedIndicator> inds = f.indicators();
        boolean anyActual = inds.stream().anyMatch(NormalisedIndicator::hasActual);
        double scores = 0;
        for (NormalisedIndicator i : inds) {
            SilverIndicator x = i.printed();
            if (x.score() != null) scores += x.score();
            if (x.weight() == null || x.score() == null) continue;
            boolean full = x.score() > x.weight() - Thresholds.POINTS_LOST;
            boolean ceiling = "<=".equals(i.comparator()) || "<".equals(i.comparator());
            // an inferred ≤ is a guess (a lower unit cost may be a missed standard), except on the whole-budget cost
            // a printed ≤ only; and not the whole budget as a cost, where spending less is executing less
            boolean sureCeiling = ceiling && !i.comparatorInferred() && !wholeBudget(i, f);
            Map<String, String> v = indicatorValues(i);
            c.check(Rule.MISSED_FULL_POINTS, i.outcome() == Outcome.MISSED, full, i.index(), () -> v);
            c.check(Rule.MET_BUT_DEDUCTED, i.outcome() == Outcome.MET && !ceiling && !deductedForLowTarget(i), !full, i.index(), () -> v);
            boolean under = sureCeiling && i.outcome() == Outcome.MET && i.actualValue() != null && i.targetNumber() != null
                    && i.actualValue() > 0 && i.actualValue() < i.targetNumber() * (1 - Thresholds.EQUAL_TOLERANCE);
            c.check(Rule.UNDER_CEILING_DEDUCTED, under, !full, i.index(), () -> v);
            c.check(Rule.NO_ACTUAL_SCORED, anyActual && !i.hasActual(), x.score() > 0, i.index(), () -> v);
            c.check(Rule.SIGN_CONTRADICTS_SCORING, i.hasActual(), i.undecided() == Undecided.SIGN_CONTRADICTS_SCORE, i.index(),
                    () -> values("name", x.name(), "target", x.targetText(), "actual", x.actualText(), "score", num(x.score()),
                            "weight", num(x.weight()), "printed_comparator", x.comparator()));
        }
        double total = scores;
        boolean whole = !f.printed().partial();
        c.check(Rule.FORM_NO_ACTUALS, whole && !inds.isEmpty(), !anyActual && scores > 0, null,
                () -> values("count", String.valueOf(inds.size()), "score", num(Values.round2(total))));
        boolean allActual = whole && inds.size() >= Thresholds.MIN_INDICATORS_FOR_COPY && inds.stream().allMatch(NormalisedIndicator::hasActual);
        boolean allEqual = allActual && inds.stream().allMatch(NormalisedIndicator::actualEqualsTarget);
        c.check(Rule.ACTUALS_EQUAL_TARGETS, allActual, allEqual, null, () -> values("count", String.valueOf(inds.size())));
        NormalisedIndicator budgetCost = allActual ? budgetCost(f) : null;
        c.check(Rule.ACTUALS_COPIED_AGAINST_BUDGET, budgetCost != null, allEqual, null,
                () -> values("target", num(budgetCost.targetNumber()), "executed", num(f.executedWan()),
                        "name", budgetCost.printed().name()));
    }

    /**
     * Achieved far beyond a floor and deducted with a reason about the target (设置偏低, 今后在设置指标时
     * 更加严谨): the deduction judges the target as set too low, which is the form's to make.
     */
    private static boolean deductedForLowTarget(NormalisedIndicator i) {
        boolean floor = ">=".equals(i.comparator()) || ">".equals(i.comparator());
        boolean farBeyond = floor && i.targetNumber() != null && i.targetNumber() > 0 && i.actualValue() != null
                && i.actualValue() >= i.targetNumber() * Thresholds.FAR_BEYOND_TARGET;
        return farBeyond && ReasonClassifier.mentions(i.printed().reason(), ReasonCategory.TARGET_SET_BADLY);
    }

    /**
     * The cost indicator whose target is the project's whole budget (in 万元 or 元), when the budget
     * block shows a different executed amount: an honest actual would differ from its target.
     */
    static NormalisedIndicator budgetCost(NormalisedForm f) {
        Double executed = f.executedWan();
        if (executed == null) return null;
        for (NormalisedIndicator i : f.indicators()) {
            if (wholeBudget(i, f) && Math.abs(targetWan(i) - executed) > AMOUNT) return i;
        }
        return null;
    }

    /** A cost indicator whose target is the project's budget (adjusted or initial), in 万元 or 元. */
    static boolean wholeBudget(NormalisedIndicator i, NormalisedForm f) {
        if (!i.isCost() || i.kind() != TargetKind.AMOUNT || i.targetNumber() == null || i.targetUnit() == null) return false;
        double target = targetWan(i);
        return !Double.isNaN(target) && (near(target, f.budgetAdjustedWan()) || near(target, f.budgetInitialWan()));
    }

    private static double targetWan(NormalisedIndicator i) {
        String u = i.targetUnit();
        return u.equals("万元") ? i.targetNumber() : u.equals("元") ? i.targetNumber() * 1e-4 : Double.NaN;
    }

    private static boolean near(double a, Double b) {
        return b != null && Math.abs(a - b) <= AMOUNT;
    }

    // ---- 指标设置 ----------------------------------------------------------------------------

    private static void indicatorSet(NormalisedForm f, Checks c) {
        List<NormalisedIndicator> inds = f.indicators();
        // a table read without its value columns (no weight, no actual anywhere) is not judged; nor what a cut form lacks
        boolean read = inds.stream().anyMatch(i -> i.printed().weight() != null || i.hasActual());
        boolean any = read && !f.printed().partial() && !inds.isEmpty();
        c.check(Rule.NO_SATISFACTION_INDICATOR, any, inds.stream().noneMatch(FormChecker::isSatisfaction), null, Map::of);
        c.check(Rule.NO_COST_INDICATOR, any, inds.stream().noneMatch(NormalisedIndicator::isCost), null, Map::of);
        c.check(Rule.NO_TIMELINESS_INDICATOR, any, inds.stream().noneMatch(FormChecker::isTimeliness), null, Map::of);
        c.check(Rule.ONLY_QUALITATIVE, any, inds.stream().allMatch(i -> i.kind() == TargetKind.QUALITATIVE), null,
                () -> values("count", String.valueOf(inds.size())));
        if (!read) return;
        for (NormalisedIndicator i : inds) {
            Map<String, String> v = indicatorValues(i);
            c.check(Rule.TRIVIAL_TARGET, i.targetNumber() != null, i.trivial(), i.index(), () -> v);
            boolean word = i.kind() == TargetKind.QUALITATIVE && i.printed().targetText() != null;
            c.check(Rule.VAGUE_TARGET, word, i.vague(), i.index(), () -> v);
            c.check(Rule.WORD_TARGET_FOR_MEASURE, i.printed().targetText() != null, i.wordForMeasure(), i.index(), () -> v);
        }
    }

    /** A satisfaction indicator by its heading or its name (群众满意度 printed under 社会效益指标 counts). */
    private static boolean isSatisfaction(NormalisedIndicator i) {
        return "满意度".equals(i.dimension1()) || "满意度".equals(i.dimension2())
                || i.printed().name() != null && i.printed().name().contains("满意");
    }

    /** A timeliness indicator by its heading or its name (竣工时间 printed under 数量指标 counts). */
    private static boolean isTimeliness(NormalisedIndicator i) {
        String n = i.printed().name();
        return "时效".equals(i.dimension2()) || i.kind() == TargetKind.DEADLINE
                || n != null && TIMELY_NAME.matcher(n).find();
    }

    private static final java.util.regex.Pattern TIMELY_NAME = java.util.regex.Pattern.compile("时间|及时|时效|时限|期限|进度|工期|竣工|完成时");

    // ---- 填报疑点 ----------------------------------------------------------------------------

    /** A project cell that repeats the department's or unit's name names no project (an empty cell may be a reading gap: not judged). */
    private static void projectName(NormalisedForm f, Checks c) {
        SilverForm p = f.printed();
        String name = spaceless(p.projectName());
        boolean named = !name.isEmpty();
        c.check(Rule.PROJECT_NAME_IS_UNIT, named, name.equals(spaceless(p.department())) || name.equals(spaceless(p.implementingUnit())),
                null, () -> values("name", p.projectName().strip()));
    }

    private static String spaceless(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    private static void shifted(NormalisedForm f, Checks c) {
        List<NormalisedIndicator> inds = f.indicators();
        boolean applies = inds.size() >= 3 && inds.stream().filter(NormalisedIndicator::hasActual).count() >= 2;
        int[] best = {0, 0, 0}; // run length, first row, direction
        if (applies) {
            for (int d : new int[] {-1, 1}) {
                int run = 0;
                for (int k = 0; k < inds.size(); k++) {
                    run = shiftedFrom(inds, k, d) ? run + 1 : 0;
                    if (run > best[0]) best = new int[] {run, k - run + 1, d};
                }
            }
        }
        int[] b = best;
        c.check(Rule.SHIFTED_ROWS, applies, b[0] >= 2, applies && b[0] >= 2 ? inds.get(b[1]).index() : null,
                () -> values("from", String.valueOf(b[1] + 1), "rows", String.valueOf(b[0]), "direction", b[2] < 0 ? "上" : "下"));
        for (NormalisedIndicator i : inds) {
            SilverIndicator x = i.printed();
            boolean applicable = i.hasActual() && i.kind().numeric() && i.targetUnit() != null && i.actualNumber() != null
                    && i.actualNumber() != 0 && i.actualUnit() == null && !i.actualEqualsTarget();
            String column = !applicable ? null : x.weight() != null && i.actualNumber().equals(x.weight()) ? "分值"
                    : x.score() != null && i.actualNumber().equals(x.score()) ? "得分" : null;
            c.check(Rule.SHIFTED_COLUMNS, applicable, column != null, i.index(),
                    () -> values("actual", x.actualText(), "column", column, "target", x.targetText()));
        }
    }

    private static boolean shiftedFrom(List<NormalisedIndicator> inds, int k, int d) {
        int j = k + d;
        if (j < 0 || j >= inds.size()) return false;
        NormalisedIndicator i = inds.get(k);
        if (!i.hasActual() || i.actualEqualsTarget()) return false;
        String neighbour = inds.get(j).printed().targetText();
        if (neighbour == null) return false;
        String a = squeeze(i.printed().actualText());
        return a.equals(squeeze(neighbour)) && !a.equals(squeeze(i.printed().targetText()));
    }

    private static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("[\\s≥≤=<>＝]", "");
    }

    // ---- values ------------------------------------------------------------------------------

    private static Map<String, String> indicatorValues(NormalisedIndicator i) {
        SilverIndicator x = i.printed();
        String cmp = i.comparator() == null ? "" : switch (i.comparator()) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> i.comparator();
        };
        if (i.comparatorInferred() && !cmp.isEmpty()) cmp = "（推断为" + cmp + "，表内未印比较符）"; // never passed off as printed
        return values("name", x.name(), "comparator", cmp, "target", x.targetText(), "actual",
                x.actualText() == null ? "（空）" : x.actualText(), "score", num(x.score()), "weight", num(x.weight()),
                "outcome", i.outcome().label());
    }

    static Map<String, String> values(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k + 1 < kv.length; k += 2) m.put(kv[k], kv[k + 1] == null ? "—" : kv[k + 1]);
        return m;
    }
}
