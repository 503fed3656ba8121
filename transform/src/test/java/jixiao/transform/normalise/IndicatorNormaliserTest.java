package jixiao.transform.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Targets classified, comparators inferred, outcomes decided: cases from the seed forms. */
class IndicatorNormaliserTest {
    static SilverIndicator ind(String level1, String level2, String name, String cmp, String target, Double value,
                               String unit, String actual, double weight, double score) {
        return new SilverIndicator(0, level1, level2, name, cmp, target, value, unit, actual, weight, score, null);
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "3个|3|个|QUANTITY", "100%|100|%|PERCENT", "5万元|5|万元|AMOUNT", "2300元/套|2300|元/套|AMOUNT",
            "2024年内|null|null|DEADLINE", "12月31日前|null|null|DEADLINE", "合同签订后10个工作日内|null|null|DEADLINE",
            "2年|2|年|DURATION", "优|null|null|QUALITATIVE", "提升公共服|null|null|QUALITATIVE", "8000|8000|平米|QUANTITY"})
    void targetKinds(String target, Double value, String unit, TargetKind kind) {
        assertEquals(kind, IndicatorNormaliser.kind(target, value, unit, Quantity.parse(target)));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "项目完成成本|产出|成本|<=", "维护互联网个数|产出|数量|>=", "生均资助标准|成本|成本|=",
            "故障响应时间|产出|时效|<=", "系统、设备无故障率|产出|质量|>=", "安全事故发生次数|产出|质量|<="})
    void comparatorsInferredWhenNotPrinted(String name, String d1, String d2, String expected) {
        assertEquals(expected, IndicatorNormaliser.inferComparator(name, d1, d2));
    }

    /**
     * Seed 001: 聘用人员数量 ≤88人, 63人, scored 5.73 of 8 (= 63 ÷ 88 × 8): the form scores the count as a
     * floor, so its printed ≤ is contradicted and neither reading is taken.
     */
    @Test
    void ceilingOnACountScoredAsAFloorIsUndecided() {
        NormalisedIndicator n = IndicatorNormaliser.normalise(ind("产出指标", "数量指标", "聘用人员数量", "<=", "88人", 88.0,
                "人", "63人", 8, 5.73));
        assertEquals(Outcome.UNDECIDABLE, n.outcome());
        assertEquals(Undecided.SIGN_CONTRADICTS_SCORE, n.undecided());
        assertNull(n.attainment());
        assertEquals(63.0, n.actualValue());
        assertEquals("数量", n.dimension2());
        assertFalse(n.comparatorInferred());
    }

    /** The same ceiling given full points: the form reads its ≤ as printed, and the count kept under it is met. */
    @Test
    void ceilingOnACountWithFullPointsIsMet() {
        NormalisedIndicator n = IndicatorNormaliser.normalise(ind("产出指标", "数量指标", "投诉次数", "<=", "5次", 5.0,
                "次", "2次", 8, 8));
        assertEquals(Outcome.MET, n.outcome());
        assertEquals(1.0, n.attainment());
    }

    /** Seed 001's 工装制作总费用 ≤69万元 with nothing paid (0): nothing spent is not the ceiling kept. */
    @Test
    void nothingSpentUnderACeilingIsNotMet() {
        NormalisedIndicator n = IndicatorNormaliser.normalise(ind("产出指标", "成本指标", "工装制作总费用", "<=", "69万元", 69.0,
                "万元", "0", 5, 0));
        assertEquals(Outcome.UNDECIDABLE, n.outcome());
        assertEquals(Undecided.ZERO_ACTUAL, n.undecided());
    }

    /** Seed 000's 寄递数量 0个 → 0个 under an inferred ≥: a target of nothing, met by nothing, is not a decided outcome. */
    @Test
    void nothingAgainstANothingTargetIsUndecided() {
        NormalisedIndicator n = IndicatorNormaliser.normalise(ind("产出指标", "数量指标", "寄递数量", null, "0个", null,
                null, "0个", 20, 20));
        assertEquals(Outcome.UNDECIDABLE, n.outcome());
        assertEquals(Undecided.ZERO_ACTUAL, n.undecided());
    }

    /** 安全事故发生次数 = 0起, 0起: a printed zero target, kept. */
    @Test
    void printedZeroTargetMetByZero() {
        NormalisedIndicator n = IndicatorNormaliser.normalise(ind("产出指标", "质量指标", "安全事故发生次数", "=", "0起", 0.0,
                "起", "0起", 10, 10));
        assertEquals(Outcome.MET, n.outcome());
    }

    /** A floor missed by nothing done: 0 of 100人 is a miss, not undecided. */
    @Test
    void nothingAgainstAFloorIsMissed() {
        NormalisedIndicator n = IndicatorNormaliser.normalise(ind("产出指标", "数量指标", "培训人数", ">=", "100人", 100.0,
                "人", "0人", 10, 0));
        assertEquals(Outcome.MISSED, n.outcome());
        assertEquals(0.0, n.attainment());
    }

    /** Seed 001: 实现一窗受理窗口数量 ≥21个, 16个: missed, 16/21 attained. */
    @Test
    void floorMissed() {
        NormalisedIndicator n = IndicatorNormaliser.normalise(ind("产出指标", "数量指标", "实现一窗受理窗口数量", ">=", "21个",
                21.0, "个", "16个", 8, 6.1));
        assertEquals(Outcome.MISSED, n.outcome());
        assertEquals(16.0 / 21, n.attainment(), 1e-12);
    }

    /** Seed 000: 项目完成成本 5万元 (no comparator printed), 4.25万元: read as a ceiling, met. */
    @Test
    void costWithoutComparatorIsACeiling() {
        NormalisedIndicator n = IndicatorNormaliser.normalise(ind("产出指标", "成本指标", "项目完成成本", null, "5万元", 5.0,
                "万元", "4.25万元", 10, 8));
        assertEquals("<=", n.comparator());
        assertTrue(n.comparatorInferred());
        assertEquals(Outcome.MET, n.outcome());
        assertTrue(n.isCost());
    }

    @Test
    void amountsInYuanAgainstWan() {
        NormalisedIndicator n = IndicatorNormaliser.normalise(ind("成本指标", "经济成本指标", "工装制作总费用", "<=", "69万元",
                69.0, "万元", "700000元", 5, 0));
        assertEquals(70.0, n.actualValue(), 1e-9);
        assertEquals(Outcome.MISSED, n.outcome());
        assertEquals(69.0 / 70, n.attainment(), 1e-12);
    }

    @Test
    void deadlines() {
        assertEquals(Outcome.MET, IndicatorNormaliser.normalise(ind("产出指标", "时效指标", "项目完成时间", null, "12月27日前",
                null, null, "12月27日", 10, 10)).outcome());
        assertEquals(Outcome.MISSED, IndicatorNormaliser.normalise(ind("产出指标", "时效指标", "项目完成时间", null, "2024年6月底前",
                null, null, "2024年9月", 10, 10)).outcome());
        // seed 001: an average within the hour does not say every wait was (the form deducts: some waits were long)
        NormalisedIndicator average = IndicatorNormaliser.normalise(ind("产出指标", "时效指标", "申请免费刻章企业等待时间", null,
                "一小时内", null, null, "平均在一小时内", 10, 9.5));
        assertEquals(Outcome.UNDECIDABLE, average.outcome());
        assertEquals(Undecided.AVERAGE_NOT_DEADLINE, average.undecided());
    }

    /** Seed-like 002 (Shanghai): actuals printed as bounds decide only where the bound does. */
    @Test
    void actualsPrintedAsBounds() {
        NormalisedIndicator below = IndicatorNormaliser.normalise(ind("满意度指标", "服务对象满意度指标", "小区居民满意度", ">",
                "80%", 80.0, "%", ">70%", 3, 3));
        assertEquals(Undecided.ACTUAL_IS_A_BOUND, below.undecided());
        NormalisedIndicator above = IndicatorNormaliser.normalise(ind("满意度指标", "服务对象满意度指标", "群众满意度", ">=",
                "90%", 90.0, "%", "≥95%", 7, 7));
        assertEquals(Outcome.MET, above.outcome());
    }

    @Test
    void undecidableSaysWhy() {
        NormalisedIndicator blank = IndicatorNormaliser.normalise(ind("产出指标", "数量指标", "机房", "=", "1", 1.0, "个",
                null, 10, 10));
        assertEquals(Outcome.UNDECIDABLE, blank.outcome());
        assertEquals(Undecided.NO_ACTUAL, blank.undecided());
        assertNull(blank.attainment());
        NormalisedIndicator word = IndicatorNormaliser.normalise(ind("效益指标", "社会效益指标", "为群众提供便捷政务服务环境",
                null, "优", null, null, "优", 15, 15));
        assertEquals(Undecided.QUALITATIVE_TARGET, word.undecided());
        assertTrue(word.vague());
        assertTrue(word.actualEqualsTarget());
        assertFalse(word.wordForMeasure());
    }

    @Test
    void vagueWordsWhereANumberBelongs() {
        NormalisedIndicator n = IndicatorNormaliser.normalise(ind("满意度指标", "服务对象满意度指标", "办事群众满意度", null,
                "有效保障", null, null, "有效保障", 10, 10));
        assertTrue(n.vague());
        assertTrue(n.wordForMeasure());
        assertFalse(IndicatorNormaliser.normalise(ind("效益指标", "可持续影响指标", "不断优化政务服务营商环境", null, "提升公共服",
                null, null, "提升公共服", 15, 15)).vague());
    }

    @Test
    void zeroFloorIsTrivial() {
        assertTrue(IndicatorNormaliser.normalise(ind("产出指标", "数量指标", "寄递数量", null, "0个", 0.0, "个", "0个", 20, 20))
                .trivial());
        assertFalse(IndicatorNormaliser.normalise(ind("效益指标", "社会效益指标", "企业承担费用占比", "=", "0%", 0.0, "%", "0%",
                15, 15)).trivial());
    }

    @Test
    void quantitiesParse() {
        assertEquals(new Quantity(99.9, "%"), Quantity.parse("99.90%"));
        assertEquals(new Quantity(2300, "元/套"), Quantity.parse("≥2,300元/套"));
        assertEquals(new Quantity(3, "个月内"), Quantity.parse("三个月内"));
        assertNull(Quantity.parse("优"));
    }
}
