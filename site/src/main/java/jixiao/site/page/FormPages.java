package jixiao.site.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.build.Fmt;
import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.model.Links;
import jixiao.site.model.SiteModel;

/**
 * 自评表: one page per form, the form re-drawn as a clean table with every finding on the row it is about,
 * and the project's history across years. No chart: there are thousands of these pages.
 */
public final class FormPages implements PageSet {
    static final String TEMPLATE = "form";

    @Override
    public void write(SiteModel model, SiteWriter out) {
        model.forms().parallelStream().forEach(f -> {
            String id = Rows.str(f, "form_id");
            out.page(new Page(Links.form(id), TEMPLATE, model(model, f)));
        });
    }

    static Map<String, Object> model(SiteModel model, Map<String, Object> form) {
        String id = Rows.str(form, "form_id");
        Map<Long, List<Map<String, Object>>> onRow = new HashMap<>();
        List<Map<String, Object>> formLevel = new ArrayList<>();
        List<Map<String, Object>> indicators = model.indicators(id);
        java.util.Set<Long> indexes = new java.util.HashSet<>();
        for (Map<String, Object> i : indicators) indexes.add(index(i));
        for (Map<String, Object> f : model.findings(id)) {
            Long i = index(f);
            Map<String, Object> shown = EntityRows.finding(f);
            if (i != null && indexes.contains(i)) {
                onRow.computeIfAbsent(i, k -> new ArrayList<>()).add(shown);
            } else {
                if (i != null) shown.put("indicator", f.get("indicator_name") != null ? f.get("indicator_name") : "指标 " + i);
                formLevel.add(shown);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>(indicators.size());
        for (Map<String, Object> i : indicators) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("index", i.get("indicator_index"));
            r.put("level1", i.get("level1"));
            r.put("level2", i.get("level2"));
            r.put("name", i.get("name"));
            r.put("target", target(i));
            r.put("actual", i.get("actual_text"));
            // printed here rather than in the template: thousands of pages × every cell adds up
            r.put("weight", Fmt.INSTANCE.score(i.get("weight")));
            r.put("score", Fmt.INSTANCE.score(i.get("score")));
            r.put("recomputed", Fmt.INSTANCE.score(i.get("recomputed_score")));
            String outcome = Rows.str(i, "outcome");
            r.put("outcome", outcome);
            r.put("outcome_label", EntityRows.OUTCOME_LABELS.getOrDefault(outcome, outcome));
            r.put("reason", i.get("reason"));
            r.put("findings", onRow.getOrDefault(index(i), List.of()));
            rows.add(r);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("f", form);
        m.put("formFindings", formLevel);
        m.put("findingsCount", model.findings(id).size());
        m.put("indicators", rows);
        m.put("history", history(model, form));
        return m;
    }

    /**
     * The target as the form prints it, with its sign and unit where the form prints them in columns
     * of their own (≤ | 300 | 套 → ≤300套); a sign only inferred is said to be so, never shown as printed.
     */
    static String target(Map<String, Object> i) {
        String text = Rows.str(i, "target_text");
        if (text == null) return null;
        String printed = Rows.str(i, "comparator_printed");
        String sign = printed == null ? "" : switch (printed) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            case "qualitative" -> "";
            default -> printed;
        };
        String shown = text.startsWith(sign) ? text : sign + text;
        String unit = Rows.str(i, "target_unit");
        if (unit != null && !unit.isBlank() && !shown.contains(unit.strip())) shown += unit.strip();
        String inferred = Rows.str(i, "comparator");
        if (printed == null && inferred != null && Boolean.TRUE.equals(i.get("comparator_inferred"))) {
            shown += "（比较符未印，推断为" + (">=".equals(inferred) ? "≥" : "<=".equals(inferred) ? "≤" : inferred) + "）";
        }
        return shown;
    }

    /** The project's forms across years, each linked when its form is in the lake. */
    static List<Map<String, Object>> history(SiteModel model, Map<String, Object> form) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> l : model.lineage(Rows.str(form, "project_key"))) {
            Map<String, Object> r = new LinkedHashMap<>();
            String fid = Rows.str(l, "form_id");
            r.put("year", l.get("fiscal_year"));
            r.put("url", fid != null && model.form(fid) != null ? Links.form(fid) : null);
            r.put("current", fid != null && fid.equals(form.get("form_id")));
            r.put("project_name", l.get("project_name"));
            r.put("indicator_count", l.get("indicator_count"));
            r.put("previous_year", l.get("previous_year"));
            r.put("copied_unchanged", l.get("copied_unchanged"));
            r.put("indicators_added", l.get("indicators_added"));
            r.put("indicators_removed", l.get("indicators_removed"));
            r.put("targets_raised", l.get("targets_raised"));
            r.put("targets_lowered", l.get("targets_lowered"));
            out.add(r);
        }
        return out;
    }

    private static Long index(Map<String, Object> row) {
        return row.get("indicator_index") instanceof Number n ? n.longValue() : null;
    }
}
