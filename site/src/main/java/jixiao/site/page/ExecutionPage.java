package jixiao.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jixiao.site.DistributionRow;
import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.chart.ExecutionRateChart;
import jixiao.site.model.Links;
import jixiao.site.model.Place;
import jixiao.site.model.SiteModel;
import jixiao.transform.FormMeasures;
import jixiao.transform.GoldTables;
import jixiao.transform.RateBand;
import jixiao.transform.aggregate.Levels;

/** 预算执行率, one page per fiscal year ({@link YearScope}): distributions by region and department type, against the initial budget too, and the forms below 90%. */
public final class ExecutionPage implements PageSet {
    static final String ADJUSTED = "全年预算";
    static final String INITIAL = "年初预算";
    static final String TYPES_CHART = "charts/execution-by-type";
    static final String BASIS_CHART = "charts/execution-by-basis";

    @Override
    public void write(SiteModel model, SiteWriter out) {
        List<Map<String, Object>> rows = model.rows(GoldTables.EXECUTION_RATE_BREAKDOWN);
        List<Integer> years = Rows.years(rows);
        // the two bases side by side for every year: already split by year, one chart for every year's page
        List<ExecutionRateChart.Bar> byBasis = new ArrayList<>();
        for (Integer y : years) {
            for (String basis : List.of(ADJUSTED, INITIAL)) {
                rows.stream().filter(r -> basis.equals(r.get("basis")) && allRegions(r) && allTypes(r) && y.equals(r.get("fiscal_year")))
                        .findFirst().ifPresent(r -> byBasis.add(new ExecutionRateChart.Bar(y + "年 按" + basis, DistributionRow.of(r))));
            }
        }
        out.chart(BASIS_CHART, byBasis, ExecutionRateChart.WIDTH, ExecutionRateChart.heightOf(byBasis),
                () -> ExecutionRateChart.create("按全年预算与按年初预算计算的执行率", "年度与口径", byBasis));
        List<YearScope> scopes = YearScope.of(model.forms());
        for (YearScope scope : scopes) write(model, rows, scope, scopes, out);
    }

    /** One year's page: its department types, regions and low-rate forms only. */
    private static void write(SiteModel model, List<Map<String, Object>> all, YearScope scope, List<YearScope> scopes, SiteWriter out) {
        List<Map<String, Object>> rows = scope.rowsOf(all);
        List<ExecutionRateChart.Bar> byType = rows.stream()
                .filter(r -> ADJUSTED.equals(r.get("basis")) && allRegions(r) && !Levels.ALL_TYPES.equals(r.get("department_type")))
                .sorted(Comparator.comparing(r -> Rows.str(r, "department_type")))
                .map(r -> new ExecutionRateChart.Bar(Rows.str(r, "department_type"), DistributionRow.of(r))).toList();
        String typeTitle = scope.label() + "各类部门预算执行率分布";
        String typesChart = scope.chart(TYPES_CHART);
        out.chart(typesChart, byType, ExecutionRateChart.WIDTH, ExecutionRateChart.heightOf(byType),
                () -> ExecutionRateChart.create(typeTitle, "部门类型", byType));

        List<Map<String, Object>> forms = scope.rowsOf(model.forms());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", scope);
        m.put("yearBar", scope.bar(scopes, Links.EXECUTION));
        m.put("typesChart", typesChart);
        m.put("basisChart", BASIS_CHART);
        m.put("byRegion", lines(rows, r -> allTypes(r), r -> Place.of(r).path(), model));
        m.put("byType", lines(rows, r -> allRegions(r), r -> Rows.str(r, "department_type"), model));
        List<Map<String, Object>> low = forms.stream().filter(f -> {
            Double rate = Rows.num(f, "execution_rate");
            return rate != null && rate < YearMetrics.LOW_RATE;
        }).sorted(Comparator.comparing((Map<String, Object> f) -> Rows.num(f, "execution_rate"))).toList();
        m.put("low", low);
        m.put("lowThreshold", YearMetrics.LOW_RATE);
        m.put("rated", forms.stream().filter(f -> Rows.num(f, "execution_rate") != null).count());
        out.page(new Page(scope.page(Links.EXECUTION), "execution", m));
    }

    /** A line of the comparison tables: one group and year, the rate on both bases. */
    public record Line(String group, String groupUrl, boolean total, Integer year, long forms, long rated, Double median,
                       Double mean, Double below90, long ratedInitial, Double medianInitial, Double below90Initial) {
    }

    private static List<Line> lines(List<Map<String, Object>> rows, java.util.function.Predicate<Map<String, Object>> level,
                                    java.util.function.Function<Map<String, Object>, String> group, SiteModel model) {
        Map<String, Map<String, Object>> initial = new LinkedHashMap<>();
        List<Map<String, Object>> adjusted = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            if (!level.test(r)) continue;
            String key = group.apply(r) + "|" + r.get("fiscal_year") + "|" + r.get("department_type");
            if (INITIAL.equals(r.get("basis"))) initial.put(key, r);
            else if (ADJUSTED.equals(r.get("basis"))) adjusted.add(r);
        }
        List<Line> out = new ArrayList<>();
        for (Map<String, Object> r : adjusted) {
            Map<String, Object> i = initial.get(group.apply(r) + "|" + r.get("fiscal_year") + "|" + r.get("department_type"));
            boolean total = allRegions(r) && allTypes(r);
            Place place = Place.of(r);
            String url = allRegions(r) || !model.formsByPlace().containsKey(place) ? null : Links.region(place);
            out.add(new Line(group.apply(r), url, total, (Integer) r.get("fiscal_year"), Rows.count(r, "forms"),
                    Rows.count(r, "rated"), Rows.num(r, "median"), Rows.num(r, "mean_rate"), below90(r),
                    i == null ? 0 : Rows.count(i, "rated"), i == null ? null : Rows.num(i, "median"), i == null ? null : below90(i)));
        }
        out.sort(Comparator.comparing((Line l) -> l.year() == null ? Integer.MAX_VALUE : l.year())
                .thenComparing(l -> !l.total()).thenComparing(Line::group));
        return out;
    }

    /** Share of rated forms below 90%: the three lowest bands. */
    static Double below90(Map<String, Object> r) {
        long rated = Rows.count(r, "rated");
        if (rated == 0) return null;
        long below = Rows.count(r, RateBand.BELOW_50.column()) + Rows.count(r, RateBand.FROM_50_TO_80.column())
                + Rows.count(r, RateBand.FROM_80_TO_90.column());
        return below / (double) rated;
    }

    static boolean allRegions(Map<String, Object> r) {
        return FormMeasures.ALL_REGIONS.equals(r.get("region")) && r.get("province") == null;
    }

    static boolean allTypes(Map<String, Object> r) {
        return Levels.ALL_TYPES.equals(r.get("department_type"));
    }
}
