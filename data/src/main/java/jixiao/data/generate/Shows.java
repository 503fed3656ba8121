package jixiao.data.generate;

import java.util.List;
import java.util.Map;

import jixiao.data.layout.FormStyle;
import jixiao.recognise.vocab.Template;

/**
 * What a form printed in one template shows, and so what its truth may hold: a field whose column
 * or label the template lacks is null in the truth (a careful transcriber cannot read it off the
 * page). Also how the template scores: the points of the budget-execution line and of each group of
 * indicators, and how it names level-one and level-two headings.
 *
 * @param template          catalogue id, or the seed style's name
 * @param comparators       how a comparator is printed: not at all, as a sign before the target, or in a 指标性质 column
 * @param executionWeight   points of the execution line (printed or not); null when the template scores no execution
 * @param showsExecutionWeight whether those points are printed
 * @param amountUnit        the unit the template's budget label fixes (项目资金（元）), or null for the region's
 * @param costUnderOutput   cost indicators printed as 成本指标 under 产出指标 (the pre-2021 scheme most templates keep)
 * @param points            points per indicator group (产出, 效益, 满意度, 投入)
 * @param fractionalWeights weights split to one decimal (12.5, 2.8) instead of whole points
 * @param inputGoals        the form carries 投入目标 indicators (Suzhou)
 */
