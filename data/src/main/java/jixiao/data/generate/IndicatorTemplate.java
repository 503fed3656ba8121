package jixiao.data.generate;

/**
 * One indicator of a project kind's library: headings, name, what the target measures, its
 * comparator, the range a target is drawn from and its unit. For AMOUNT targets whose unit is 万元,
 * {@code min}/{@code max} are shares of the project's budget (a cost target follows the budget).
 */
record IndicatorTemplate(String level1, String level2, String name, TargetKind kind, String comparator,
                         double min, double max, String unit, String word) {

    static IndicatorTemplate count(String l2, String name, String cmp, int min, int max, String unit) {
        return new IndicatorTemplate("产出指标", l2, name, TargetKind.COUNT, cmp, min, max, unit, null);
    }

    static IndicatorTemplate percent(String l1, String l2, String name, String cmp, double min, double max) {
        return new IndicatorTemplate(l1, l2, name, TargetKind.PERCENT, cmp, min, max, "%", null);
    }

    static IndicatorTemplate cost(String name, String cmp, double min, double max, String unit) {
        return new IndicatorTemplate("成本指标", "经济成本指标", name, TargetKind.AMOUNT, cmp, min, max, unit, null);
    }

    static IndicatorTemplate duration(String l1, String l2, String name, String cmp, int min, int max, String unit) {
        return new IndicatorTemplate(l1, l2, name, TargetKind.DURATION, cmp, min, max, unit, null);
    }

    static IndicatorTemplate deadline(String name) {
        return new IndicatorTemplate("产出指标", "时效指标", name, TargetKind.DEADLINE, null, 0, 0, null, null);
    }

    static IndicatorTemplate word(String l1, String l2, String name, String word) {
        return new IndicatorTemplate(l1, l2, name, TargetKind.WORD, null, 0, 0, null, word);
    }
}
