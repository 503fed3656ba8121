package jixiao.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jixiao.site.build.Fmt;
import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.chart.BarChart;
import jixiao.site.model.Links;
import jixiao.site.model.Place;
import jixiao.site.model.SiteModel;
import jixiao.transform.GoldTables;

/** 指标质量, one page per fiscal year ({@link YearScope}): the index by region × year (a heat map, every year), its parts, the change on last year, copied indicator sets. */
public final class QualityPage implements PageSet {
    static final String PARTS_CHART = "charts/quality-parts";
    /** The index's parts: column and what it measures, in the order the method page explains them. */
    public static final Map<String, String> PARTS;

    static {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("quantified", "目标已量化");
        p.put("units", "数值带单位");
        p.put("comparators", "标明比较方向");
        p.put("dimensions", "维度覆盖");
        p.put("not_trivial", "非形式目标");
        p.put("not_vague", "非模糊表述");
        p.put("not_copied", "非照搬上年");
        PARTS = java.util.Collections.unmodifiableMap(p);
    }

    static final int LOWEST = 20;
    /** The heat map's colour scale, in index points. */
    static final double HEAT_LOW = 40;
    static final double HEAT_HIGH = 100;

    @Override
    public void write(SiteModel model, SiteWriter out) {
        List<Map<String, Object>> rows = model.rows(GoldTables.INDICATOR_QUALITY).stream().filter(ExecutionPage::allTypes).toList();
        List<Integer> years = Rows.years(rows);
        List<Map<String, Object>> total = rows.stream().filter(ExecutionPage::allRegions)
                .sorted(Comparator.comparing(r -> String.valueOf(r.get("fiscal_year")))).toList();

        List<BarChart.Bar> parts = new ArrayList<>();
        for (Map<String, Object> r : total) {
            String year = r.get("fiscal_year") == null ? "年度不详" : r.get("fiscal_year") + "年";
            PARTS.forEach((column, label) -> {
                Double v = Rows.num(r, column);
                parts.add(new BarChart.Bar(year, label, v == null ? 0 : v));
            });
        }
        out.chart(PARTS_CHART, parts, BarChart.WIDTH, BarChart.height(parts, false),
                () -> BarChart.create("指标质量各部分（全部地区）", "达标指标或表的比例", parts, false, true));

        Map<Integer, Double> sameRegions = likeForLikeChange(rows, years);
        List<HeatRow> heat = heatRows(rows, years, sameRegions, model);
        List<YearScope> scopes = YearScope.of(model.forms());
        for (YearScope scope : scopes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scope", scope);
            m.put("yearBar", scope.bar(scopes, Links.QUALITY));
            m.put("partsChart", PARTS_CHART);
            m.put("parts", PARTS);
            // the heat map is the years side by side: the same on every year's page
            m.put("years", years);
            m.put("heat", heat);
            m.put("heatLow", HEAT_LOW);
            m.put("heatHigh", HEAT_HIGH);
            m.put("total", scope.rowsOf(total));
            m.put("totalChange", sameRegions);
            m.put("byType", scope.rowsOf(model.rows(GoldTables.INDICATOR_QUALITY).stream()
                    .filter(r -> ExecutionPage.allRegions(r) && !ExecutionPage.allTypes(r))
                    .sorted(Comparator.comparing((Map<String, Object> r) -> String.valueOf(r.get("fiscal_year")))
                            .thenComparing(r -> Rows.str(r, "department_type"))).toList()));
            m.put("spreads", spreads(scope.rowsOf(model.rows(GoldTables.FORM_QUALITY))));
            m.put("copied", copied(model).stream().filter(c -> java.util.Objects.equals(c.year(), scope.year())).toList());
            m.put("lowest", scope.rowsOf(model.forms()).stream().filter(f -> Rows.num(f, "quality_index") != null)
                    .sorted(Comparator.comparing((Map<String, Object> f) -> Rows.num(f, "quality_index"))).limit(LOWEST).toList());
            m.put("minShares", jixiao.site.build.Fmt.MIN_FOR_SHARES);
            out.page(new Page(scope.page(Links.QUALITY), "quality", m));
        }
    }

    /** How a part varies from form to form: its quartiles, the share of forms at full marks, and whether the index counts it. */
    public record PartSpread(String label, long forms, String p25, String median, String p75, String full, boolean counted) {
    }

    /** Each part's spread over the forms that have it (a part that never varies carries no information). */
    static List<PartSpread> spreads(List<Map<String, Object>> formQuality) {
        List<PartSpread> out = new ArrayList<>();
        Fmt f = Fmt.INSTANCE;
        PARTS.forEach((column, label) -> {
            List<Double> v = formQuality.stream().map(r -> Rows.num(r, column)).filter(java.util.Objects::nonNull).sorted().toList();
            if (v.isEmpty()) return;
            long full = v.stream().filter(x -> x >= 1 - 1e-9).count();
            out.add(new PartSpread(label, v.size(), f.pct(quantile(v, 0.25)), f.pct(quantile(v, 0.5)), f.pct(quantile(v, 0.75)),
                    f.pct((double) full / v.size()), jixiao.transform.aggregate.QualityTables.INDEX_PARTS.contains(column)));
        });
        return out;
    }

