package jixiao.site.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.build.Fmt;
import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.chart.BarChart;
import jixiao.site.model.Department;
import jixiao.site.model.Links;
import jixiao.site.model.Place;
import jixiao.site.model.SiteModel;

/** 地区: one page per region: headline figures by year, its departments, its frequent findings, low execution. */
public final class RegionPages implements PageSet {
    static final String TEMPLATE = "region";
    static final int TOP_RULES = 10;
    static final int CHART_WIDTH = 640;

    @Override
    public void write(SiteModel model, SiteWriter out) {
        Map<String, List<Map<String, Object>>> byRegion = EntityRows.findingsBy(model, "region_url");
        Map<String, List<Map<String, Object>>> byDepartment = EntityRows.findingsBy(model, "department_url");
        model.formsByPlace().entrySet().parallelStream().forEach(e -> {
            Place p = e.getKey();
            List<Map<String, Object>> forms = e.getValue();
            List<Map<String, Object>> findings = byRegion.getOrDefault(Links.region(p), List.of());
            List<YearMetrics> years = YearMetrics.byYear(forms);
            String chart = null;
            List<BarChart.Bar> bars = new ArrayList<>();
            for (YearMetrics y : years) if (y.meanRate() != null) bars.add(new BarChart.Bar("平均预算执行率", Fmt.INSTANCE.year(y.year()), y.meanRate()));
            if (bars.size() >= 2) { // one year: the table says it all
                chart = "charts/regions/" + p.id() + "-rates";
                out.chart(chart, bars, CHART_WIDTH, BarChart.height(bars, false),
                        () -> BarChart.create("各年度平均预算执行率", "预算执行率", bars, false, true));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("region", p.region());
            m.put("place", p.path());
            m.put("findingsScope", Links.findingsScope(p));
            m.put("findingsAll", Links.findingsOf(Links.findingsScope(p)));
            m.put("briefing_url", Links.regionBriefing(p));
            m.put("compare_url", Links.COMPARE + "#a=" + p.id());
            m.put("forms", forms.size());
            MoneyTotals money = MoneyTotals.of(forms);
        m.put("budget", money.budget());
        m.put("money", money);
            m.put("executed", money.executed());
            m.put("findingsTotal", findings.size());
            m.put("yearMetrics", years);
            m.put("change", YearChange.of(forms, years, "department_url", "部门"));
            m.put("chart", chart);
            List<Map<String, Object>> departments = departments(model, p, byDepartment);
            m.put("departments", departments);
            m.put("departmentCount", departments.stream().map(d -> d.get("url")).distinct().count());
            m.put("topRules", EntityRows.rulesByYear(model, findings, Links.findingsScope(p), TOP_RULES));
            m.put("lowRate", forms.stream().filter(f -> {
                Double r = Rows.num(f, "execution_rate");
                return r != null && r < YearMetrics.LOW_RATE;
            }).sorted(EntityRows.BY_RATE).toList());
            out.page(new Page(Links.region(p), TEMPLATE, m));
        });
    }

    /** Each department's line per fiscal year, latest first: a line never pools years. */
    static List<Map<String, Object>> departments(SiteModel model, Place p, Map<String, List<Map<String, Object>>> findings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<Department, List<Map<String, Object>>> d : model.formsByDepartment().entrySet()) {
            if (!EntityRows.inPlace(d.getKey(), p)) continue;
            List<Map<String, Object>> own = findings.getOrDefault(Links.department(d.getKey()), List.of());
            for (YearScope year : YearScope.of(d.getValue())) {
                Map<String, Object> line = new LinkedHashMap<>(EntityRows.department(d.getKey(), year.rowsOf(d.getValue()),
                        year.rowsOf(own).size()));
                line.put("fiscal_year", year.year());
                out.add(line);
            }
        }
        out.sort(java.util.Comparator.comparing((Map<String, Object> l) -> (Integer) l.get("fiscal_year"),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())).thenComparing(l -> String.valueOf(l.get("department"))));
        return out;
    }
}
