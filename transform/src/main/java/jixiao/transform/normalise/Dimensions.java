package jixiao.transform.normalise;

import java.util.List;
import java.util.Map;

/** Printed indicator headings to the standard dimension set of {@link Lexicon}, printed text kept elsewhere. */
public final class Dimensions {
    private Dimensions() {
    }

    /** 产出 / 效益 / 满意度 / 成本, or 其他. */
    public static String level1(String printed) {
        return map(printed, Lexicon.LEVEL1);
    }

    /** 数量 / 质量 / 时效 / 成本 / 经济效益 / 社会效益 / 生态效益 / 可持续影响 / 满意度, or 其他. */
    public static String level2(String printed) {
        return map(printed, Lexicon.LEVEL2);
    }

    private static String map(String printed, List<Map.Entry<String, String>> table) {
        if (printed == null) return Lexicon.OTHER;
        for (Map.Entry<String, String> e : table) {
            if (printed.contains(e.getKey())) return e.getValue();
        }
        return Lexicon.OTHER;
    }

    /** The department type of a printed department name (教育局 → 教育), or 其他. */
    public static String departmentType(String department) {
        if (department == null || department.isBlank()) return Lexicon.OTHER;
        for (Map.Entry<java.util.regex.Pattern, String> e : Lexicon.DEPARTMENT_TYPES) {
            if (e.getKey().matcher(department).find()) return e.getValue();
        }
        return Lexicon.OTHER;
    }
}