    /** The q-quantile of sorted values, interpolated between neighbours. */
    static double quantile(List<Double> sorted, double q) {
        double at = q * (sorted.size() - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(sorted.size() - 1, lo + 1);
        return sorted.get(lo) + (at - lo) * (sorted.get(hi) - sorted.get(lo));
    }

    /** A heat-map cell: a region's index in a year and its change on the year before. */
    public record Cell(Double index, Double change, long forms, long copiedSets) {
    }

    /** A heat-map row: a region and its cells, one per year (null where it has no forms that year). */
    public record HeatRow(String region, String url, boolean total, List<Cell> cells) {
    }

    private static List<HeatRow> heatRows(List<Map<String, Object>> rows, List<Integer> years, Map<Integer, Double> sameRegions,
                                          SiteModel model) {
        Map<String, Map<Object, Map<String, Object>>> byRegion = new TreeMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            Place p = Place.of(r);
            String key = (ExecutionPage.allRegions(r) ? "0" : "1") + p.path();
            places.put(key, p);
            byRegion.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.get("fiscal_year"), r);
        }
        List<HeatRow> out = new ArrayList<>();
        byRegion.forEach((key, cells) -> {
            Place p = places.get(key);
            boolean all = key.startsWith("0");
            List<Cell> line = new ArrayList<>();
            for (Integer y : years) {
                Map<String, Object> r = cells.get(y);
                // the 全部地区 row's change: over the regions present in both years only
                Double change = r == null ? null : all ? sameRegions.get(y) : Rows.num(r, "yoy_change");
                line.add(r == null ? null : new Cell(Rows.num(r, "quality_index"), change,
                        Rows.count(r, "forms"), Rows.count(r, "copied_sets")));
            }
            boolean total = key.startsWith("0");
            out.add(new HeatRow(p.path(), !total && model.formsByPlace().containsKey(p) ? Links.region(p) : null, total, line));
        });
        return out;
    }

    /**
     * For each year after the first: the change of the index over the regions with forms in that year
     * and the one before, each region's mean weighed by its forms (regions that enter or leave do not
     * move it). Null where no region is in both years.
     */
    static Map<Integer, Double> likeForLikeChange(List<Map<String, Object>> rows, List<Integer> years) {
        Map<Integer, Map<String, Map<String, Object>>> byYear = new java.util.HashMap<>();
        for (Map<String, Object> r : rows) {
            if (ExecutionPage.allRegions(r) || !(r.get("fiscal_year") instanceof Integer y)) continue;
            byYear.computeIfAbsent(y, k -> new java.util.HashMap<>()).put(Place.of(r).path(), r);
        }
        Map<Integer, Double> out = new java.util.HashMap<>();
        for (int k = 1; k < years.size(); k++) {
            Map<String, Map<String, Object>> now = byYear.getOrDefault(years.get(k), Map.of());
            Map<String, Map<String, Object>> before = byYear.getOrDefault(years.get(k - 1), Map.of());
            java.util.Set<String> both = new java.util.HashSet<>(now.keySet());
            both.retainAll(before.keySet());
            if (both.isEmpty()) continue;
            out.put(years.get(k), weighted(now, both) - weighted(before, both));
        }
        return out;
    }

    private static double weighted(Map<String, Map<String, Object>> rows, java.util.Set<String> regions) {
        double sum = 0;
        double n = 0;
        for (String region : regions) {
            Map<String, Object> r = rows.get(region);
            Double index = Rows.num(r, "quality_index");
            if (index == null) continue;
            sum += index * Rows.count(r, "forms");
            n += Rows.count(r, "forms");
        }
        return n == 0 ? 0 : sum / n;
    }

    /** A form whose indicator set is last year's, unchanged. */
    public record Copied(String project, String url, String department, String departmentUrl, String region, Integer year,
                         Object previousYear, String previousUrl, long indicators) {
    }

    private static List<Copied> copied(SiteModel model) {
        List<Copied> out = new ArrayList<>();
        for (Map<String, Object> r : model.rows(GoldTables.PROJECT_LINEAGE)) {
            if (!Boolean.TRUE.equals(r.get("copied_unchanged"))) continue;
            Map<String, Object> form = model.form(Rows.str(r, "form_id"));
            if (form == null) continue;
            Map<String, Object> previous = r.get("previous_form_id") == null ? null : model.form(Rows.str(r, "previous_form_id"));
            out.add(new Copied(Rows.str(form, "project_name"), Rows.str(form, "url"), Rows.str(form, "department"),
                    Rows.str(form, "department_url"), Rows.str(form, "region"), (Integer) form.get("fiscal_year"),
                    r.get("previous_year"), previous == null ? null : Rows.str(previous, "url"), Rows.count(r, "indicator_count")));
        }
        out.sort(Comparator.comparing(Copied::region).thenComparing(c -> String.valueOf(c.department()))
                .thenComparing(c -> String.valueOf(c.year())).thenComparing(c -> String.valueOf(c.project())));
        return out;
    }
}
