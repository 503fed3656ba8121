package jixiao.site.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Labels that tell apart forms a reader could take for one another: forms of one department and year whose
 * project names are the same once spacing, punctuation and a leading year are set aside. Each gets what differs
 * between them, in this order: its project code, its file, its place in the file; failing all, its position
 * ("第2张，共3张"). Forms without a look-alike get no label.
 */
public final class LookAlikes {
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d{2}\\s*年度?");
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}（）《》“”、，。：；·]+");

    private LookAlikes() {
    }

    /** Form id → label, for the forms that have a look-alike. Rows are gold/forms_normalised rows with their department. */
    public static Map<String, String> labels(List<Map<String, Object>> forms, Function<Map<String, Object>, Object> department) {
        Map<List<Object>, List<Map<String, Object>>> groups = new HashMap<>();
        for (Map<String, Object> f : forms) {
            String name = normalised((String) f.get("project_name"));
            if (name.isEmpty()) continue;
            groups.computeIfAbsent(List.of(Objects.toString(department.apply(f)), Objects.toString(f.get("fiscal_year")), name),
                    k -> new ArrayList<>()).add(f);
        }
        Map<String, String> out = new HashMap<>();
        for (List<Map<String, Object>> g : groups.values()) {
            if (g.size() < 2) continue;
            g.sort(java.util.Comparator.comparing(f -> String.valueOf(f.get("form_id"))));
            Function<Map<String, Object>, String> label = distinct(g, f -> blankToNull(f.get("project_code")))
                    ? f -> "项目编码 " + f.get("project_code")
                    : distinct(g, f -> fileName(f.get("source"))) ? f -> "来源 " + fileName(f.get("source"))
                    : distinct(g, f -> PlaceInFile.chinese((String) f.get("source_place"))) ? f -> "文件" + PlaceInFile.chinese((String) f.get("source_place"))
                    : null;
            for (int k = 0; k < g.size(); k++) {
                Map<String, Object> f = g.get(k);
                out.put(String.valueOf(f.get("form_id")), label != null ? label.apply(f) : "第" + (k + 1) + "张，共" + g.size() + "张");
            }
        }
        return out;
    }

    static String normalised(String name) {
        if (name == null) return "";
        return NOISE.matcher(LEADING_YEAR.matcher(name.strip()).replaceFirst("")).replaceAll("");
    }

    /** Every form of the group has a value, and no two share one. */
    private static boolean distinct(List<Map<String, Object>> g, Function<Map<String, Object>, String> value) {
        java.util.Set<String> seen = new HashSet<>();
        for (Map<String, Object> f : g) {
            String v = value.apply(f);
            if (v == null || !seen.add(v)) return false;
        }
        return true;
    }

    private static String blankToNull(Object o) {
        return o == null || o.toString().isBlank() ? null : o.toString().strip();
    }

    private static String fileName(Object source) {
        if (source == null) return null;
        String s = source.toString();
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        return s.substring(slash + 1);
    }
}
