package jixiao.site.build;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The 问题清单's data, {@code assets/findings-data.js}: every finding as a short array, with rules, regions,
 * departments, years and forms as dictionaries the rows point into by index.
 *
 * <pre>
 * window.JIXIAO_FINDINGS = {
 *   "v": 2,
 *   "rules": [[rule id, severity, severity label, category, message with … for its placeholders,
 *              Chinese title (the id for a lake from before titles)], …],
 *   "regions": [path, …],        // "浙江省 杭州市 西湖区", sorted
 *   "depts": [name, …],          // department names, sorted (the same name in two regions is one entry)
 *   "years": [2022, 2023, …],    // sorted; null for a form whose year is unknown
 *   "forms": [[project name, url or "", region, dept, year], …],  // indexes into the lists above
 *   "messages": [message, …],    // distinct filled-in messages, in order of first use
 *   "indicators": [name, …],     // distinct indicator names, in order of first use
 *   "rows": [[form, rule, message, indicator or -1], …]  // indexes; in the model's order
 * };
 * </pre>
 */
public final class FindingsData {
    public static final String PATH = "assets/findings-data.js";
    public static final String GLOBAL = "JIXIAO_FINDINGS";
    private static final List<String> SEVERITY_ORDER = List.of("ERROR", "WARNING", "INFO");

    private FindingsData() {
    }

    /**
     * @param findings  the model's findings (gold/findings rows with {@code url} and {@code place})
     * @param catalogue gold/rule_catalogue rows
     */
    public static String script(List<Map<String, Object>> findings, List<Map<String, Object>> catalogue) {
        List<Map<String, Object>> cat = new ArrayList<>(catalogue);
        cat.sort(Comparator.comparing((Map<String, Object> r) -> SEVERITY_ORDER.indexOf(str(r, "severity")) < 0 ? 9
                        : SEVERITY_ORDER.indexOf(str(r, "severity")))
                .thenComparing(r -> r.get("rule_order") instanceof Number n ? n.intValue() : Integer.MAX_VALUE)
                .thenComparing(r -> String.valueOf(r.get("rule_id"))));
        Map<String, Integer> ruleIds = new LinkedHashMap<>();
        List<List<Object>> rules = new ArrayList<>();
        for (Map<String, Object> r : cat) {
            String id = str(r, "rule_id");
            if (id == null || ruleIds.containsKey(id)) continue;
            ruleIds.put(id, rules.size());
            rules.add(rule(id, str(r, "severity"), str(r, "severity_label"), str(r, "category"),
                    plain(str(r, "message_template")), str(r, "title")));
        }
        TreeSet<String> regionNames = new TreeSet<>();
        TreeSet<String> deptNames = new TreeSet<>();
        TreeSet<Integer> yearSet = new TreeSet<>();
        boolean unknownYear = false;
        for (Map<String, Object> f : findings) {
            regionNames.add(text(f.get("place")));
            deptNames.add(text(f.get("department")));
            Integer y = year(f);
            if (y == null) unknownYear = true;
            else yearSet.add(y);
            String rule = text(f.get("rule_id"));
            if (!ruleIds.containsKey(rule)) { // a rule the catalogue lacks still shows, under its own id
                ruleIds.put(rule, rules.size());
                rules.add(rule(rule, str(f, "severity"), str(f, "severity"), str(f, "category"), rule, null));
            }
        }
        List<String> regions = new ArrayList<>(regionNames);
        List<String> depts = new ArrayList<>(deptNames);
        List<Integer> years = new ArrayList<>(yearSet);
        if (unknownYear) years.add(null);
        Map<String, Integer> regionIdx = index(regions);
        Map<String, Integer> deptIdx = index(depts);

        Map<String, Integer> formIdx = new HashMap<>();
        List<List<Object>> forms = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>(findings.size());
        List<String> messages = new ArrayList<>();
        Map<String, Integer> messageIdx = new HashMap<>();
        List<String> indicators = new ArrayList<>();
        Map<String, Integer> indicatorIdx = new HashMap<>();
        for (Map<String, Object> f : findings) {
            String key = text(f.get("form_id")) + "\u0000" + text(f.get("url"));
            Integer form = formIdx.get(key);
            if (form == null) {
                form = forms.size();
                formIdx.put(key, form);
                forms.add(List.of(text(f.get("project_name")), Objects.toString(f.get("url"), ""),
                        regionIdx.get(text(f.get("place"))), deptIdx.get(text(f.get("department"))),
                        years.indexOf(year(f))));
            }
            String message = Objects.toString(f.get("message"), "");
            String indicator = Objects.toString(f.get("indicator_name"), "");
            int m = messageIdx.computeIfAbsent(message, k -> {
                messages.add(k);
                return messages.size() - 1;
            });
            int ind = indicator.isEmpty() ? -1 : indicatorIdx.computeIfAbsent(indicator, k -> {
                indicators.add(k);
                return indicators.size() - 1;
            });
            rows.add(List.of(form, ruleIds.get(text(f.get("rule_id"))), m, ind));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("v", 2);
        data.put("rules", rules);
        data.put("regions", regions);
        data.put("depts", depts);
        data.put("years", years);
        data.put("forms", forms);
        data.put("messages", messages);
        data.put("indicators", indicators);
        data.put("rows", rows);
        return JsLiteral.assignment(GLOBAL, data);
    }

    public static void write(SiteWriter out, List<Map<String, Object>> findings, List<Map<String, Object>> catalogue) {
        String script = script(findings, catalogue);
        out.file(PATH, script, () -> script.getBytes(StandardCharsets.UTF_8));
    }

    /** The catalogue's message with its {placeholders} shown as "…". */
    static String plain(String template) {
        return template == null ? "" : template.replaceAll("\\{[^}]*\\}", "…");
    }

    private static List<Object> rule(String id, String severity, String label, String category, String message, String title) {
        List<Object> r = new ArrayList<>(6);
        r.add(id);
        r.add(Objects.toString(severity, ""));
        r.add(Objects.toString(label, Objects.toString(severity, "")));
        r.add(Objects.toString(category, ""));
        r.add(Objects.toString(message, ""));
        r.add(title == null || title.isBlank() ? id : title);
        return r;
    }

    private static Map<String, Integer> index(List<String> values) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < values.size(); i++) m.put(values.get(i), i);
        return m;
    }

    private static Integer year(Map<String, Object> f) {
        return f.get("fiscal_year") instanceof Number n ? n.intValue() : null;
    }

    private static String str(Map<String, Object> r, String column) {
        return Objects.toString(r.get(column), null);
    }

    private static String text(Object o) {
        return o == null ? "—" : o.toString();
    }
}
