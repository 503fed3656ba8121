package jixiao.site.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jixiao.site.build.PageRenderer;
import jixiao.site.build.SiteWriter;
import jixiao.site.load.GoldTable;
import jixiao.site.load.LakeSnapshot;
import jixiao.site.model.SiteModel;
import jixiao.transform.GoldTables;

/**
 * A lake built by hand (no Spark): two regions, three departments, forms over two years with indicators,
 * findings and a project followed across years; hostile text in names and messages. The entity page sets
 * write it into a folder.
 */
final class EntitySite {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(2)>";
    static final String STAMP_VERSION = "17";
    static final String STAMP_DATE = "2025-03-01";

    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

    EntitySite() {
        for (String t : List.of(GoldTables.FORMS_NORMALISED, GoldTables.INDICATORS_NORMALISED, GoldTables.FINDINGS,
                GoldTables.FORM_QUALITY, GoldTables.PROJECT_LINEAGE, GoldTables.RULE_CATALOGUE, GoldTables.SCORE_RECHECK)) {
            rows.put(t, new ArrayList<>());
        }
        rule("RATE_MISMATCH", "ERROR", "错误", "表中执行率{printed}与计算值{computed}不符");
        rule("MISSED_FULL_POINTS", "ERROR", "错误", "指标“{name}”未达成却得满分");
        rule("VAGUE_TARGET", "INFO", "提示", "指标值“{target}”为模糊表述");
        rule("LOW_RATE_NO_REASON", "WARNING", "警告", "执行率{rate}低于90%且未说明原因");
    }

    /** The usual fixture: see the class comment. */
    static EntitySite standard() {
        EntitySite s = new EntitySite();
        // 西湖区 教育局: one project over two years, 2024's form has findings on its second indicator
        s.form("f-2023", "浙江省", "杭州市", "西湖区", "西湖区教育局", 2023, "学生资助", "P1", 0.95, 95.0, 93.0, null);
        s.form("f-2024", "浙江省", "杭州市", "西湖区", "西湖区教育局", 2024, "学生资助", "P1", 0.62, 98.0, 80.5, null);
        s.indicator("f-2024", 0, "受助学生人数", "≥100人", "120人", 20.0, 20.0, 20.0, "MET");
        s.indicator("f-2024", 1, "资助发放及时率", "100%", "80%", 20.0, 20.0, 16.0, "MISSED");
        s.indicator("f-2024", 2, "社会效益", "提升", "有效", 10.0, 10.0, 10.0, "UNDECIDABLE");
        s.finding("f-2024", 1, "MISSED_FULL_POINTS", "ERROR", "指标“资助发放及时率”未达成却得满分");
        s.finding("f-2023", null, "RATE_MISMATCH", "ERROR", "表中执行率95.0%与计算值93.0%不符"); // 2023 only, to keep years apart
        s.finding("f-2024", 2, "VAGUE_TARGET", "INFO", "指标值“提升”为模糊表述");
        s.finding("f-2024", null, "LOW_RATE_NO_REASON", "WARNING", "执行率62.0%低于90%且未说明原因");
        s.lineage("P1", 2023, "f-2023", null, false);
        s.lineage("P1", 2024, "f-2024", 2023, true);
        s.lineage("P1", 2022, "f-gone", null, false); // a form no longer in the lake: no link
        // the same county: a department with a hostile name and a hostile project
        s.form("f-x", "浙江省", "杭州市", "西湖区", IMG, 2024, SCRIPT, null, 1.0, 90.0, 90.0, "据实支付");
        s.indicator("f-x", 0, SCRIPT, SCRIPT, IMG, 100.0, 90.0, 90.0, "MET");
        s.finding("f-x", 0, "VAGUE_TARGET", "INFO", "指标值“" + SCRIPT + "”为模糊表述");
        // a hostile region
        s.form("f-y", "浙江省", "宁波市", IMG, "宁波财政局", 2024, "办公经费", null, 0.5, 80.0, 80.0, "疫情影响");
        s.finding("f-y", null, "RATE_MISMATCH", "ERROR", "表中执行率50%与计算值49%不符 " + SCRIPT);
        return s;
    }

    EntitySite rule(String id, String severity, String label, String template) {
        rows.get(GoldTables.RULE_CATALOGUE).add(map("rule_order", rows.get(GoldTables.RULE_CATALOGUE).size(), "rule_id", id,
                "title", jixiao.transform.check.Rule.valueOf(id).title(), "severity", severity, "severity_label", label, "category", "测试", "scope", "form",
                "message_template", template, "formula", null, "clause", null));
        return this;
    }

