package jixiao.transform.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.transform.check.Thresholds;

/** Reads one indicator: dimensions, target kind, numbers, comparator, and whether its target was met. */
public final class IndicatorNormaliser {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*[日号])?");
    private static final Pattern DEADLINE_WORDS = Pattern.compile("之前|以前|以内|前|内|完成|按时|平均在|平均|已|\\s");

    private IndicatorNormaliser() {
    }

    public static NormalisedIndicator normalise(SilverIndicator x) {
        String d1 = Dimensions.level1(x.level1());
        String d2 = Dimensions.level2(x.level2());
        String target = blankToNull(x.targetText());
        Quantity tq = Quantity.parse(target);
        TargetKind kind = kind(target, x.targetValue(), x.unit(), tq);
        Double t = !kind.numeric() ? null : x.targetValue() != null ? x.targetValue() : tq == null ? null : tq.number();
        String tu = blankToNull(x.unit()) != null ? x.unit().strip() : tq == null ? null : tq.unit();
        Quantity aq = Quantity.parse(x.actualText());
        String cmp = x.comparator();
        boolean inferred = !isSign(cmp);
        if (inferred) cmp = t == null ? null : inferComparator(x.name(), d1, d2);
        Decision d = decide(x, kind, t, tu, aq, cmp);
        boolean qualitative = kind == TargetKind.QUALITATIVE;
        boolean vague = qualitative && target != null && Lexicon.VAGUE.matcher(target.replaceAll("[\\s，,。.、；;]", "")).matches();
        // the level-two heading or the name asks for a number; a level-one 满意度指标 block also holds 长效管理 rows
        boolean forMeasure = qualitative && target != null && ("数量".equals(d2) || "满意度".equals(d2)
                || (x.name() != null && Lexicon.MEASURE_NAME.matcher(x.name()).find()));
        boolean trivial = t != null && (((">=".equals(cmp) || ">".equals(cmp)) && t <= 0)
                || (kind == TargetKind.PERCENT && ("<=".equals(cmp) || "<".equals(cmp)) && t >= 100));
        boolean equal = equalsTarget(x, kind, t, tu, aq);
        Double av = aq == null || t == null || !kind.numeric() ? null : inTargetUnit(aq, tu, t);
        return new NormalisedIndicator(x, d1, d2, kind, t, tu, aq == null ? null : aq.number(), aq == null ? null : aq.unit(),
                av, cmp, inferred && cmp != null, d.outcome, d.undecided, d.attainment, equal, vague, forMeasure, trivial);
    }

    /** How a target reads: a deadline, a percent, an amount, a duration, a quantity, or a word. */
    public static TargetKind kind(String target, Double targetValue, String unit, Quantity parsed) {
        if (target == null && targetValue == null) return TargetKind.QUALITATIVE;
        if (target != null && targetValue == null && Lexicon.DEADLINE.matcher(target).find()) return TargetKind.DEADLINE;
        if (targetValue == null && parsed == null) return TargetKind.QUALITATIVE;
        String u = blankToNull(unit) != null ? unit.strip() : parsed == null || parsed.unit() == null ? "" : parsed.unit();
        if (u.contains("%") || (target != null && (target.contains("%") || target.contains("％")))) return TargetKind.PERCENT;
        if (u.contains("元")) return TargetKind.AMOUNT;
        if (Lexicon.TIME_UNIT.matcher(u).matches()) return TargetKind.DURATION;
        return TargetKind.QUANTITY;
    }

    /** The comparator a target without a printed one is read with: standards =, costs and the like ≤, else ≥. */
    public static String inferComparator(String name, String dimension1, String dimension2) {
        String n = name == null ? "" : name;
        if (Lexicon.STANDARD_WORDS.matcher(n).find()) return "=";
        boolean lower = "成本".equals(dimension1) || "成本".equals(dimension2) || Lexicon.LOWER_IS_BETTER.matcher(n).find();
        if (lower && !Lexicon.HIGHER_DESPITE.matcher(n).find()) return "<=";
        return ">=";
    }

    private record Decision(Outcome outcome, Undecided undecided, Double attainment) {
        static Decision undecided(Undecided why) {
            return new Decision(Outcome.UNDECIDABLE, why, null);
        }

        static Decision of(boolean met, double attainment) {
            return new Decision(met ? Outcome.MET : Outcome.MISSED, null, met ? 1.0 : Math.max(0, Math.min(1, attainment)));
        }
    }

    private static Decision decide(SilverIndicator x, TargetKind kind, Double t, String tu, Quantity aq, String cmp) {
        if (blankToNull(x.targetText()) == null && x.targetValue() == null) return Decision.undecided(Undecided.NO_TARGET);
        String actual = blankToNull(x.actualText());
        if (actual == null) return Decision.undecided(Undecided.NO_ACTUAL);
        if (kind == TargetKind.QUALITATIVE) {
            // 较及时 against 及时 is missed on the form's own words; no score is recomputed from it (no attainment)
            if (Lexicon.weakerGrade(x.targetText(), actual)) return new Decision(Outcome.MISSED, null, null);
            return Decision.undecided(Undecided.QUALITATIVE_TARGET);
        }
        if (kind == TargetKind.DEADLINE) {
            if (actual.contains("平均") && !x.targetText().contains("平均")) return Decision.undecided(Undecided.AVERAGE_NOT_DEADLINE);
            return deadline(x.targetText(), actual);
        }
        if (aq == null || t == null) return Decision.undecided(Undecided.ACTUAL_NOT_A_NUMBER);
        Double a = inTargetUnit(aq, tu, t);
        if (a == null) return Decision.undecided(Undecided.UNIT_MISMATCH);
        if (a == 0 && !zeroCanMeet(x, t, cmp)) return Decision.undecided(Undecided.ZERO_ACTUAL);
        String bound = boundOf(actual);
        if (bound != null) return boundDecision(bound, cmp, t, a);
        if (kind == TargetKind.QUANTITY && ceilingScoredAsFloor(x, t, a, cmp)) return Decision.undecided(Undecided.SIGN_CONTRADICTS_SCORE);
        return compare(cmp, t, a);
    }

    private static final Pattern LEADING_BOUND = Pattern.compile("^\\s*(>=|<=|≥|≤|≧|≦|>|<|＞|＜|不低于|不少于|不高于|不超过|超过|高于|低于)");

    /** The comparator an actual is printed with (">70%", "≧80%"), as >= or <=; null for a plain value. */
    private static String boundOf(String actual) {
        Matcher m = LEADING_BOUND.matcher(actual);
        if (!m.find()) return null;
        return switch (m.group(1)) {
            case ">=", "≥", "≧", ">", "＞", "不低于", "不少于", "超过", "高于" -> ">=";
            default -> "<=";
        };
    }

    /**
     * An actual printed as a bound settles the outcome only when the bound itself does: at least 95%
     * meets ≥90%; at least 70% neither meets nor misses >80%.
     */
    private static Decision boundDecision(String bound, String cmp, double t, double a) {
        boolean floorTarget = ">=".equals(cmp) || ">".equals(cmp);
        boolean ceilingTarget = "<=".equals(cmp) || "<".equals(cmp);
        if (floorTarget && bound.equals(">=") && a >= t) return compare(cmp, t, a);
        if (ceilingTarget && bound.equals("<=") && a <= t) return compare(cmp, t, a);
        return Decision.undecided(Undecided.ACTUAL_IS_A_BOUND);
    }

    /**
     * An actual of 0 meets a target only where the target itself is 0 under a printed =, ≤ or < (安全事故
     * = 0起); under a ceiling above 0 it says nothing was spent or done, and under a floor it misses.
     */
    private static boolean zeroCanMeet(SilverIndicator x, double t, String cmp) {
        boolean floor = ">=".equals(cmp) || ">".equals(cmp) || "=".equals(cmp);
        if (t > 0) return floor; // compared as it stands: a miss
        return isSign(x.comparator()) && ("=".equals(cmp) || "<=".equals(cmp) || "<".equals(cmp));
    }

    /**
     * A printed ≤ on a count whose actual stays under it while the form deducts points: the form scores
     * the count as a floor, so the sign is misprinted and neither reading can be trusted.
     */
    private static boolean ceilingScoredAsFloor(SilverIndicator x, double t, double a, String cmp) {
        boolean printedCeiling = isSign(x.comparator()) && ("<=".equals(cmp) || "<".equals(cmp));
        boolean deducted = x.weight() != null && x.score() != null && x.weight() - x.score() > Thresholds.POINTS_LOST;
        return printedCeiling && deducted && a < t * (1 - Thresholds.EQUAL_TOLERANCE);
    }

    /** ≥ and >: actual ÷ target; ≤ and <: target ÷ actual when over; =: the nearer ratio. */
    static Decision compare(String cmp, double t, double a) {
        double eps = Thresholds.EQUAL_TOLERANCE * Math.max(1, Math.abs(t));
        return switch (cmp) {
            case ">=" -> Decision.of(a >= t - eps, t <= 0 ? 1 : a / t);
            case ">" -> Decision.of(a > t + eps || (t <= 0 && a > t), t <= 0 ? 1 : a / t);
            case "<=" -> Decision.of(a <= t + eps, a <= 0 ? 1 : t / a);
            case "<" -> Decision.of(a < t - eps, a <= 0 ? 1 : t / a);
            default -> Decision.of(Math.abs(a - t) <= eps, t == 0 || a == 0 ? 0 : Math.min(a / t, t / a));
        };
    }

    /** The actual in the target's unit: 元 ↔ 万元 converted, a fraction read against a % target; null when units clash. */
    static Double inTargetUnit(Quantity actual, String targetUnit, double target) {
        double a = actual.number();
        String au = actual.unit();
        if (targetUnit == null || au == null || au.startsWith(targetUnit) || targetUnit.startsWith(au)) {
            if ("%".equals(targetUnit) && au == null && a <= 1 && target > 1) return a * 100;
            return a;
        }
        boolean tWan = targetUnit.startsWith("万元");
        boolean aWan = au.startsWith("万元");
        boolean tYuan = !tWan && targetUnit.startsWith("元");
        boolean aYuan = !aWan && au.startsWith("元");
        if (tWan && aYuan) return a / 10000;
        if (tYuan && aWan) return a * 10000;
        boolean tPercent = targetUnit.contains("%");
        boolean aPercent = au.contains("%");
        boolean tMoney = targetUnit.contains("元");
        boolean aMoney = au.contains("元");
        if (tPercent != aPercent || tMoney != aMoney) return null;
        return a; // 个 vs 台, 平米 vs 平方米: the same count printed two ways
    }

    private static Decision deadline(String target, String actual) {
        String t = DEADLINE_WORDS.matcher(target).replaceAll("");
        String a = DEADLINE_WORDS.matcher(actual).replaceAll("");
        if (!t.isEmpty() && (a.contains(t) || (!a.isEmpty() && t.contains(a) && a.length() >= 2))) return Decision.of(true, 1);
        int[] td = date(target);
        int[] ad = date(actual);
        if (td == null || ad == null) return Decision.undecided(Undecided.DEADLINE_NOT_COMPARABLE);
        boolean bothYears = td[0] > 0 && ad[0] > 0;
        if (td[1] == 0 || ad[1] == 0) {
            if (!bothYears) return Decision.undecided(Undecided.DEADLINE_NOT_COMPARABLE);
            return Decision.of(ad[0] <= td[0], 0);
        }
        long tk = (bothYears ? td[0] : 0) * 10000L + td[1] * 100L + td[2];
        long ak = (bothYears ? ad[0] : 0) * 10000L + ad[1] * 100L + ad[2];
        return Decision.of(ak <= tk, 0);
    }

    /** {year or 0, month or 0, day}: 年底 / 年内 are 12-31, a month alone its last day. */
    private static int[] date(String s) {
        Matcher y = YEAR.matcher(s);
        boolean hasYear = y.find();
        int year = hasYear ? Integer.parseInt(y.group(1)) : 0;
        String rest = hasYear ? s.substring(y.end()) : s;
        Matcher md = MONTH_DAY.matcher(rest);
        if (md.find()) {
            int month = Integer.parseInt(md.group(1));
            int day = md.group(2) == null ? 31 : Integer.parseInt(md.group(2));
            return month >= 1 && month <= 12 ? new int[] {year, month, day} : null;
        }
        if (s.contains("年底") || s.contains("年内") || s.contains("年末")) return new int[] {year, 12, 31};
        return year > 0 ? new int[] {year, 0, 0} : null;
    }

    /** The actual states exactly the target: the same number (in the target's unit) or the same words. */
    private static boolean equalsTarget(SilverIndicator x, TargetKind kind, Double t, String tu, Quantity aq) {
        String actual = blankToNull(x.actualText());
        String target = blankToNull(x.targetText());
        if (actual == null || target == null) return false;
        if (squeeze(actual).equals(squeeze(target))) return true;
        if (!kind.numeric() || t == null || aq == null) return false;
        Double a = inTargetUnit(aq, tu, t);
        return a != null && Math.abs(a - t) <= Thresholds.EQUAL_TOLERANCE * Math.max(1, Math.abs(t));
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s≥≤=<>＝]", "");
    }

    private static boolean isSign(String comparator) {
        return comparator != null && !"qualitative".equals(comparator);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
