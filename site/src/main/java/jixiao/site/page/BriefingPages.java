package jixiao.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jixiao.site.build.Fmt;
import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.model.Department;
import jixiao.site.model.Links;
import jixiao.site.model.Place;
import jixiao.site.model.SiteModel;

/**
 * 评审简报: one printable A4 page for all regions, and one per region and per department, for the review meeting: the latest year
 * against the one before, the five most frequent findings and the few forms to look at first (the latest
 * year's, by the size of the problem: points the recheck does not support, money budgeted and not
 * spent without a reason (据实支付 is none), else the most errors).
 */
public final class BriefingPages implements PageSet {
    static final String TEMPLATE = "briefing";
    static final int TOP_RULES = 5;
    static final int GAP_FORMS = 3;
    static final int LOW_RATE_FORMS = 2;
    /** Points a self-score must exceed its recheck by to be worth a meeting's time (0.01 is rounding). */
    static final double GAP_MATERIAL = 2.0;
    static final int LOOK_AT = 5;
    static final int MIN_LOOK_AT = 3;

    @Override
    public void write(SiteModel model, SiteWriter out) {
        // the meeting's own page: every region, its year against the one before over the regions in both
        Map<String, Object> all = model(model.forms(), model.findings(), model, "region_url", "地区");
        all.put("kind", "总体");
        all.put("name", "全部地区");
        all.put("place", model.formsByPlace().size() + " 个地区 · " + model.formsByDepartment().size() + " 个部门");
        all.put("entity_url", Links.INDEX);
        all.put("back", "返回总览");
        out.page(new Page(Links.OVERALL_BRIEFING, TEMPLATE, all));
        Map<String, List<Map<String, Object>>> byRegion = EntityRows.findingsBy(model, "region_url");
        Map<String, List<Map<String, Object>>> byDepartment = EntityRows.findingsBy(model, "department_url");
        model.formsByPlace().entrySet().parallelStream().forEach(e -> {
            Place p = e.getKey();
            Map<String, Object> m = model(e.getValue(), byRegion.getOrDefault(Links.region(p), List.of()), model, "department_url", "部门");
            m.put("kind", "地区");
            m.put("name", p.region());
            m.put("place", p.path());
            m.put("entity_url", Links.region(p));
            m.put("back", "返回地区页");
            out.page(new Page(Links.regionBriefing(p), TEMPLATE, m));
        });
        model.formsByDepartment().entrySet().parallelStream().forEach(e -> {
            Department d = e.getKey();
            Map<String, Object> m = model(e.getValue(), byDepartment.getOrDefault(Links.department(d), List.of()), model, null, null);
            m.put("kind", "部门");
            m.put("name", d.name());
            m.put("place", d.place().path() + (d.type() == null ? "" : " · " + d.type()));
            m.put("entity_url", Links.department(d));
            m.put("back", "返回部门页");
            out.page(new Page(Links.departmentBriefing(d), TEMPLATE, m));
        });
    }

    /** {@code unitColumn}: what the year-on-year change compares like for like (a region's departments), or null. */
    static Map<String, Object> model(List<Map<String, Object>> forms, List<Map<String, Object>> findings, SiteModel model,
                                     String unitColumn, String unit) {
        List<YearMetrics> years = YearMetrics.byYear(forms);
        YearMetrics latest = years.isEmpty() ? YearMetrics.of(null, forms) : years.get(years.size() - 1);
        YearMetrics previous = years.size() < 2 ? null : years.get(years.size() - 2);
        Integer year = latest.year();
        List<Map<String, Object>> current = EntityRows.ofYear(forms, year);
        List<Map<String, Object>> currentFindings = year == null ? findings
                : findings.stream().filter(f -> year.equals(f.get("fiscal_year"))).toList();

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("latest", latest);
        m.put("previous", previous);
        m.put("change", YearChange.of(forms, years, unitColumn, unit));
        MoneyTotals money = MoneyTotals.of(current);
        m.put("budget", money.budget());
        m.put("money", money);
        m.put("executed", money.executed());
        m.put("findingsTotal", currentFindings.size());
        m.put("topRules", RuleCounts.of(model, currentFindings).stream().limit(TOP_RULES).toList());
        m.put("lookAt", lookAt(current));
        return m;
    }

