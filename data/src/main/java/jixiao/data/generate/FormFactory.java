package jixiao.data.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jixiao.model.Form;
import jixiao.model.Indicator;

/**
 * Makes one project's form for one year, as the region's departments fill it in: budget and
 * execution drawn from skewed distributions, indicators from the project kind's library, scores and
 * reasons by the rules, bent by the region's habits. The template ({@link Shows}) decides how the
 * form is filled (signs or a 指标性质 column, points per group, names of headings) and which habits
 * can be planted: a habit is rolled, and counted as eligible, only where the template prints what
 * it changes. Fields the template does not print are still drawn here; {@link TruthShaper} drops them.
 */
final class FormFactory {
    private final RegionProfile region;
    private final Planted planted;

    FormFactory(RegionProfile region, Planted planted) {
        this.region = region;
        this.planted = planted;
    }

    record Made(Form form, List<DrawnTarget> targets) {
    }

    /**
     * One form. For the seed templates it is the truth as it always was; for catalogue templates every
     * field is filled and {@link TruthShaper} then keeps what the template prints.
     */
    Made make(String source, int index, String departmentName, String unit, ProjectPlan p, int year,
              List<DrawnTarget> lastYear, Shows shows, SplittableRandom rng) {
        String amountUnit = shows.amountUnit() != null ? shows.amountUnit() : region.amountUnit();
        Budget b = budget(p, year, shows, amountUnit, rng);
        List<DrawnTarget> targets = lastYear != null && planted.roll(region, year, Habit.COPIED_INDICATOR_SETS, rng)
                ? lastYear : drawTargets(p, b, year, shows, amountUnit, rng);
        boolean blankActuals = planted.roll(region, year, Habit.BLANK_ACTUALS, rng);
        boolean targetsAsActuals = !blankActuals && planted.roll(region, year, Habit.TARGETS_AS_ACTUALS, rng);
        List<Double> weights = weights(targets, shows);
        List<Indicator> indicators = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < targets.size(); i++) {
            Indicator ind = indicator(targets.get(i), weights.get(i), b, year, blankActuals, targetsAsActuals, shows,
                    amountUnit, rng);
            indicators.add(ind);
            sum += ind.score();
        }
        Double execWeight = shows.executionWeight();
        Double execScore = execWeight == null ? null : executionScore(b.rate, execWeight, year, shows, rng);
        String execReason = b.rate.doubleValue() < 0.9 && shows.executionReason() ? reason(year, rng) : null;
        double total = round2(sum + (execScore == null ? 0 : execScore));
        boolean narrative = shows.narrative();
        Double initial = shows.initial() ? (Double) b.initial : null;
        Form f = new Form(source, index, null, year, p.name(), shows.code() ? p.code() : null, departmentName, unit,
                region.division().toRegion(), amountUnit, initial, b.adjusted, b.executed, b.rate.doubleValue(),
                execWeight, execScore, total, indicators, narrative ? p.name() + "项目绩效总体评价良好。" : null,
                narrative ? "无" : null, narrative ? "无" : null, execReason);
        return new Made(f, targets);
    }

    // ---- budget ---------------------------------------------------------------------------

    private record Budget(double initial, double adjusted, double executed, BigDecimal rate) {
    }

    private Budget budget(ProjectPlan p, int year, Shows shows, String amountUnit, SplittableRandom rng) {
        double initial = round2(p.baseWan() * Math.exp(0.15 * rng.nextGaussian()));
        double u = rng.nextDouble();
        double adjusted = u < 0.7 ? initial : u < 0.85 ? round2(initial * (1 + rng.nextDouble())) : round2(initial * (0.6 + 0.35 * rng.nextDouble()));
        // a template without an adjusted budget (北京, 济南: 执行率(B/A) over 年初预算数) rates against the initial one
        if (!shows.adjusted()) adjusted = initial;
        double v = rng.nextDouble();
        double share = v < 0.55 ? 1.0 : v < 0.80 ? 0.9 + 0.1 * rng.nextDouble() : v < 0.95 ? 0.5 + 0.4 * rng.nextDouble()
                : v < 0.99 ? 0.5 * rng.nextDouble() : 1.0 + 0.1 * rng.nextDouble();
        double executed = round2(adjusted * share);
        // the cut shows only where both the initial and the adjusted budget are printed
        if (shows.initial() && shows.adjusted() && executed < initial
                && planted.roll(region, year, Habit.BUDGET_CUT_TO_FULL, rng)) {
            adjusted = executed; // cut to what was spent: the printed rate shows 100%
        }
        double a = money(adjusted, amountUnit);
        double e = money(executed, amountUnit);
        BigDecimal rate = a == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(e).divide(BigDecimal.valueOf(a), 4, RoundingMode.HALF_UP);
        return new Budget(money(initial, amountUnit), a, e, rate.stripTrailingZeros());
    }

    /** An amount in the form's unit: 万元 with two decimals, or whole 元. */
    private static double money(double wan, String amountUnit) {
        return "元".equals(amountUnit) ? Math.round(wan * 10000) : round2(wan);
    }

    /** The execution line's points: rate × weight, floored by some regions where the template prints the score. */
    private double executionScore(BigDecimal rate, double weight, int year, Shows shows, SplittableRandom rng) {
        double exact = Math.min(rate.doubleValue(), 1.0) * weight;
        boolean fractional = Math.abs(exact - Math.rint(exact)) > 1e-9;
        if (fractional && shows.executionScore() && planted.roll(region, year, Habit.FLOORED_EXECUTION_SCORE, rng)) {
            return Math.floor(exact);
        }
        return round2(exact);
    }

    // ---- indicators -----------------------------------------------------------------------

    private List<DrawnTarget> drawTargets(ProjectPlan p, Budget b, int year, Shows shows, String amountUnit,
                                          SplittableRandom rng) {
        List<DrawnTarget> out = new ArrayList<>();
        boolean vague = planted.roll(region, year, Habit.VAGUE_INDICATORS, rng);
        List<IndicatorTemplate> library = new ArrayList<>();
        // Suzhou's 投入目标 rows are indicators too (a name, a target, points), drawn before the library's
        if (shows.inputGoals()) library.addAll(Catalogue.INPUT_GOALS.subList(0, 2 + rng.nextInt(Catalogue.INPUT_GOALS.size() - 1)));
        library.addAll(p.kind().library());
        for (IndicatorTemplate t : library) {
            switch (t.kind()) {
                case WORD -> out.add(new DrawnTarget(t, null, t.word(), false));
                case DEADLINE -> out.add(new DrawnTarget(t, null, deadline(year, rng), false));
                case AMOUNT -> out.add(new DrawnTarget(t, costTarget(t, b, amountUnit, rng), null, false));
                default -> {
                    if (vague && (t.kind() == TargetKind.COUNT || t.kind() == TargetKind.PERCENT)) {
                        out.add(new DrawnTarget(t, null, Catalogue.VAGUE_WORDS.get(rng.nextInt(Catalogue.VAGUE_WORDS.size())), true));
                    } else {
                        out.add(new DrawnTarget(t, number(t, rng), null, false));
                    }
                }
            }
        }
        return out;
    }

    private static String deadline(int year, SplittableRandom rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> year + "年内";
            case 1 -> "12月31日前";
            default -> year + "年12月底前";
        };
    }

    private static double number(IndicatorTemplate t, SplittableRandom rng) {
        double v = t.min() + (t.max() - t.min()) * rng.nextDouble();
        if (t.kind() == TargetKind.PERCENT) return rng.nextBoolean() ? Math.round(v) : Math.round(v * 10) / 10.0;
        return Math.round(v);
    }

    /** Cost targets: the budget itself (万元) or a unit price drawn from the template's range. */
    private static double costTarget(IndicatorTemplate t, Budget b, String amountUnit, SplittableRandom rng) {
        if ("万元".equals(t.unit())) return round2(b.adjusted / ("元".equals(amountUnit) ? 10000 : 1));
        if (t.unit().startsWith("万元")) return round2(t.min() + (t.max() - t.min()) * rng.nextDouble());
        return Math.round(t.min() + (t.max() - t.min()) * rng.nextDouble());
    }

    /**
     * Each group's points split over its indicators: whole points with the remainder on the first, or
     * for templates that print them (济南 12.5, 苏州 2.8) one decimal with the rounding on the first.
     */
    private static List<Double> weights(List<DrawnTarget> targets, Shows shows) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            groups.computeIfAbsent(Shows.group(targets.get(i).template().level1()), k -> new ArrayList<>()).add(i);
        }
        Double[] w = new Double[targets.size()];
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            int points = shows.pointsOf(g.getKey());
            int n = g.getValue().size();
            if (shows.fractionalWeights()) {
                double each = Math.round(points * 10.0 / n) / 10.0;
                for (int k = 0; k < n; k++) w[g.getValue().get(k)] = k == 0 ? round2(points - each * (n - 1)) : each;
            } else {
                for (int k = 0; k < n; k++) w[g.getValue().get(k)] = (double) (points / n + (k == 0 ? points % n : 0));
            }
        }
        return List.of(w);
    }

    private Indicator indicator(DrawnTarget d, double weight, Budget b, int year, boolean blankActuals,
                                boolean targetsAsActuals, Shows shows, String amountUnit, SplittableRandom rng) {
        IndicatorTemplate t = d.template();
        boolean nature = shows.comparators() == Shows.Comparators.NATURE;
        String comparator = shows.comparators() == Shows.Comparators.NONE ? null : d.value() == null
                ? (nature ? "qualitative" : null) : t.comparator();
        String unit = d.value() == null ? null : t.unit();
        String targetText = d.value() == null ? d.text() : shows.unitColumn() ? fmt(d.value()) : fmt(d.value()) + unit;
        // actual value and whether the target was met
        double met = 1.0;
        String actualText;
        if (d.value() == null) {
            actualText = d.text();
        } else if (t.kind() == TargetKind.AMOUNT && "万元".equals(t.unit())) {
            double spent = round2(b.executed / ("元".equals(amountUnit) ? 10000 : 1));
            actualText = fmt(spent) + unit;
            met = d.value() == 0 ? 1 : spent / d.value();
        } else {
            boolean missed = rng.nextDouble() < 0.12;
            double actual = missed ? actualMissing(t, d.value(), rng) : d.value();
            actualText = fmt(actual) + (unit == null ? "" : unit);
            met = ratio(t.comparator(), d.value(), actual);
        }
        double score = weight;
        String reason = null;
        boolean lessIsBetter = "<=".equals(t.comparator());
        boolean missed = lessIsBetter ? met > 1 + 1e-9 : met < 1 - 1e-9;
        // points given or taken show only where the template prints both the weight and the score
        boolean pointsShow = shows.weights() && shows.scores();
        if (missed) {
            double earned = lessIsBetter ? weight / met : weight * met;
            score = pointsShow && planted.roll(region, year, Habit.FULL_MARKS_DESPITE_MISS, rng) ? weight : round2(earned);
        } else if (pointsShow && lessIsBetter && met < 1 - 1e-9 && met > 0
                && planted.roll(region, year, Habit.DEDUCT_DESPITE_MET, rng)) {
            // spent less than a ≤ cost target: met, yet points taken in proportion to what was spent
            score = round2(weight * met);
        }
        if (blankActuals) {
            actualText = null;
            score = weight;
        } else if (targetsAsActuals) {
            actualText = targetText;
            score = weight;
        }
        if (score < weight - 1e-9 && shows.reasons()) reason = reason(year, rng);
        return new Indicator(shows.level1(t.level1(), t.level2()), shows.level2(t.level1(), t.level2()), t.name(),
                comparator, targetText, d.value(), unit, actualText, weight, score, reason);
    }

    private static double actualMissing(IndicatorTemplate t, double target, SplittableRandom rng) {
        if ("<=".equals(t.comparator())) return t.kind() == TargetKind.PERCENT ? target : Math.round(target * (1.05 + 0.2 * rng.nextDouble()) * 100) / 100.0;
        if (target == 0) return 0;
        double a = target * (0.6 + 0.35 * rng.nextDouble());
        return t.kind() == TargetKind.PERCENT ? Math.round(a * 10) / 10.0 : Math.floor(a);
    }

    /** How far a target was met: 1 when met, below 1 when missed (actual/target, or target/actual for ≤). */
    private static double ratio(String comparator, double target, double actual) {
        if ("<=".equals(comparator)) return actual == 0 ? 1 : actual / target;
        if (target == 0) return 1;
        return Math.min(1, actual / target);
    }

    private String reason(int year, SplittableRandom rng) {
        if (planted.roll(region, year, Habit.BOILERPLATE_REASON, rng)) {
            String r = Catalogue.BOILERPLATE.get(rng.nextInt(Catalogue.BOILERPLATE.size()));
            return r.isEmpty() ? null : r;
        }
        return Catalogue.REASONS.get(rng.nextInt(Catalogue.REASONS.size()));
    }

    static String fmt(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static double round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
