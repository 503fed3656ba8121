package jixiao.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.build.Fmt;
import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.chart.IntervalChart;
import jixiao.site.model.Department;
import jixiao.site.model.Links;
import jixiao.site.model.Place;
import jixiao.site.model.SiteModel;
import jixiao.transform.GoldTables;

/**
 * 地区对比, one page per fiscal year ({@link YearScope}): a ranking per measure from gold/region_summary, ordered by the
 * shrunk mean so a region of three forms cannot top or tail it by luck, each with its 95% interval; and
 * every region with its own page.
 */
public final class RegionsPage implements PageSet {
    static final String CHART = "charts/regions-";

    @Override
    public void write(SiteModel model, SiteWriter out) {
        // one set of rankings per fiscal year, each on its year's page: a ranking never mixes years
        Map<Object, List<Map<String, Object>>> byYear = Rows.groupBy(model.rows(GoldTables.REGION_SUMMARY), r -> r.get("fiscal_year"));
        List<YearScope> scopes = YearScope.of(model.forms());
        for (YearScope scope : scopes) {
            List<Map<String, Object>> rows = byYear.getOrDefault(scope.year(), List.of());
            YearRankings year = new YearRankings(scope.year(), scope.label(), rankings(model, scope.year(), rows, out));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scope", scope);
            m.put("yearBar", scope.bar(scopes, Links.REGIONS));
            m.put("year", year);
            m.put("minRanked", jixiao.transform.aggregate.RegionSummary.MIN_RANKED_FORMS);
            m.put("regions", regions(model, scope));
            m.put("compare", Links.COMPARE);
            m.put("choices", CompareData.choices(model));
            out.page(new Page(scope.page(Links.REGIONS), "regions", m));
        }
    }

    private static List<Ranking> rankings(SiteModel model, Integer year, List<Map<String, Object>> yearRows, SiteWriter out) {
        Map<String, List<Map<String, Object>>> byMetric = Rows.groupBy(yearRows, r -> Rows.str(r, "metric"));
        List<Ranking> rankings = new ArrayList<>();
        byMetric.forEach((metric, rows) -> {
            // ranked regions by rank, then those with too few forms to rank, by name
            List<Map<String, Object>> sorted = rows.stream()
                    .sorted(Comparator.comparing((Map<String, Object> r) -> r.get("rank") == null ? Long.MAX_VALUE : Rows.count(r, "rank"))
                            .thenComparing(r -> Place.of(r).path()))
                    .toList();
            Map<String, Object> first = sorted.get(0);
            boolean percent = metric.equals("execution_rate");
            boolean higherBetter = Boolean.TRUE.equals(first.get("higher_is_better"));
            List<Entry> entries = sorted.stream().map(r -> {
                Place p = Place.of(r);
                return new Entry(r.get("rank") == null ? null : Rows.count(r, "rank"), p.path(), model.formsByPlace().containsKey(p) ? Links.region(p) : null,
                        Rows.count(r, "forms"), Rows.num(r, "mean"), Rows.num(r, "shrunk_mean"), Rows.num(r, "lower"),
                        Rows.num(r, "upper"), Rows.num(r, "weight"));
            }).toList();
            String chart = CHART + metric.replaceAll("[^a-z_]", "") + "-" + (year == null ? "unknown" : year);
            String label = Rows.str(first, "metric_label");
            String yearLabel = Fmt.INSTANCE.year(year);
            List<IntervalChart.Estimate> estimates = entries.stream()
                    .filter(e -> e.lower() != null && e.upper() != null && e.shrunk() != null && e.mean() != null)
                    .map(e -> new IntervalChart.Estimate(e.region(), e.lower(), e.upper(), e.shrunk(), e.mean())).toList();
            Double overall = Rows.num(first, "overall_mean");
            out.chart(chart, List.of(estimates, String.valueOf(overall)), IntervalChart.WIDTH, IntervalChart.height(estimates),
                    () -> IntervalChart.create(yearLabel + " " + label + "（排名：" + (higherBetter ? "越高越好" : "越低越好") + "）", label,
                            estimates, overall, percent));
            rankings.add(new Ranking(metric, (year == null ? "unknown" : year) + "-" + metric, label, higherBetter, percent,
                    overall, chart, entries));
        });
        rankings.sort(Comparator.comparing(r -> METRIC_ORDER.indexOf(r.metric()) < 0 ? 99 : METRIC_ORDER.indexOf(r.metric())));
        return rankings;
    }

    /** One fiscal year's rankings. */
    public record YearRankings(Integer year, String label, List<Ranking> rankings) {
    }

    static final List<String> METRIC_ORDER = List.of("execution_rate", "score_gap", "quality_index", "errors_per_form");

    /** A measure's ranking. */
    public record Ranking(String metric, String anchor, String label, boolean higherBetter, boolean percent, Double overall, String chart,
                          List<Entry> entries) {
    }

    /** A region in a ranking. */
    public record Entry(Long rank, String region, String url, long forms, Double mean, Double shrunk, Double lower,
                        Double upper, Double weight) {
    }

    /** A line of the region list. */
    public record RegionLine(String region, String url, String briefing, String id, long forms, long departments, String years,
                             Double meanRate, Double meanGap, Double quality) {
    }

    /** Each region with forms in the year, over that year's forms only. */
    private static List<RegionLine> regions(SiteModel model, YearScope scope) {
        List<RegionLine> out = new ArrayList<>();
        Map<Place, Long> departmentsInYear = new LinkedHashMap<>();
        model.formsByDepartment().forEach((d, forms) -> {
            if (forms.stream().anyMatch(scope::holds)) departmentsInYear.merge(d.place(), 1L, Long::sum);
        });
        model.formsByPlace().forEach((p, all) -> {
            List<Map<String, Object>> forms = scope.rowsOf(all);
            if (forms.isEmpty()) return;
            List<Integer> years = Rows.years(all);
            String span = years.isEmpty() ? "—" : years.get(0).equals(years.get(years.size() - 1)) ? years.get(0) + "年"
                    : years.get(0) + "–" + years.get(years.size() - 1) + "年";
            out.add(new RegionLine(p.path(), Links.region(p), Links.regionBriefing(p), p.id(), forms.size(),
                    departmentsInYear.getOrDefault(p, 0L), span, Rows.mean(forms, "execution_rate"), Rows.mean(forms, "gap"),
                    Rows.mean(forms, "quality_index")));
        });
        return out;
    }
}