record Shows(String template, boolean initial, boolean adjusted, boolean rate, Double executionWeight,
                    boolean showsExecutionWeight, boolean executionScore, boolean executionReason, boolean weights,
                    boolean scores, boolean reasons, Comparators comparators, boolean unitColumn, boolean code,
                    boolean narrative, boolean total, boolean department, boolean implementingUnit, boolean level2,
                    String amountUnit, boolean costUnderOutput, Map<String, Integer> points, boolean fractionalWeights,
                    boolean inputGoals, Map<String, String> level1Names, Map<String, String> level2Names) {

    /** How a template prints an indicator's comparator. */
    public enum Comparators { NONE, SIGN, NATURE }

    /** The indicator groups and their points on most forms; the budget-execution line has the other 10. */
    static final Map<String, Integer> STANDARD_POINTS = Map.of("产出", 50, "效益", 30, "满意度", 10);

    /** The three seed templates, exactly as the generator has always filled them. */
    static Shows of(FormStyle style) {
        boolean district = style == FormStyle.DISTRICT;
        boolean department = style == FormStyle.DEPARTMENT;
        return new Shows(style.name(), !district, true, true, 10.0, true, true, true, true, true, true,
                district ? Comparators.NONE : department ? Comparators.NATURE : Comparators.SIGN, department, department,
                department, true, true, true, true, null, false, STANDARD_POINTS, false, false, Map.of(), Map.of());
    }

    /** A catalogue template: what its columns and labels hold, and how the real forms seen in it score. */
    static Shows of(Template t) {
        List<String> budget = t.budgetFields();
        List<String> ind = t.indicatorFields();
        String id = t.id();
        boolean scoringSheet = t.scoringSheet();
        // the execution line's points: a budget 分值 column, the line inside the indicator table,
        // the points in the block's label (湖北 预算执行情况（20分）) or a 预算执行率 row among 项目管理
        Double execWeight = t.executionWeight() != null ? t.executionWeight()
                : budget.contains("budget.weight") || t.executionInTable() || scoringSheet ? Double.valueOf(10) : null;
        if ("central-transfer-weighted".equals(id)) execWeight = 20.0;
        boolean showsExecWeight = execWeight != null;
        boolean execScore = budget.contains("budget.score") || t.executionInTable() || scoringSheet;
        boolean selfScore = List.of("ningxia-target", "central-transfer-weighted").contains(id);
        Map<String, Integer> points = switch (id) {
            case "hubei-project" -> Map.of("产出", 40, "效益", 30, "满意度", 10);
            case "ningxia-target" -> Map.of("产出", 40, "效益", 40, "满意度", 20);
            case "scoring-sheet" -> Map.of("产出", 30, "效益", 25, "满意度", 10);
            case "suzhou" -> Map.of("投入", 28, "产出", 28, "效益", 16, "满意度", 8);
            case "central-transfer-weighted" -> Map.of("产出", 50, "效益", 20, "满意度", 10);
            default -> STANDARD_POINTS;
        };
        Comparators comparators = ind.contains("ind.nature") ? Comparators.NATURE
                : "sichuan-district".equals(id) ? Comparators.NONE : Comparators.SIGN;
        String unit = t.budgetLabel() != null && t.budgetLabel().contains("（元）") ? "元" : null;
        boolean costUnderOutput = !List.of("sichuan-department", "shandong-district").contains(id); // seeds 003, 001
        return new Shows(id, budget.contains("budget.initial"), budget.contains("budget.adjusted"),
                budget.contains("budget.rate"), execWeight, showsExecWeight, execScore,
                budget.contains("budget.reason") || t.executionInTable(), ind.contains("ind.weight"),
                ind.contains("ind.score"), ind.contains("ind.reason"), comparators, ind.contains("ind.unit"),
                "sichuan-department".equals(id), !t.narrative().isEmpty(), t.total() != null || selfScore,
                t.labels().containsKey("department"), t.labels().containsKey("implementing_unit"),
                ind.contains("ind.level2"), unit, costUnderOutput, points,
                List.of("suzhou", "jinan-district").contains(id), "suzhou".equals(id), level1Names(id), level2Names(id));
    }

    private static Map<String, String> level1Names(String id) {
        return switch (id) {
            // 008: output rows under 项目完成指标
            case "hunan-special" -> Map.of("产出指标", "项目完成指标");
            // 029: 项目产出 / 项目效益 with the satisfaction rows under 项目效益
            case "scoring-sheet" -> Map.of("产出指标", "项目产出", "效益指标", "项目效益", "满意度指标", "项目效益");
            // 038: 投入目标 / 产出目标 / 结果目标
            case "suzhou" -> Map.of("产出指标", "产出目标", "效益指标", "结果目标", "满意度指标", "结果目标");
            default -> Map.of();
        };
    }

    private static Map<String, String> level2Names(String id) {
        if (!"hubei-caidian".equals(id)) return Map.of();
        // 033: 产出数量 / 产出质量 / 产出时效 / 产出成本, 社会效益 / 经济效益 / 可持续影响
        return Map.of("数量指标", "产出数量", "质量指标", "产出质量", "时效指标", "产出时效", "成本指标", "产出成本",
                "经济效益指标", "经济效益", "社会效益指标", "社会效益", "生态效益指标", "生态效益", "可持续影响指标", "可持续影响",
                "服务对象满意度指标", "服务对象满意度", "满意度指标", "服务对象满意度");
    }

    /** The scoring group of a library indicator's level-one heading (成本 counts with 产出, as on the forms). */
    static String group(String level1) {
        if (level1.startsWith("投入")) return "投入";
        if (level1.startsWith("效益")) return "效益";
        if (level1.startsWith("满意度")) return "满意度";
        return "产出";
    }

    /** Points of a group; a group the template does not name gets 10, as before. */
    int pointsOf(String group) {
        return points.getOrDefault(group, 10);
    }

    /** The level-one heading as this template prints it. */
    String level1(String level1, String level2) {
        String l1 = costUnderOutput && "成本指标".equals(level1) ? "产出指标" : level1;
        return level1Names.getOrDefault(l1, l1);
    }

    /** The level-two heading as printed; null when the template has no level-two column. */
    String level2(String level1, String level2) {
        if (!this.level2) return null;
        String l2 = costUnderOutput && "成本指标".equals(level1) ? "成本指标" : level2;
        return level2Names.getOrDefault(l2, l2);
    }
}
