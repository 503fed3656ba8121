package jixiao.recognise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Every heading and label variant seen across provinces, in one place. Texts are compared after
 * {@link #key(String)}: NFKC already applied by the readers, white space and a trailing colon removed,
 * parenthesised notes such as （A）, （万元）, （盖章） dropped.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** Form-level labels: the value is the next non-blank cell to the right. */
    public static final List<String> PROJECT_NAME = List.of("项目名称", "项目");
    public static final List<String> PROJECT_CODE = List.of("项目编码", "项目代码", "项目编号");
    public static final List<String> DEPARTMENT = List.of("主管部门", "主管单位", "主管", "主管部门名称", "主管部门及代码", "主管部门代码及名称", "预算部门", "部门名称");
    public static final List<String> IMPLEMENTING_UNIT = List.of("实施单位", "项目实施单位", "资金使用单位", "实施单位名称", "项目单位", "单位名称");
    public static final List<String> YEAR = List.of("年度", "评价年度", "预算年度", "项目年度");
    public static final List<String> CONCLUSION = List.of("评价结论", "自评结论", "总体评价结论");
    public static final List<String> PROBLEMS = List.of("存在问题", "存在的问题", "主要问题");
    public static final List<String> IMPROVEMENTS = List.of("改进措施", "改进建议", "整改措施", "改进意见");

    /** Budget block columns. */
    public static final List<String> BUDGET_INITIAL = List.of("年初预算数", "年初预算", "年初预算金额", "年初批复预算");
    public static final List<String> BUDGET_ADJUSTED = List.of("全年预算数", "调整后预算数", "调整后预算", "全年预算", "预算调整数", "全年预算金额");
    public static final List<String> EXECUTED = List.of("全年执行数", "预算执行数", "执行数", "全年实际支出", "实际支出数", "全年执行金额");
    public static final List<String> RATE = List.of("预算执行率", "执行率", "全年执行率");
    public static final List<String> WEIGHT = List.of("分值", "权重", "分值/权重", "指标分值", "分值(权重)");
    public static final List<String> SCORE = List.of("得分", "自评得分", "评分", "实际得分");
    /** The label of the budget block's total line. */
    public static final List<String> BUDGET_TOTAL_ROW = List.of("年度资金总额", "总额", "资金总额", "合计", "项目资金总额");

    /** Indicator table columns. */
    public static final List<String> LEVEL1 = List.of("一级指标");
    public static final List<String> LEVEL2 = List.of("二级指标");
    public static final List<String> NAME = List.of("三级指标", "三级指标名称", "绩效指标名称");
    public static final List<String> NATURE = List.of("指标性质", "指标类型");
    public static final List<String> TARGET = List.of("年度指标值", "指标值", "年度目标值", "目标值", "预期指标值", "计划指标值", "年初指标值", "年度绩效指标值", "全年指标值", "预期目标值");
    public static final List<String> UNIT = List.of("度量单位", "计量单位", "单位");
    public static final List<String> ACTUAL = List.of("实际完成值", "完成值", "实际完成指标值", "实际值", "全年实际值", "全年完成值", "实际完成", "全年实际完成值", "实际完成数");

    /** Row labels inside the indicator table. */
    public static final List<String> TOTAL_ROW = List.of("得分", "总分", "合计", "总计", "得分合计", "自评得分", "总得分", "综合得分", "自评总分", "总分值");
    public static final List<String> EXECUTION_ROW_PREFIXES = List.of("预算执行率", "资金执行率", "预算资金执行率");
    public static final List<String> TABLE_END = List.of("说明", "备注", "填报说明", "评价结论", "存在问题", "改进措施");

    /** Summary table (汇总表) columns. */
    public static final List<String> SUMMARY_NAME = List.of("项目名称", "项目");
    public static final List<String> SUMMARY_SCORE = List.of("自评得分", "得分", "自评分数", "评价得分");
    public static final List<String> SUMMARY_GRADE = List.of("自评等级", "等级", "评价等级");
    public static final List<String> SUMMARY_UNIT = List.of("资金使用单位", "实施单位", "单位名称", "项目单位");

    /** Words that make a one-cell row a title, and what kind of table it announces. */
    public static final Pattern TITLE_SUMMARY = Pattern.compile("汇总表|汇总情况|自评情况汇总|自评结果汇总");
    public static final Pattern TITLE_METHOD = Pattern.compile("指标体系|评分标准|评分细则|评价指标及评分");
    public static final Pattern TITLE_DEPARTMENT_WIDE = Pattern.compile("部门整体|整体支出|整体绩效");
    public static final Pattern TITLE_NARRATIVE = Pattern.compile("报告$|报告[)）]?$|情况说明$");
    public static final Pattern TITLE_FORM = Pattern.compile("自评表|绩效评价表|绩效自评|目标完成情况表|自评结果表");

    /**
     * The template's own filling instructions, printed in a merged cell that reaches the reason column
     * (e.g. "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因…"): not a reason.
     */
    public static final Pattern TEMPLATE_INSTRUCTION = Pattern.compile("需说明原因|应单独说明理由|^\\s*(?:填表|填报)说明");

    private static final Pattern NOTE = Pattern.compile("[(（][^()（）]*[)）]");

    /** The comparable form of a heading or label. */
    public static String key(String text) {
        String s = text.replaceAll("\\s+", "");
        s = NOTE.matcher(s).replaceAll("");
        while (s.endsWith(":") || s.endsWith("：")) s = s.substring(0, s.length() - 1);
        return s;
    }

    public static boolean is(String text, List<String> variants) {
        return variants.contains(key(text));
    }

    /** Level-one headings drop a trailing score note: 产出指标（50分） → 产出指标. */
    public static String stripScoreNote(String heading) {
        return heading.replaceAll("\\s*[(（][^()（）]*分[^()（）]*[)）]\\s*$", "").strip();
    }
}
