package jixiao.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.model.SiteModel;
import jixiao.transform.GoldTables;

/** How often each rule fired, with its catalogue entry: the most frequent findings first. */
public record RuleCounts(String ruleId, String title, String severity, String severityLabel, String category, String message,
                         long findings, long forms) {

    static List<RuleCounts> of(SiteModel model) {
        return of(model, model.findings());
    }

    static List<RuleCounts> of(SiteModel model, List<Map<String, Object>> findings) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, java.util.Set<Object>> forms = new HashMap<>();
        for (Map<String, Object> f : findings) {
            String rule = Rows.str(f, "rule_id");
            counts.merge(rule, 1L, Long::sum);
            forms.computeIfAbsent(rule, k -> new java.util.HashSet<>()).add(f.get("form_id"));
        }
        List<RuleCounts> out = new ArrayList<>();
        for (Map<String, Object> r : model.rows(GoldTables.RULE_CATALOGUE)) {
            String id = Rows.str(r, "rule_id");
            if (!counts.containsKey(id)) continue;
            String title = Rows.str(r, "title");
            out.add(new RuleCounts(id, title == null || title.isBlank() ? id : title, Rows.str(r, "severity"), Rows.str(r, "severity_label"), Rows.str(r, "category"),
                    plain(Rows.str(r, "message_template")), counts.get(id), forms.get(id).size()));
        }
        out.sort(Comparator.comparingLong(RuleCounts::findings).reversed().thenComparing(RuleCounts::ruleId));
        return out;
    }

    /** The catalogue's message with its {placeholders} shown as "…": the general form of the finding. */
    static String plain(String template) {
        return template == null ? null : template.replaceAll("\\{[^}]*\\}", "…");
    }
}