    /**
     * The largest unsupported points (a gap of {@link #GAP_MATERIAL} or more), then the most money not
     * spent where the form gives no reason for it: at most five forms.
     */
    static List<Map<String, Object>> lookAt(List<Map<String, Object>> forms) {
        List<Map<String, Object>> gaps = forms.stream().filter(f -> Rows.num(f, "gap") != null && Rows.num(f, "gap") >= GAP_MATERIAL)
                .sorted(Rows.descending("gap")).toList();
        List<Map<String, Object>> low = forms.stream().filter(BriefingPages::unexplainedUnderspend)
                .sorted(Comparator.comparingDouble(BriefingPages::unspent).reversed()).toList();
        Set<Map<String, Object>> picked = new LinkedHashSet<>();
        gaps.stream().limit(GAP_FORMS).forEach(picked::add);
        low.stream().filter(f -> !picked.contains(f)).limit(LOW_RATE_FORMS).forEach(picked::add);
        for (Map<String, Object> f : gaps) if (picked.size() < LOOK_AT) picked.add(f);
        for (Map<String, Object> f : low) if (picked.size() < LOOK_AT) picked.add(f);
        // too few of either: the forms with the most errors, then the most findings, fill the list to three
        forms.stream().filter(f -> Rows.count(f, "findings_total") > 0)
                .sorted(Comparator.comparingLong((Map<String, Object> f) -> Rows.count(f, "errors"))
                        .thenComparingLong(f -> Rows.count(f, "findings_total")).reversed())
                .filter(f -> !picked.contains(f)).limit(Math.max(0, MIN_LOOK_AT - picked.size())).forEach(picked::add);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> f : picked) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("url", f.get("url"));
            r.put("project_name", f.get("project_name"));
            r.put("department", f.get("department"));
            r.put("rate", f.get("execution_rate"));
            r.put("self", f.get("self_score"));
            r.put("recomputed", f.get("recomputed_score"));
            r.put("gap", f.get("gap"));
            r.put("findings", f.get("findings_total"));
            r.put("why", why(f));
            out.add(r);
        }
        return out;
    }

    /** 万元 budgeted and not spent (0 when unknown). */
    static double unspent(Map<String, Object> f) {
        Double b = Rows.num(f, "budget_adjusted_wan");
        Double e = Rows.num(f, "executed_wan");
        return b == null || e == null ? 0 : Math.max(0, b - e);
    }

    /** Below the low rate with money left, and no reason on the execution line (据实支付 and its kin are none). */
    static boolean unexplainedUnderspend(Map<String, Object> f) {
        Double r = Rows.num(f, "execution_rate");
        Object reason = f.get("execution_reason");
        boolean explained = reason != null && !jixiao.transform.reasons.ReasonClassifier.isMissing(reason.toString())
                && !jixiao.transform.reasons.ReasonClassifier.isBoilerplate(reason.toString());
        return r != null && r < YearMetrics.LOW_RATE && unspent(f) > 0 && !explained;
    }

    static String why(Map<String, Object> f) {
        List<String> parts = new ArrayList<>();
        Double gap = Rows.num(f, "gap");
        if (gap != null && gap >= GAP_MATERIAL) parts.add("自评高于复核 " + Fmt.INSTANCE.score(gap) + " 分");
        Double rate = Rows.num(f, "execution_rate");
        if (unexplainedUnderspend(f))
            parts.add("未执行 " + Fmt.INSTANCE.wan(unspent(f)) + "（执行率 " + Fmt.INSTANCE.pct(rate) + "），执行行未说明原因");
        if (parts.isEmpty()) parts.add("问题 " + Rows.count(f, "findings_total") + " 条，其中错误 " + Rows.count(f, "errors") + " 条");
        return String.join("；", parts);
    }

}
