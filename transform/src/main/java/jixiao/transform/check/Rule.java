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
            "预算执行得分{score}分为执行率×分值（{exact}分）向下取整，本表填表说明按比例计分：“{basis}”",
            "本表填表说明印有按比例计分的公式，且 得分 = ⌊min(执行率,1) × 分值⌋ ≠ min(执行率,1) × 分值（差 > 0.01）", Clause.EXEC_SCORE),
    EXEC_SCORE_ROUNDED(INFO, Category.ARITHMETIC, Scope.FORM,
            "预算执行得分{score}分为执行率×分值（{exact}分）四舍五入到整数（本表填表说明：“{basis}”）",
            "本表填表说明印有按比例计分的公式，且 得分 = round(min(执行率,1) × 分值) ≠ min(执行率,1) × 分值（差 > 0.01），且非向下取整", Clause.EXEC_SCORE),
    EXEC_SCORE_MISMATCH(ERROR, Category.ARITHMETIC, Scope.FORM,
            "预算执行得分{score}分，与本表填表说明的计分方式（执行率×分值，{exact}分）不符：“{basis}”",
            "本表填表说明印有按比例计分的公式，且 |得分 − min(执行率,1) × 分值| > 0.01，且不是取整所致", Clause.EXEC_SCORE),
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
            "执行数 − 全年预算数 > 0.01万元", Clause.AMOUNTS),
    BUDGET_ADJUSTED(WARNING, Category.BUDGET, Scope.FORM,
            "全年预算数{adjusted}万元较年初预算数{initial}万元调整{change}；按年初预算计执行率为{rate_initial}（填报{rate}）",
            "|全年预算数 ÷ 年初预算数 − 1| > 20%", Clause.ADJUSTMENT),
    BUDGET_CUT_TO_SPENDING(WARNING, Category.BUDGET, Scope.FORM,
            "全年预算数由年初{initial}万元调减至与执行数{executed}万元相同，执行率显示100%，按年初预算仅为{rate_initial}",
            "执行数 < 年初预算数 × 95%，且 全年预算数 < 年初预算数 且 |全年预算数 − 执行数| ≤ 0.01万元", Clause.ADJUSTMENT),
    // ---- 原因说明 -------------------------------------------------------------------------------
    LOW_RATE_NO_REASON(WARNING, Category.REASONS, Scope.FORM,
            "预算执行率{rate}低于{threshold}，表内未说明原因（本表填表说明：{basis}）",
            "本表填表说明规定了需说明原因的执行率（如四川部门表“预算执行率未达到90%的需说明原因”），执行率低于该值，"
                    + "且预算执行行、各指标扣分原因、存在问题、总体结论中均无关于资金支付或执行的说明；未印此说明的模板不适用",
            Clause.FORM_NOTE),
    ADJUSTMENT_NO_REASON(INFO, Category.REASONS, Scope.FORM,
            "全年预算数{adjusted}万元与年初预算数{initial}万元不同，表内未单独说明调整理由（本表填表说明：{basis}）",
            "本表填表说明要求说明预算调整理由（如四川部门表“年中发生预算调整的（追加或调减），应单独说明理由”），"
                    + "|全年预算数 − 年初预算数| > 0.01万元，且预算执行行、各指标原因、存在问题、总体结论中均无调整、追加、调减之类的说明；未印此说明的模板不适用",
            Clause.ADJUSTMENT),
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
            "目标达成（≥、>、=、期限）且 得分 ≤ 分值 − 0.005；实际值达指标值1.2倍以上且扣分原因针对指标设置（设置偏低、贴合实际…）的不算", Clause.INDICATOR_SCORING),
    UNDER_CEILING_DEDUCTED(WARNING, Category.INDICATOR_SCORING, Scope.INDICATOR,
            "指标值≤{target}，实际{actual}未超过上限（含少花钱完成的成本指标），却只得{score}分（分值{weight}分）",
            "比较符为 ≤ 或 <（填报的；未填报时只认以预算为指标值的成本指标），指标不是数量（数量上的 ≤ 见 SIGN_CONTRADICTS_SCORING），"
                    + "0 < 实际值 < 指标值，且 得分 ≤ 分值 − 0.005", Clause.INDICATOR_SCORING),
    SIGN_CONTRADICTS_SCORING(INFO, Category.SUSPECT, Scope.INDICATOR,
            "指标值印为“{target}”（上限），实际“{actual}”未超过，表内却扣分（{score}/{weight}分）：符号与计分矛盾，本指标不予复核",
            "填报的比较符为 ≤ 或 <，指标为数量（非金额、时长、比率），实际值 < 指标值，且 得分 ≤ 分值 − 0.005", Clause.INDICATOR_SCORING),
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
    PROJECT_NAME_IS_UNIT(INFO, Category.SUSPECT, Scope.FORM,
            "项目名称栏填的是单位名称“{name}”，无法看出是哪个项目",
            "项目名称 = 主管部门或实施单位名称（去掉空格后相同）", Clause.FORM_FIELDS),
    SHIFTED_COLUMNS(WARNING, Category.SUSPECT, Scope.INDICATOR,
            "实际完成值“{actual}”等于本行{column}，指标值为“{target}”，疑似错列",
            "实际值无单位且不为0 且 指标值有单位 且 实际值 = 本行分值或得分 且 ≠ 指标值", Clause.INDICATOR_SCORING),
    // ---- 汇总核对 -------------------------------------------------------------------------------
    SUMMARY_SCORE_MISMATCH(ERROR, Category.SUMMARY, Scope.FORM,
            "汇总表自评得分{summary}分，与自评表总分{total}分不符",
            "|汇总表得分 − 自评表总分| > 0.01", Clause.GRADES),
    GRADE_MISMATCH(INFO, Category.SUMMARY, Scope.FORM,
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

    /**
     * What each rule rests on. Only wording read in a published text or printed on the forms is quoted:
     * the templates' own notes (填表说明) as the forms print them, and the forms' own columns. Where no
     * published clause was found to read (national weights, grade bands, target requirements), the
     * rule says it is this tool's own check instead of citing an article from memory.
     */
    public static final class Clause {
        public static final String RATE = "表内数据：执行率 = 执行数 ÷ 全年（调整后）预算数，如四川部门表填表说明“预算执行率=预算执行数/调整后预算数”；"
                + "执行得分按各模板所印方式，如“预算执行率得分=全年执行数/全年预算数*10分”“执行率*该指标分值，最高不得超过分值上限”";
        public static final String EXEC_SCORE = "本表填表说明所印的执行得分公式（原文见每条问题），如山东模板“预算执行率得分=全年执行数/全年预算数*10分”、"
                + "北京模板“执行率*该指标分值，最高不得超过分值上限”；未印计分公式的模板不适用（各地也有按档计分的）";
        public static final String FORM_FIELDS = "自评表表头所印“项目名称”“主管部门”“实施单位”各栏（本工具核对口径）";
        public static final String WEIGHTS = "表内数据：各项分值合计为满分100分，各项得分不超过其分值、合计为总分（本工具核对口径，未引用文件条款）";
        public static final String AMOUNTS = "表内数据：全年预算数与全年执行数并列印出（本工具核对口径）";
        public static final String ADJUSTMENT = "表内数据：年初预算数与全年（调整后）预算数并列印出；四川部门表填表说明：“年中发生预算调整的（追加或调减），应单独说明理由”";
        public static final String FORM_NOTE = "本表填表说明（原文见每条问题），如四川部门表：“预算执行率未达到90%的需说明原因（100字以内）”；未印此类说明的模板不适用";
        public static final String REASONS = "自评表设“偏差原因分析及改进措施”（或“扣分原因”“未完成原因分析”）栏，扣分之处应在此说明原因（本工具核对口径）";
        public static final String INDICATOR_SCORING = "北京、济南等模板的填表说明：“完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分”；"
                + "未印此说明的模板按同一口径复核";
        public static final String TARGETS = "本工具核对口径：指标值应可衡量、需要付出工作才能达成（未引用文件条款）";
        public static final String INDICATOR_SET = "自评表所印指标体系：产出指标（数量、质量、时效、成本）、效益指标、满意度指标（本工具核对口径）";
        public static final String COST = "自评表所印二级指标含“成本指标”（本工具核对口径）";
        public static final String GRADES = "本工具口径：90分及以上为优，80–90分为良，60–80分为中，60分以下为差（各地评级区间写法不一，未核实到文件原文，仅作提示）";

        private Clause() {
        }
    }

    private final Severity severity;
    private final String category;
    private final Scope scope;
    private final String message;
    private final String formula;
    private final String clause;

    /** Each rule's short Chinese name, what the site shows where a code would mean nothing to a reader. */
    private static final java.util.Map<Rule, String> TITLES = java.util.Map.ofEntries(
            Map.entry(RATE_MISMATCH, "执行率与金额不符"),
            Map.entry(EXEC_SCORE_FLOORED, "执行得分向下取整"),
            Map.entry(EXEC_SCORE_ROUNDED, "执行得分四舍五入"),
            Map.entry(EXEC_SCORE_MISMATCH, "执行得分与计分方式不符"),
            Map.entry(TOTAL_MISMATCH, "总分与分项合计不符"),
            Map.entry(WEIGHTS_NOT_100, "分值合计不是100分"),
            Map.entry(SCORE_ABOVE_WEIGHT, "得分高于分值"),
            Map.entry(EXECUTED_ABOVE_BUDGET, "执行数超过预算数"),
            Map.entry(BUDGET_ADJUSTED, "预算年中调整"),
            Map.entry(BUDGET_CUT_TO_SPENDING, "预算调减至执行数"),
            Map.entry(LOW_RATE_NO_REASON, "执行率低未说明原因"),
            Map.entry(ADJUSTMENT_NO_REASON, "预算调整未说明理由"),
            Map.entry(POINTS_LOST_NO_REASON, "扣分未说明原因"),
            Map.entry(BOILERPLATE_REASON, "扣分原因为套话"),
            Map.entry(MISSED_FULL_POINTS, "未达成却得满分"),
            Map.entry(MET_BUT_DEDUCTED, "已达成却扣分"),
            Map.entry(UNDER_CEILING_DEDUCTED, "未超上限却扣分"),
            Map.entry(SIGN_CONTRADICTS_SCORING, "上限指标扣分存疑"),
            Map.entry(NO_ACTUAL_SCORED, "未填实际值却得分"),
            Map.entry(FORM_NO_ACTUALS, "全表未填实际值"),
            Map.entry(ACTUALS_EQUAL_TARGETS, "实际值全部等于指标值"),
            Map.entry(ACTUALS_COPIED_AGAINST_BUDGET, "实际值照抄指标值"),
            Map.entry(TRIVIAL_TARGET, "指标值无需努力即可达成"),
            Map.entry(VAGUE_TARGET, "指标值表述模糊"),
            Map.entry(WORD_TARGET_FOR_MEASURE, "量化指标填文字"),
            Map.entry(NO_SATISFACTION_INDICATOR, "缺满意度指标"),
            Map.entry(NO_COST_INDICATOR, "缺成本指标"),
            Map.entry(NO_TIMELINESS_INDICATOR, "缺时效指标"),
            Map.entry(ONLY_QUALITATIVE, "指标全为定性"),
            Map.entry(SHIFTED_ROWS, "疑似错行"),
            Map.entry(PROJECT_NAME_IS_UNIT, "项目名称填单位名称"),
            Map.entry(SHIFTED_COLUMNS, "疑似错列"),
            Map.entry(SUMMARY_SCORE_MISMATCH, "汇总表得分不符"),
            Map.entry(GRADE_MISMATCH, "汇总表评级不符"));

    static {
        for (Rule r : values()) {
            if (!TITLES.containsKey(r)) throw new ExceptionInInitializerError("rule " + r + " has no Chinese title");
        }
    }

    public String title() {
        return TITLES.get(this);
    }

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
