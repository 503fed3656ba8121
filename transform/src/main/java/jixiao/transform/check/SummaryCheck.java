package jixiao.transform.check;

import static jixiao.transform.check.Values.num;

import java.util.List;
import java.util.Map;

/**
 * A summary table's row (汇总表) against the form it summarises: its self-score against the form's
 * total, and its grade against the grade its score earns (财预〔2020〕10号 bands).
 */
public final class SummaryCheck {
    private SummaryCheck() {
    }

    /** Findings and tallies for one matched summary row. */
    public static CheckResult check(String formId, Double summaryScore, String grade, Double formTotal) {
        Checks c = new Checks(formId);
        c.check(Rule.SUMMARY_SCORE_MISMATCH, summaryScore != null && formTotal != null,
                summaryScore != null && formTotal != null && Math.abs(summaryScore - formTotal) > Thresholds.SCORE_TOLERANCE,
                null, () -> FormChecker.values("summary", num(summaryScore), "total", num(formTotal)));
        Double score = summaryScore != null ? summaryScore : formTotal;
        String printed = normaliseGrade(grade);
        String expected = score == null ? null : grade(score);
        c.check(Rule.GRADE_MISMATCH, printed != null && expected != null, printed != null && !printed.equals(expected), null,
                () -> FormChecker.values("grade", grade, "score", num(score), "expected", expected));
        return c.result();
    }

    /** 优 90–100, 良 80–90, 中 60–80, 差 below 60. */
    public static String grade(double score) {
        return score >= 90 ? "优" : score >= 80 ? "良" : score >= 60 ? "中" : "差";
    }

    private static final List<Map.Entry<String, String>> GRADE_WORDS = List.of(
            Map.entry("不合格", "差"), Map.entry("优", "优"), Map.entry("良", "良"), Map.entry("中", "中"),
            Map.entry("合格", "中"), Map.entry("差", "差"));

    /** 优秀 → 优, 良好 → 良, 中等 / 合格 → 中, 差 / 不合格 → 差; null when the grade is not one of these. */
    static String normaliseGrade(String grade) {
        if (grade == null) return null;
        String g = grade.strip();
        for (Map.Entry<String, String> e : GRADE_WORDS) {
            if (g.startsWith(e.getKey())) return e.getValue();
        }
        return null;
    }
}
