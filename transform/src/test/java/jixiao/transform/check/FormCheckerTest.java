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
        String unit = "万元", reason, problems;
        List<String> notes = List.of();
        final List<SilverIndicator> inds = new ArrayList<>();

        FormBuilder ind(String l1, String l2, String name, String cmp, String target, Double value, String u,
                        String actual, double w, double s, String why) {
            inds.add(new SilverIndicator(inds.size(), l1, l2, name, cmp, target, value, u, actual, w, s, why));
            return this;
        }

        NormalisedForm build() {
            return FormNormaliser.normalise(new SilverForm("f1", "sha", "f.txt", 2024, "项目", null, "某县教育局", null,
                    "四川省", "乐山市", "金口河区", unit, initial, adjusted, executed, rate, weight, score, reason, total, inds,
                    null, false, notes, null, problems));
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

    /** The same indicator with another actual (null: none printed). */
    static SilverIndicator withActual(SilverIndicator x, String actual) {
        return new SilverIndicator(x.index(), x.level1(), x.level2(), x.name(), x.comparator(), x.targetText(), x.targetValue(),
                x.unit(), actual, x.weight(), x.score(), x.reason());
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

    /** Proportional scoring is checked only where the template prints it; other templates score by bands. */
    @Test
    void executionScoreRulesOnlyWhereTheFormulaIsPrinted() {
        FormBuilder b = sound();
        b.executed = 85.0;
        b.rate = 0.85;
        b.score = 8.0; // floor(8.5), or a band
        assertTrue(!rules(b.build()).contains("EXEC_SCORE_FLOORED"));
        b.notes = List.of("执行率*该指标分值,最高不得超过分值上限。"); // Beijing
        assertTrue(rules(b.build()).contains("EXEC_SCORE_FLOORED"));
        b.score = 6.0; // neither exact nor floored nor rounded
        assertTrue(rules(b.build()).contains("EXEC_SCORE_MISMATCH"));
        b.notes = List.of();
        assertTrue(!rules(b.build()).contains("EXEC_SCORE_MISMATCH"));
    }

    @Test
    void arithmeticAndBudgetRules() {
        FormBuilder b = sound();
        b.initial = 200.0; // cut from 200 to 100: 80 spent is 40% of the initial budget
        b.executed = 80.0;
        b.rate = 0.85; // printed; 80 ÷ 100 is 0.80
        b.score = 8.0; // floor(8.5)
        b.total = 97.0; // parts add up to 98
        b.notes = List.of("说明：1. 预算执行率得分=全年执行数/全年预算数*10分；"); // Shandong's printed formula
        NormalisedForm f = b.build();
        // 80% with no reason: no finding, since this form's template prints no rule asking for one
        assertEquals(Set.of("BUDGET_ADJUSTED", "EXEC_SCORE_FLOORED", "RATE_MISMATCH", "TOTAL_MISMATCH"), rules(f));
        Finding floored = FormChecker.check(f).findings().stream().filter(x -> x.rule() == Rule.EXEC_SCORE_FLOORED).findFirst().orElseThrow();
        assertTrue(floored.rule().message(floored.values()).contains("预算执行率得分=全年执行数/全年预算数*10分"));
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
                .ind("成本指标", "经济成本指标", "人均培训成本", "<=", "100元/人", 100.0, "元/人", "90元/人", 10, 9, null) // under ceiling
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
        // the whole budget as a cost (≤100万元 = 全年预算数), 90 spent, 9 of 10: executing less, not saving
        FormBuilder whole = new FormBuilder()
                .ind("成本指标", "经济成本指标", "项目成本", "<=", "100万元", 100.0, "万元", "90万元", 10, 9, "资金结余");
        assertTrue(!rules(whole.build()).contains("UNDER_CEILING_DEDUCTED@0"));
        // recomputed: 9 + 30 × 0.8 + 10 + 10 (met ceiling) + 20 (no actual: kept) + 10 (word: kept) = 83
        ScoreRecheck.Result s = ScoreRecheck.recheck(f);
        assertEquals(83.0, s.recomputed());
        assertEquals(3, s.verified());
        assertEquals(2, s.unverifiable());
    }

    /** Sichuan's department form prints the rule: below 90% a reason is due, and none is written anywhere. */
    @Test
    void lowRateWithoutReasonWhereTheTemplateAsksForOne() {
        FormBuilder b = lowRate();
        b.notes = List.of("预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）");
        List<Finding> low = FormChecker.check(b.build()).findings().stream()
                .filter(x -> x.rule() == Rule.LOW_RATE_NO_REASON).toList();
        assertEquals(1, low.size());
        assertEquals("预算执行率80.00%低于90.00%，表内未说明原因（本表填表说明：预算执行率=预算执行数/调整后预算数，"
                + "预算执行率未达到90%的需说明原因（100字以内））", low.get(0).message());
    }

    /** A template asking for reasons only below 80%: 85% needs none. */
    @Test
    void lowRateThresholdIsTheTemplates() {
        FormBuilder b = lowRate();
        b.rate = 0.85;
        b.executed = 85.0;
        b.notes = List.of("预算执行率低于80%的，应分析说明原因");
        assertTrue(!rules(b.build()).contains("LOW_RATE_NO_REASON"));
        b.rate = 0.75;
        b.executed = 75.0;
        assertTrue(rules(b.build()).contains("LOW_RATE_NO_REASON"));
    }

    /** Seed 001's 服装经费: the reason for 0% is on the cost row (因财政资金紧张…未进行资金支付), not the execution line. */
    @Test
    void lowRateExplainedOnAnotherRowOrInProblems() {
        FormBuilder b = lowRate();
        b.notes = List.of("预算执行率未达到90%的需说明原因");
        b.inds.set(3, new SilverIndicator(3, "成本指标", "经济成本指标", "项目成本", "<=", "100万元", 100.0, "万元", "80万元",
                10.0, 10.0, "因财政资金紧张，项目已开展但未进行资金支付"));
        assertTrue(!rules(b.build()).contains("LOW_RATE_NO_REASON"));
        FormBuilder c = lowRate();
        c.notes = List.of("预算执行率未达到90%的需说明原因");
        c.problems = "部分资金结转下年使用";
        assertTrue(!rules(c.build()).contains("LOW_RATE_NO_REASON"));
        FormBuilder d = lowRate();
        d.notes = List.of("预算执行率未达到90%的需说明原因");
        d.reason = "据实支付"; // boilerplate is no reason
        assertTrue(rules(d.build()).contains("LOW_RATE_NO_REASON"));
    }

    /** Sichuan's note asks for the reason of a mid-year adjustment: where the template prints it, and none is written. */
    @Test
    void adjustmentWithoutReasonWhereTheTemplateAsksForOne() {
        FormBuilder b = sound();
        b.initial = 80.0;
        assertTrue(!rules(b.build()).contains("ADJUSTMENT_NO_REASON"));
        b.notes = List.of("年中发生预算调整的（追加或调减），应单独说明理由");
        assertTrue(rules(b.build()).contains("ADJUSTMENT_NO_REASON"));
        b.problems = "年中追加预算20万元用于设备更新";
        assertTrue(!rules(b.build()).contains("ADJUSTMENT_NO_REASON"));
    }

    private static FormBuilder lowRate() {
        FormBuilder b = sound();
        b.executed = 80.0;
        b.rate = 0.8;
        b.score = 8.0;
        return b;
    }

    /**
     * Seed 001's 维保: 330台/套 against ≥200, scored 6.5 of 10, "今后在设置指标时更加严谨": the deduction is for a
     * target set too low, not a met target wrongly deducted. The same deduction with an unrelated reason is.
     */
    @Test
    void farBeyondTargetDeductedForTheTargetIsNoFinding() {
        FormBuilder b = sound();
        b.inds.set(0, new SilverIndicator(0, "产出指标", "数量指标", "维护设备数量", ">=", "200台/套", 200.0, "台/套", "330台/套",
                30.0, 19.5, "为便于维修维护，将设备细化，导致数量较多，今后在设置指标时更加严谨、贴合实际"));
        assertTrue(!rules(b.build()).contains("MET_BUT_DEDUCTED@0"), rules(b.build()).toString());
        b.inds.set(0, new SilverIndicator(0, "产出指标", "数量指标", "维护设备数量", ">=", "200台/套", 200.0, "台/套", "330台/套",
                30.0, 19.5, "部分设备维护不及时"));
        assertTrue(rules(b.build()).contains("MET_BUT_DEDUCTED@0"));
    }

    /** Seed 001's 制作工装数量 ≤300套, 191套, 6.37 of 10: the sign contradicts the scoring; said so, not judged met. */
    @Test
    void ceilingOnACountScoredAsAFloor() {
        FormBuilder b = sound();
        b.inds.set(0, new SilverIndicator(0, "产出指标", "数量指标", "制作工装数量", "<=", "300套", 300.0, "套", "191套",
                30.0, 19.11, "因存在人员离职、部分入驻单位自费制作工装等，导致工装制作数量低于指标值"));
        Set<String> r = rules(b.build());
        assertTrue(r.contains("SIGN_CONTRADICTS_SCORING@0"), r.toString());
        assertTrue(!r.contains("UNDER_CEILING_DEDUCTED@0"), r.toString());
    }

    /** Seed 003 (安居): no actual anywhere, so nothing to recompute: no score and no gap, not a gap of 0. */
    @Test
    void noRecomputedScoreWithoutEnoughCheckableIndicators() {
        FormBuilder b = sound();
        b.total = 100.0;
        b.inds.replaceAll(x -> withActual(x, null));
        ScoreRecheck.Result r = ScoreRecheck.recheck(b.build());
        assertEquals(null, r.recomputed());
        assertEquals(null, r.gap());
        assertEquals(0, r.verified());
        // half the indicator weight checkable is enough: 培训人数 30 + 受益率 20 of 90
        FormBuilder c = sound();
        c.total = 100.0;
        for (int k : new int[] {1, 2, 3, 5}) {
            c.inds.set(k, withActual(c.inds.get(k), null));
        }
        assertEquals(100.0, ScoreRecheck.recheck(c.build()).recomputed());
    }

    /** Real 002 (松江): 145000000.00 under 项目资金(万元) is 1.45亿元 read in 元, and the form says it was inferred. */
    @Test
    void implausibleWanIsReadAsYuanAndSaidSo() {
        FormBuilder b = sound();
        b.initial = 145000000.0;
        b.adjusted = 145000000.0;
        b.executed = 145000000.0;
        NormalisedForm f = b.build();
        assertEquals(14500.0, f.budgetAdjustedWan(), 1e-9);
        assertEquals(jixiao.transform.normalise.FormNormaliser.YUAN_INFERRED, f.amountUnit());
        assertEquals("万元", sound().build().amountUnit());
    }

    @Test
    void actualsCopiedAgainstTheBudget() {
        FormBuilder b = sound();
        b.executed = 80.0;
        b.rate = 0.8;
        b.score = 8.0;
        b.inds.replaceAll(x -> withActual(x, x.targetText()));
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
