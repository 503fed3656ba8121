package jixiao.site.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jixiao.site.build.Fmt;
import jixiao.site.build.JsLiteral;
import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.model.Department;
import jixiao.site.model.Links;
import jixiao.site.model.SiteModel;
import jixiao.transform.quality.ProjectLineage;

/**
 * 自评表: one page per department holding its forms as data ({@code forms/<department>.html#<form id>}); the
 * page's script (form.js) draws the form the link names: the form re-drawn as a clean table with every finding
 * on the row it is about, where it was read, and the project's history across years. One HTML page per form
 * cost 10–14 KB a form; the data costs a fraction of that, and a department's page is rewritten only when one
 * of its forms changed. No chart: there are hundreds of thousands of forms.
 *
 * <p>The data, {@code window.JIXIAO_FORMS} in the page (numbers already printed by {@link Fmt}, so the page and
 * the rest of the site print them alike). Every text of the forms is kept once, in {@code t}, and written as its
 * index there (marked ·): a department's forms repeat their indicator names, headings and messages year after year.
 * <pre>
 * { "t": [text, …],
 *   "r": {rule id: Chinese title, …},          // the rules this department's findings use
 *   "p": [[[year, href or null, indicators, previous year, copied unchanged, added, removed, raised, lowered], …], …],
 *                                               // projects' histories, one year a row, shared by their forms
 *   "f": [{"id", "y" year, "n" ·name, "l" ·look-alike label, "c" ·code, "u" ·unit note, "b" [·initial, ·adjusted,
 *          ·executed, ·rate printed, ·rate computed], "e" [·weight, ·score, ·recomputed, ·reason], "s" [·self-score,
 *          ·recomputed or null, ·gap text], "q" ·quality, "k" [findings, errors, warnings], "src" ·file, "at" ·place
 *          in the file, "x" [[·severity, ·rule, ·message, ·indicator name or null], …] (findings not on a row),
 *          "i" [[·level 1, ·level 2, ·name, ·target as printed, ·actual, ·weight, ·score, ·recomputed, ·outcome,
 *          ·reason, [[·severity, ·rule, ·message], …]], …], "h" index into p or null}, …] }
 * </pre>
 */
public final class FormPages implements PageSet {
    static final String TEMPLATE = "form";
    public static final String GLOBAL = "JIXIAO_FORMS";

    @Override
    public void write(SiteModel model, SiteWriter out) {
        Map<String, String> titles = ruleTitles(model);
        model.formsByDepartment().entrySet().parallelStream().forEach(e ->
                out.page(new Page(Links.formsOf(e.getKey()), TEMPLATE, model(model, e.getKey(), e.getValue(), titles))));
    }

    static Map<String, String> ruleTitles(SiteModel model) {
        Map<String, String> titles = new HashMap<>();
        for (Map<String, Object> r : model.rows(jixiao.transform.GoldTables.RULE_CATALOGUE)) {
            String title = Rows.str(r, "title");
            titles.put(Rows.str(r, "rule_id"), title == null || title.isBlank() ? Rows.str(r, "rule_id") : title);
        }
        return titles;
    }

    static Map<String, Object> model(SiteModel model, Department d, List<Map<String, Object>> forms, Map<String, String> titles) {
        Map<String, String> usedRules = new TreeMap<>();
        Texts t = new Texts();
        List<Object> projects = new ArrayList<>();
        Map<String, Integer> projectIds = new HashMap<>();
        List<Object> data = new ArrayList<>(forms.size());
        for (Map<String, Object> f : forms) {
            Integer history = history(model, d, f, projects, projectIds);
            data.add(form(model, f, history, titles, usedRules, t));
        }
        Map<String, Object> js = new LinkedHashMap<>();
        js.put("t", t.all);
        js.put("r", usedRules);
        js.put("p", projects);
        js.put("f", data);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("department", d.name());
        m.put("department_type", d.type());
        m.put("place", d.place().path());
        m.put("region_url", Links.region(d.place()));
        m.put("department_url", Links.department(d));
        m.put("forms", forms.size());
        m.put("data", JsLiteral.assignment(GLOBAL, js));
        return m;
    }

    /** The page's texts, each kept once: a text is written as its index in {@link #all}. */
    private static final class Texts {
        final List<String> all = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        Integer ref(Object text) {
            if (text == null) return null;
            return index.computeIfAbsent(text.toString(), k -> {
                all.add(k);
                return all.size() - 1;
            });
        }

        List<Integer> refs(Object... texts) {
            List<Integer> out = new ArrayList<>(texts.length);
            for (Object x : texts) out.add(ref(x));
            return out;
        }
    }