    EntitySite form(String id, String province, String city, String county, String department, Integer year, String project,
                    String projectKey, Double rate, Double self, Double recomputed, String reason) {
        long findings = 0;
        rows.get(GoldTables.FORMS_NORMALISED).add(map("form_id", id, "source", id + ".xlsx", "fiscal_year", year,
                "project_name", project, "project_code", projectKey, "project_key", projectKey, "department", department,
                "department_type", "教育", "province", province, "city", city, "county", county,
                "region", county != null ? county : city, "budget_initial_wan", 100.0, "budget_adjusted_wan", 100.0,
                "executed_wan", rate == null ? null : rate * 100, "execution_rate_printed", rate, "execution_rate_computed", rate,
                "execution_rate", rate, "execution_weight", 10.0, "execution_score", 10.0, "execution_recomputed", 10.0,
                "execution_reason", reason, "total_score", self, "indicator_count", 3, "self_score", self,
                "recomputed_score", recomputed, "gap", self == null || recomputed == null ? null : self - recomputed,
                "findings_total", findings, "errors", 0L, "warnings", 0L));
        rows.get(GoldTables.FORM_QUALITY).add(map("form_id", id, "quality_index", 70.0));
        return this;
    }

    EntitySite indicator(String form, int index, String name, String target, String actual, Double weight, Double score,
                         Double recomputed, String outcome) {
        rows.get(GoldTables.INDICATORS_NORMALISED).add(map("form_id", form, "indicator_index", index, "level1", "产出指标",
                "level2", "数量指标", "name", name, "target_text", target, "actual_text", actual, "weight", weight,
                "score", score, "recomputed_score", recomputed, "outcome", outcome, "reason", null));
        return this;
    }

    EntitySite finding(String form, Integer index, String rule, String severity, String message) {
        Map<String, Object> f = formRow(form);
        rows.get(GoldTables.FINDINGS).add(map("form_id", form, "indicator_index", index, "indicator_name", null,
                "rule_id", rule, "severity", severity, "category", "测试", "message", message, "values", Map.of(),
                "source", f.get("source"), "province", f.get("province"), "city", f.get("city"), "county", f.get("county"),
                "region", f.get("region"), "department", f.get("department"), "department_type", f.get("department_type"),
                "fiscal_year", f.get("fiscal_year"), "project_name", f.get("project_name")));
        f.merge("findings_total", 1L, (a, b) -> (Long) a + (Long) b);
        if ("ERROR".equals(severity)) f.merge("errors", 1L, (a, b) -> (Long) a + (Long) b);
        return this;
    }

    EntitySite lineage(String key, int year, String form, Integer previousYear, boolean copied) {
        rows.get(GoldTables.PROJECT_LINEAGE).add(map("project_key", key, "project_name", "学生资助", "fiscal_year", year,
                "form_id", form, "indicator_count", 3, "previous_year", previousYear, "copied_unchanged", copied,
                "indicators_added", 0, "indicators_removed", 0, "targets_raised", copied ? 0 : 1, "targets_lowered", 0));
        return this;
    }

    private Map<String, Object> formRow(String id) {
        return rows.get(GoldTables.FORMS_NORMALISED).stream().filter(r -> id.equals(r.get("form_id"))).findFirst().orElseThrow();
    }

    LakeSnapshot snapshot() {
        Map<String, GoldTable> tables = new LinkedHashMap<>();
        rows.forEach((name, rs) -> {
            Set<String> columns = new LinkedHashSet<>();
            rs.forEach(r -> columns.addAll(r.keySet()));
            if (columns.isEmpty()) columns.add("form_id");
            List<List<Object>> values = new ArrayList<>();
            for (Map<String, Object> r : rs) {
                List<Object> v = new ArrayList<>();
                for (String c : columns) v.add(r.get(c));
                values.add(v);
            }
            tables.put(name, new GoldTable(name, 17, "2025-02-28 10:00:00.0", List.copyOf(columns), values));
        });
        return new LakeSnapshot(tables);
    }

    /** Writes the four entity page sets into {@code out}; returns the model they were drawn from. */
    SiteModel writeTo(Path out) {
        return writeTo(out, false);
    }

    /** @param timed prints each page set's time (the benchmark) */
    SiteModel writeTo(Path out, boolean timed) {
        long t0 = System.nanoTime();
        SiteModel model = new SiteModel(snapshot());
        if (timed) System.out.printf(java.util.Locale.ROOT, "  model: %.2f s%n", (System.nanoTime() - t0) / 1e9);
        Map<String, Object> stamp = new LinkedHashMap<>();
        stamp.put("run", Long.valueOf(STAMP_VERSION));
        stamp.put("asOf", "2025-02-28");
        stamp.put("files", 40L);
        stamp.put("read", 37L);
        stamp.put("partial", 1L);
        stamp.put("rejected", 2L);
        stamp.put("built", STAMP_DATE + " 09:30");
        SiteWriter writer = new SiteWriter(out, new PageRenderer(), stamp);
        for (PageSet p : List.of(new FormPages(), new RegionPages(), new DepartmentPages(), new BriefingPages())) {
            long t = System.nanoTime();
            p.write(model, writer);
            if (timed) System.out.printf(java.util.Locale.ROOT, "  %s: %.2f s%n", p.getClass().getSimpleName(), (System.nanoTime() - t) / 1e9);
        }
        writer.finish();
        return model;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> map(Object... kv) {
        if (kv.length % 2 != 0) throw new IllegalArgumentException(Arrays.toString(kv));
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
