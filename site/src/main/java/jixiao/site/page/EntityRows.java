package jixiao.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.model.Department;
import jixiao.site.model.Labels;
import jixiao.site.model.Links;
import jixiao.site.model.Place;
import jixiao.site.model.SiteModel;

/** What the region, department and briefing pages share: findings per entity, a department's summary line. */
final class EntityRows {
    static final Map<String, String> SEVERITY_LABELS = Labels.SEVERITY;
    static final Map<String, String> OUTCOME_LABELS = Labels.OUTCOME;

    private EntityRows() {
    }

    /** Findings grouped by one of the link columns the model adds ({@code region_url}, {@code department_url}). */
    static Map<String, List<Map<String, Object>>> findingsBy(SiteModel model, String urlColumn) {
        Map<String, List<Map<String, Object>>> m = new HashMap<>();
        for (Map<String, Object> f : model.findings()) {
            Object url = f.get(urlColumn);
            if (url != null) m.computeIfAbsent(url.toString(), k -> new ArrayList<>()).add(f);
        }
        return m;
    }

    /** A department's line in the department tables. */
    static Map<String, Object> department(Department d, List<Map<String, Object>> forms, int findings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", d.place().region());
        m.put("place", d.place().path());
        m.put("region_url", Links.region(d.place()));
        m.put("department", d.name());
        m.put("type", d.type());
        m.put("url", Links.department(d));
        m.put("briefing_url", Links.departmentBriefing(d));
        m.put("forms", forms.size());
        m.put("mean_rate", Rows.mean(forms, "execution_rate"));
        m.put("mean_self", Rows.mean(forms, "self_score"));
        m.put("mean_gap", Rows.mean(forms, "gap"));
        m.put("quality", Rows.mean(forms, "quality_index"));
        m.put("findings", findings);
        m.put("findings_per_form", forms.isEmpty() ? null : findings / (double) forms.size());
        return m;
    }

    /** A finding as a page prints it: badge, rule, message. */
    static Map<String, Object> finding(Map<String, Object> f) {
        Map<String, Object> m = new LinkedHashMap<>();
        String severity = Rows.str(f, "severity");
        m.put("severity", severity);
        m.put("label", SEVERITY_LABELS.getOrDefault(severity, severity));
        m.put("rule_id", f.get("rule_id"));
        m.put("message", f.get("message"));
        return m;
    }

    /** One year's most frequent rules on an entity page, with the findings-list scope that year's links open. */
    public record YearRules(String year, List<RuleCounts> rules, String scope) {
    }

    /**
     * The rules an entity's findings fall under, one table a fiscal year (latest first, unknown last) so no
     * count pools years; each rule links to the list filtered to the entity and the year.
     */
    static List<YearRules> rulesByYear(SiteModel model, List<Map<String, Object>> findings, String scope, int limit) {
        Map<Integer, List<Map<String, Object>>> byYear = new java.util.TreeMap<>(Comparator.nullsLast(Comparator.reverseOrder()));
        for (Map<String, Object> f : findings) {
            Object y = f.get("fiscal_year");
            byYear.computeIfAbsent(y instanceof Number n ? n.intValue() : null, k -> new ArrayList<>()).add(f);
        }
        List<YearRules> out = new ArrayList<>();
        byYear.forEach((year, fs) -> out.add(new YearRules(jixiao.site.build.Fmt.INSTANCE.year(year),
                RuleCounts.of(model, fs).stream().limit(limit).toList(), scope + "&year=" + (year == null ? "unknown" : year))));
        return out;
    }

    static boolean inPlace(Department d, Place p) {
        return d.place().equals(p);
    }

    /** Forms of the latest year (all forms when no year is known). */
    static List<Map<String, Object>> ofYear(List<Map<String, Object>> forms, Integer year) {
        if (year == null) return forms;
        return forms.stream().filter(f -> year.equals(f.get("fiscal_year"))).toList();
    }

    /** Lowest execution rate first (unknown last). */
    static final Comparator<Map<String, Object>> BY_RATE = Comparator.comparing(
            (Map<String, Object> f) -> Rows.num(f, "execution_rate"), Comparator.nullsLast(Comparator.naturalOrder()));

    static boolean blank(Object o) {
        return o == null || o.toString().isBlank();
    }
}
