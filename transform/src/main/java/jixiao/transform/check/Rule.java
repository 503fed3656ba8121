package jixiao.transform.check;

import static jixiao.transform.check.Severity.ERROR;
import static jixiao.transform.check.Severity.INFO;
import static jixiao.transform.check.Severity.WARNING;

import java.util.Map;

/**
 * The rule catalogue: every check the transform applies to every form, with its severity, category,
 * message (Chinese, with {placeholders} filled from the finding's values), formula and the clause it
 * rests on. The numbers the formulas name are in {@link Thresholds}. gold/rule_catalogue is this enum.
 */
public enum Rule {
    // ---- 计分核对: the form's own arithmetic -------------------------------------------------
    RATE_MISMATCH(ERROR, Category.ARITHMETIC, Scope.FORM,
            "预算执行率填报为{printed}，按执行数÷全年预算数计算应为{computed}",
            "|执行率(填报) − 执行数 ÷ 全年预算数| > 0.005", Clause.RATE),
    EXEC_SCORE_FLOORED(WARNING, Category.ARITHMETIC, Scope.FORM,
            "预算执行得分{score}分为执行率×分值（{exact}分）向下取整，应按比例计分",
            "得分 = ⌊min(执行率,1) × 分值⌋ ≠ min(执行率,1) × 分值（差 > 0.01）", Clause.RATE),
    EXEC_SCORE_ROUNDED(INFO, Category.ARITHMETIC, Scope.FORM,
            "预算执行得分{score}分为执行率×分值（{exact}分）四舍五入到整数",
            "得分 = round(min(执行率,1) × 分值) ≠ min(执行率,1) × 分值（差 > 0.01），且非向下取整", Clause.RATE),
    EXEC_SCORE_MISMATCH(ERROR, Category.ARITHMETIC, Scope.FORM,
            "预算执行得分{score}分，与执行率×分值（{exact}分）不符",
            "|得分 − min(执行率,1) × 分值| > 0.01，且不是取整所致", Clause.RATE),
    TOTAL_MISMATCH(ERROR, Category.ARITHMETIC, Scope.FORM,
            "总分填报为{total}分，各项得分合计为{sum}分",
            "|总分 − (预算执行得分 + Σ指标得分)| > 0.01", Clause.WEIGHTS),
    WEIGHTS_NOT_100(ERROR, Category.ARITHMETIC, Scope.FORM,
            "分值合计为{weights}分，不是100分",
            "|预算执行分值 + Σ指标分值 − 100| > 0.01", Clause.WEIGHTS),
    SCORE_ABOVE_WEIGHT(ERROR, Category.ARITHMETIC, Scope.INDICATOR,
            "得分{score}分高于分值{weight}分",
            "得分 − 分值 > 0.01（预算执行行或指标行）", Clause.WEIGHTS),
    // ---- 预算执行 -------------------------------------------------------------------------------
    EXECUTED_ABOVE_BUDGET(WARNING, Category.BUDGET, Scope.FORM,
            "执行数{executed}万元超过全年预算数{budget}万元",
            "执行数 − 全年预算数 > 0.01万元", Clause.BUDGET_LAW),
    BUDGET_ADJUSTED(WARNING, Category.BUDGET, Scope.FORM,
            "全年预算数{adjusted}万元较年初预算数{initial}万元调整{change}；按年初预算计执行率为{rate_initial}（填报{rate}）",
            "|全年预算数 ÷ 年初预算数 − 1| > 20%", Clause.BUDGET_LAW),
    BUDGET_CUT_TO_SPENDING(WARNING, Category.BUDGET, Scope.FORM,
            "全年预算数由年初{initial}万元调减至与执行数{executed}万元相同，执行率显示100%，按年初预算仅为{rate_initial}",
            "执行数 < 年初预算数 × 95%，且 全年预算数 < 年初预算数 且 |全年预算数 − 执行数| ≤ 0.01万元", Clause.BUDGET_LAW),
    // ---- 原因说明 -------------------------------------------------------------------------------
    LOW_RATE_NO_REASON(WARNING, Category.REASONS, Scope.FORM,
            "预算执行率{rate}低于90%，未说明原因",
            "执行率 < 90% 且 预算执行行无偏差原因", Clause.FORM_NOTE),
    POINTS_LOST_NO_REASON(WARNING, Category.REASONS, Scope.INDICATOR,
            "扣{lost}分，未说明扣分原因",
            "分值 − 得分 > 0.005 且 扣分原因为空（或“无”）", Clause.REASONS),
    BOILERPLATE_REASON(WARNING, Category.REASONS, Scope.INDICATOR,
            "扣分原因仅为“{reason}”，未说明偏差的实际原因",
            "扣分原因与“据实支付”类套话词表完全匹配（见 ReasonLexicon.BOILERPLATE）", Clause.REASONS),
    // ---- 指标评分 -------------------------------------------------------------------------------
    MISSED_FULL_POINTS(ERROR, Category.INDICATOR_SCORING, Scope.INDICATOR,
            "指标值{comparator}{target}，实际完成{actual}，未达成却得满分{score}分",
            "目标未达成 且 得分 > 分值 − 0.005", Clause.INDICATOR_SCORING),
    MET_BUT_DEDUCTED(WARNING, Category.INDICATOR_SCORING, Scope.INDICATOR,
            "指标值{comparator}{target}，实际完成{actual}，已达成却只得{score}分（分值{weight}分）",
            "目标达成（≥、>、=、期限）且 得分 ≤ 分值 − 0.005", Clause.INDICATOR_SCORING),
    UNDER_CEILING_DEDUCTED(WARNING, Category.INDICATOR_SCORING, Scope.INDICATOR,
            "指标值≤{target}，实际{actual}未超过上限（含少花钱完成的成本指标），却只得{score}分（分值{weight}分）",
            "比较符为 ≤ 或 <（填报的；未填报时只认以预算为指标值的成本指标），0 < 实际值 < 指标值，且 得分 ≤ 分值 − 0.005", Clause.INDICATOR_SCORING),
    NO_ACTUAL_SCORED(ERROR, Category.INDICATOR_SCORING, Scope.INDICATOR,
            "未填实际完成值，却得{score}分",
            "实际完成值为空 且 得分 > 0（表内其他指标填了实际值）", Clause.INDICATOR_SCORING),
    FORM_NO_ACTUALS(ERROR, Category.INDICATOR_SCORING, Scope.FORM,
            "{count}个指标均未填实际完成值，指标得分合计{score}分",
            "所有指标实际完成值为空 且 指标得分合计 > 0", Clause.INDICATOR_SCORING),
    ACTUALS_EQUAL_TARGETS(INFO, Category.INDICATOR_SCORING, Scope.FORM,
            "{count}个指标的实际完成值全部与指标值相同",
            "指标数 ≥ 3 且 每个实际值 = 指标值（数值或文字）", Clause.INDICATOR_SCORING),
    ACTUALS_COPIED_AGAINST_BUDGET(WARNING, Category.INDICATOR_SCORING, Scope.FORM,
            "实际完成值全部照抄指标值，连成本指标也填{target}万元，而预算执行数为{executed}万元",
            "每个实际值 = 指标值，且 以全年（或年初）预算为指标值的成本指标 其指标值 ≠ 执行数（差 > 0.01万元）", Clause.INDICATOR_SCORING),
    // ---- 指标设置 -------------------------------------------------------------------------------
    TRIVIAL_TARGET(WARNING, Category.INDICATOR_SETTING, Scope.INDICATOR,
            "指标值{comparator}{target}，无需任何工作即可达成",
            "比较符 ≥ 或 > 且 指标值 ≤ 0；或 百分比指标 ≤ 100% 以上", Clause.TARGETS),
    VAGUE_TARGET(INFO, Category.INDICATOR_SETTING, Scope.INDICATOR,
            "指标值“{target}”为模糊表述，无法衡量",
            "定性指标值只由模糊词（提升、保障、优、有效……见 Lexicon.VAGUE_WORDS）组成", Clause.TARGETS),
    WORD_TARGET_FOR_MEASURE(WARNING, Category.INDICATOR_SETTING, Scope.INDICATOR,
            "“{name}”应为可量化指标，指标值却为“{target}”",
            "定性指标值 且（二级指标为数量或满意度，或名称以“率”“满意度”“人数”等结尾）", Clause.TARGETS),
    NO_SATISFACTION_INDICATOR(WARNING, Category.INDICATOR_SETTING, Scope.FORM,
            "没有满意度指标", "指标中无一级或二级指标为满意度", Clause.INDICATOR_SET),
    NO_COST_INDICATOR(INFO, Category.INDICATOR_SETTING, Scope.FORM,
            "没有成本指标", "指标中无一级或二级指标为成本", Clause.COST),
    NO_TIMELINESS_INDICATOR(INFO, Category.INDICATOR_SETTING, Scope.FORM,
            "没有时效指标", "指标中无二级指标为时效", Clause.INDICATOR_SET),
    ONLY_QUALITATIVE(WARNING, Category.INDICATOR_SETTING, Scope.FORM,
            "{count}个指标全部为定性指标", "每个指标值都不含数字、期限", Clause.TARGETS),
    // ---- 填报疑点 -------------------------------------------------------------------------------
    SHIFTED_ROWS(WARNING, Category.SUSPECT, Scope.FORM,
            "第{from}行起连续{rows}行的实际完成值等于{direction}一行的指标值，疑似错行",
            "连续 ≥ 2 行：实际值 ≠ 本行指标值 且 实际值 = 相邻（同一方向）行的指标值", Clause.INDICATOR_SCORING),
    SHIFTED_COLUMNS(WARNING, Category.SUSPECT, Scope.INDICATOR,
            "实际完成值“{actual}”等于本行{column}，指标值为“{target}”，疑似错列",
            "实际值无单位且不为0 且 指标值有单位 且 实际值 = 本行分值或得分 且 ≠ 指标值", Clause.INDICATOR_SCORING),
    // ---- 汇总核对 -------------------------------------------------------------------------------
    SUMMARY_SCORE_MISMATCH(ERROR, Category.SUMMARY, Scope.FORM,
            "汇总表自评得分{summary}分，与自评表总分{total}分不符",
            "|汇总表得分 − 自评表总分| > 0.01", Clause.GRADES),
    GRADE_MISMATCH(WARNING, Category.SUMMARY, Scope.FORM,
            "汇总表评级为“{grade}”，按{score}分应为“{expected}”",
            "评级 ≠ 等级(得分)：90–100 优，80–90 良，60–80 中，60 以下差", Clause.GRADES);