    private static Map<String, Object> form(SiteModel model, Map<String, Object> f, Integer history, Map<String, String> titles,
                                            Map<String, String> usedRules, Texts t) {
        Fmt fmt = Fmt.INSTANCE;
        String id = Rows.str(f, "form_id");
        List<Map<String, Object>> indicators = model.indicators(id);
        Set<Long> indexes = new HashSet<>();
        for (Map<String, Object> i : indicators) indexes.add(index(i));
        Map<Long, List<Object>> onRow = new HashMap<>();
        List<Object> formLevel = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Map<String, Object> x : model.findings(id)) {
            String rule = Rows.str(x, "rule_id");
            usedRules.put(rule, titles.getOrDefault(rule, rule));
            String severity = Rows.str(x, "severity");
            if ("ERROR".equals(severity)) errors++;
            if ("WARNING".equals(severity)) warnings++;
            Long i = index(x);
            if (i != null && indexes.contains(i)) {
                onRow.computeIfAbsent(i, k -> new ArrayList<>()).add(t.refs(severity, rule, Rows.str(x, "message")));
            } else {
                String indicator = i == null ? null : x.get("indicator_name") != null ? Rows.str(x, "indicator_name") : "指标 " + i;
                formLevel.add(t.refs(severity, rule, Rows.str(x, "message"), indicator));
            }
        }
        List<Object> rows = new ArrayList<>(indicators.size());
        for (Map<String, Object> i : indicators) {
            List<Object> row = new ArrayList<>(t.refs(i.get("level1"), i.get("level2"), i.get("name"), target(i),
                    i.get("actual_text"), blankIfUnknown(fmt.score(i.get("weight"))), blankIfUnknown(fmt.score(i.get("score"))),
                    blankIfUnknown(fmt.score(i.get("recomputed_score"))), Rows.str(i, "outcome"), i.get("reason")));
            row.add(onRow.getOrDefault(index(i), List.of()));
            rows.add(row);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("y", f.get("fiscal_year"));
        m.put("n", t.ref(f.get("project_name")));
        m.put("l", t.ref(f.get("look_alike")));
        m.put("c", t.ref(f.get("project_code")));
        String unit = Rows.str(f, "amount_unit");
        m.put("u", t.ref(unit != null && unit.contains("按元读") ? unit : null));
        m.put("b", t.refs(fmt.wan(f.get("budget_initial_wan")), fmt.wan(f.get("budget_adjusted_wan")), fmt.wan(f.get("executed_wan")),
                fmt.pct(f.get("execution_rate_printed")), fmt.pct(f.get("execution_rate_computed"))));
        m.put("e", t.refs(fmt.score(f.get("execution_weight")), fmt.score(f.get("execution_score")),
                fmt.score(f.get("execution_recomputed")), f.get("execution_reason")));
        boolean rechecked = f.get("recomputed_score") != null;
        m.put("s", t.refs(fmt.score(f.get("self_score")), rechecked ? fmt.score(f.get("recomputed_score")) : null,
                rechecked ? fmt.gap(f.get("gap")) : null));
        m.put("q", t.ref(fmt.fixed(f.get("quality_index"), 1)));
        m.put("k", List.of(model.findings(id).size(), errors, warnings));
        m.put("src", t.ref(f.get("source")));
        m.put("at", t.ref(jixiao.site.model.PlaceInFile.chinese(Rows.str(f, "source_place"))));
        m.put("x", formLevel);
        m.put("i", rows);
        m.put("h", history);
        return m;
    }

    private static String blankIfUnknown(String s) {
        return Fmt.UNKNOWN.equals(s) ? "" : s;
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

    /**
     * The project's forms across years, shared by the forms of one project on this page: only where the project
     * is one form a year (a code, or a name in one department and region, used by several forms of one year
     * does not say which of them continues which: no history then). A year links to its form when it is in the lake.
     */
    static Integer history(SiteModel model, Department d, Map<String, Object> form, List<Object> projects,
                           Map<String, Integer> projectIds) {
        String key = Rows.str(form, "project_key");
        List<Map<String, Object>> lineage = model.lineage(key);
        if (lineage.size() < 2) return null;
        if (!ProjectLineage.oneFormPerYear(lineage.stream().map(l -> (Integer) l.get("fiscal_year")).toList())) return null;
        return projectIds.computeIfAbsent(key, k -> {
            List<Object> years = new ArrayList<>();
            String here = Links.formsOf(d);
            for (Map<String, Object> l : lineage) {
                String fid = Rows.str(l, "form_id");
                Map<String, Object> f = fid == null ? null : model.form(fid);
                String url = f == null ? null : Rows.str(f, "url");
                // a form on this page by its id alone; one on another department's page from this folder
                String href = url == null ? null : url.startsWith(here + "#") ? url.substring(here.length())
                        : "../" + url;
                years.add(java.util.Arrays.asList(l.get("fiscal_year"), href, l.get("indicator_count"), l.get("previous_year"),
                        l.get("copied_unchanged"), l.get("indicators_added"), l.get("indicators_removed"),
                        l.get("targets_raised"), l.get("targets_lowered")));
            }
            projects.add(years);
            return projects.size() - 1;
        });
    }

    private static Long index(Map<String, Object> row) {
        return row.get("indicator_index") instanceof Number n ? n.longValue() : null;
    }
}
