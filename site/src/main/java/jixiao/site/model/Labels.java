package jixiao.site.model;

import java.util.Map;

/** The Chinese words the site shows for the lake's codes: the pages and the downloads read them from here. */
public final class Labels {
    /** A finding's severity. */
    public static final Map<String, String> SEVERITY = Map.of("ERROR", "错误", "WARNING", "警告", "INFO", "提示");
    /** Whether an indicator's target was met. */
    public static final Map<String, String> OUTCOME = Map.of("MET", "达成", "MISSED", "未达成", "UNDECIDABLE", "无法判断");
    /** How a form's printed execution score was reached from its rate (gold/score_recheck execution_method). */
    public static final Map<String, String> EXECUTION_METHOD = Map.of("exact", "按比例", "floored", "向下取整",
            "rounded", "四舍五入", "other", "其他");
    /** What a rule looks at (gold/rule_catalogue scope). */
    public static final Map<String, String> SCOPE = Map.of("FORM", "全表", "INDICATOR", "每个指标");
    public static final String YES = "是";
    public static final String NO = "否";

    private Labels() {
    }

    /** The label of {@code code} in {@code labels}, or the code itself when it has none. */
    public static String of(Map<String, String> labels, Object code) {
        if (code == null) return null;
        String s = code.toString();
        return labels.getOrDefault(s, s);
    }
}