    /** Whether a rule is about a form as a whole or one of its indicators (the execution line counts as a form's). */
    public enum Scope { FORM, INDICATOR }

    /** Categories as readers see them. */
    public static final class Category {
        public static final String ARITHMETIC = "计分核对";
        public static final String BUDGET = "预算执行";
        public static final String REASONS = "原因说明";
        public static final String INDICATOR_SCORING = "指标评分";
        public static final String INDICATOR_SETTING = "指标设置";
        public static final String SUSPECT = "填报疑点";
        public static final String SUMMARY = "汇总核对";

        private Category() {
        }
    }

    /** The clauses rules rest on. */
    public static final class Clause {
        public static final String RATE = "财预〔2020〕10号所附项目支出绩效自评表：执行率 = 全年执行数（B）÷ 全年预算数（A），预算执行率按比例得分，最高不超过分值";
        public static final String WEIGHTS = "财预〔2020〕10号：自评实行百分制，原则上预算执行率10分、产出指标50分、效益指标30分、满意度指标10分，各项得分不超过分值、合计为总分";
        public static final String BUDGET_LAW = "《预算法》第十三条：经批准的预算非经法定程序不得调整，支出以经批准的预算为依据；自评表并列年初预算数与全年预算数";
        public static final String FORM_NOTE = "自评表填表说明：预算执行率未达到90%的需说明原因";
        public static final String REASONS = "财预〔2020〕10号：未完成绩效目标或偏离目标的，应分析说明原因及改进措施";
        public static final String INDICATOR_SCORING = "自评表填表说明：正向指标得分 = 实际值 ÷ 指标值 × 分值，反向指标得分 = 指标值 ÷ 实际值 × 分值，完成目标得满分；实际完成值据实填写";
        public static final String TARGETS = "财预〔2015〕88号：绩效目标应指向明确、细化量化、合理可行，指标值应可衡量";
        public static final String INDICATOR_SET = "财预〔2020〕10号：项目绩效指标包括产出（数量、质量、时效、成本）、效益和满意度指标";
        public static final String COST = "财预〔2021〕101号：项目支出绩效目标应设置成本指标";
        public static final String GRADES = "财预〔2020〕10号：评价结果分为优（90–100分）、良（80–90分）、中（60–80分）、差（60分以下）";

        private Clause() {
        }
    }

    private final Severity severity;
    private final String category;
    private final Scope scope;
    private final String message;
    private final String formula;
    private final String clause;

    Rule(Severity severity, String category, Scope scope, String message, String formula, String clause) {
        this.severity = severity;
        this.category = category;
        this.scope = scope;
        this.message = message;
        this.formula = formula;
        this.clause = clause;
    }

    public String id() {
        return name();
    }

    public Severity severity() {
        return severity;
    }

    public String category() {
        return category;
    }

    public Scope scope() {
        return scope;
    }

    /** The message template, with {placeholders}. */
    public String messageTemplate() {
        return message;
    }

    public String formula() {
        return formula;
    }

    public String clause() {
        return clause;
    }

    /** The message with the finding's values filled in; a placeholder without a value stays as it is. */
    public String message(Map<String, String> values) {
        String out = message;
        for (Map.Entry<String, String> e : values.entrySet()) out = out.replace("{" + e.getKey() + "}", e.getValue());
        return out;
    }
}
