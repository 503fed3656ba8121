package jixiao.transform.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import jixiao.transform.normalise.FormNormaliser;
import jixiao.transform.normalise.NormalisedForm;
import jixiao.transform.normalise.SilverForm;
import jixiao.transform.normalise.SilverIndicator;

/** Hand-made forms, each breaking a few rules, checked and rescored by hand. */
class FormCheckerTest {
    static final class FormBuilder {
        Double initial = 100.0, adjusted = 100.0, executed = 100.0, rate = 1.0, weight = 10.0, score = 10.0, total;
        String unit = "万元", reason;
        final List<SilverIndicator> inds = new ArrayList<>();

        FormBuilder ind(String l1, String l2, String name, String cmp, String target, Double value, String u,
                        String actual, double w, double s, String why) {
            inds.add(new SilverIndicator(inds.size(), l1, l2, name, cmp, target, value, u, actual, w, s, why));
            return this;
        }

        NormalisedForm build() {
            return FormNormaliser.normalise(new SilverForm("f1", "sha", "f.txt", 2024, "项目", null, "某县教育局", null,
                    "四川省", "乐山市", "金口河区", unit, initial, adjusted, executed, rate, weight, score, reason, total, inds));
        }
    }

    /** A sound set: 90 points over five indicators that cover every dimension, all met. */
    static FormBuilder sound() {
        return new FormBuilder()
                .ind("产出指标", "数量指标", "培训人数", ">=", "100人", 100.0, "人", "120人", 30, 30, null)
                .ind("产出指标", "质量指标", "合格率", ">=", "95%", 95.0, "%", "98%", 10, 10, null)
                .ind("产出指标", "时效指标", "完成时间", null, "2024年内", null, null, "2024年内", 10, 10, null)
                .ind("成本指标", "经济成本指标", "项目成本", "<=", "100万元", 100.0, "万元", "100万元", 10, 10, null)
                .ind("效益指标", "社会效益指标", "受益率", ">=", "90%", 90.0, "%", "92%", 20, 20, null)
                .ind("满意度指标", "服务对象满意度指标", "满意度", ">=", "90%", 90.0, "%", "95%", 10, 10, null);
    }

    static Set<String> rules(NormalisedForm f) {
        Set<String> out = new TreeSet<>();
        for (Finding x : FormChecker.check(f).findings()) out.add(x.rule().id() + (x.indicatorIndex() == null ? "" : "@" + x.indicatorIndex()));
        return out;
    }

    @Test
    void soundFormHasNoFindingsAndNoGap() {
        FormBuilder b = sound();
        b.total = 100.0;
        NormalisedForm f = b.build();
        assertEquals(Set.of(), rules(f));
        ScoreRecheck.Result r = ScoreRecheck.recheck(f);
        assertEquals(100.0, r.recomputed());
        assertEquals(0.0, r.gap());
        assertEquals(6, r.verified());
    }

    @Test
    void arithmeticAndBudgetRules() {
        FormBuilder b = sound();
        b.initial = 200.0; // cut from 200 to 100: 80 spent is 40% of the initial budget
        b.executed = 80.0;
        b.rate = 0.85; // printed; 80 ÷ 100 is 0.80
        b.score = 8.0; // floor(8.5)
        b.total = 97.0; // parts add up to 98
        NormalisedForm f = b.build();
        assertEquals(Set.of("BUDGET_ADJUSTED", "EXEC_SCORE_FLOORED", "LOW_RATE_NO_REASON", "RATE_MISMATCH",
                "TOTAL_MISMATCH"), rules(f));
        assertEquals(0.4, f.rateVsInitial(), 1e-12);
        // recheck: execution 0.80 × 10 = 8 (from the amounts, not the printed rate); the rest as printed
        ScoreRecheck.Result r = ScoreRecheck.recheck(f);
        assertEquals(8.0, r.executionRecomputed());
        assertEquals(98.0, r.recomputed());
        assertEquals(-1.0, r.gap());
    }

    @Test
    void indicatorScoringRules() {
        FormBuilder b = new FormBuilder()
                .ind("产出指标", "数量指标", "培训人数", ">=", "100人", 100.0, "人", "80人", 30, 30, null) // missed, full
                .ind("产出指标", "质量指标", "合格率", ">=", "95%", 95.0, "%", "98%", 10, 8, "据实支付") // met, deducted
                .ind("成本指标", "经济成本指标", "项目成本", "<=", "100万元", 100.0, "万元", "90万元", 10, 9, null) // under ceiling
                .ind("效益指标", "社会效益指标", "受益率", ">=", "90%", 90.0, "%", null, 20, 20, null) // no actual
                .ind("满意度指标", "服务对象满意度指标", "满意度", null, "提升", null, null, "提升", 10, 10, null); // vague
        b.executed = 90.0;
        b.rate = 0.9;
        b.score = 9.0;
        NormalisedForm f = b.build();
        Set<String> r = rules(f);
        for (String expected : List.of("MISSED_FULL_POINTS@0", "MET_BUT_DEDUCTED@1", "BOILERPLATE_REASON@1",
                "UNDER_CEILING_DEDUCTED@2", "POINTS_LOST_NO_REASON@2", "NO_ACTUAL_SCORED@3", "VAGUE_TARGET@4",
                "WORD_TARGET_FOR_MEASURE@4", "NO_TIMELINESS_INDICATOR")) {
            assertTrue(r.contains(expected), expected + " in " + r);
        }
        // recomputed: 9 + 30 × 0.8 + 10 + 10 (met ceiling) + 20 (no actual: kept) + 10 (word: kept) = 83
        ScoreRecheck.Result s = ScoreRecheck.recheck(f);
        assertEquals(83.0, s.recomputed());
        assertEquals(3, s.verified());
        assertEquals(2, s.unverifiable());
    }

    @Test
    void actualsCopiedAgainstTheBudget() {
        FormBuilder b = sound();
        b.executed = 80.0;
        b.rate = 0.8;
        b.score = 8.0;
        b.inds.replaceAll(x -> new SilverIndicator(x.index(), x.level1(), x.level2(), x.name(), x.comparator(),
                x.targetText(), x.targetValue(), x.unit(), x.targetText(), x.weight(), x.score(), x.reason()));
        Set<String> r = rules(b.build());
        assertTrue(r.contains("ACTUALS_EQUAL_TARGETS"), r.toString());
        assertTrue(r.contains("ACTUALS_COPIED_AGAINST_BUDGET"), r.toString());
    }

    @Test
    void shiftedRows() {
        FormBuilder b = new FormBuilder()
                .ind("产出指标", "数量指标", "A", ">=", "10个", 10.0, "个", "10个", 20, 20, null)
                .ind("产出指标", "数量指标", "B", ">=", "20个", 20.0, "个", "10个", 20, 20, null)
                .ind("产出指标", "质量指标", "C", ">=", "95%", 95.0, "%", "20个", 20, 20, null)
                .ind("效益指标", "社会效益指标", "D", ">=", "90%", 90.0, "%", "95%", 20, 20, null)
                .ind("满意度指标", "满意度指标", "E", ">=", "90%", 90.0, "%", "90%", 10, 10, null);
        assertTrue(rules(b.build()).contains("SHIFTED_ROWS@1"), rules(b.build()).toString());
    }
}
