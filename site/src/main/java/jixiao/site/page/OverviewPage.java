package jixiao.site.page;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jixiao.site.DistributionRow;
import jixiao.site.RateTableRow;
import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.chart.ExecutionRateChart;
import jixiao.site.chart.ScoreGapChart;
import jixiao.site.model.Links;
import jixiao.site.model.SiteModel;
import jixiao.transform.GoldTables;

/** 总览, one page per fiscal year ({@link YearScope}): the year's forms at a glance, what the data covers year by year, the execution-rate distribution, self vs recomputed score, top findings, the year's change. */
public final class OverviewPage implements PageSet {
    public static final String RATES_CHART = "charts/execution-rates";
    public static final String GAP_CHART = "charts/score-gap";
    static final int TOP = 10;
    /** Points the self-score may exceed the recomputed score before a form is listed. */
    static final double GAP_LISTED = 5;

    @Override
    public void write(SiteModel model, SiteWriter out) {
        List<YearScope> scopes = YearScope.of(model.forms());
        Coverage coverage = Coverage.of(model.rows(GoldTables.INTAKE_BY_YEAR), model.formsByPlace().size(),
                model.formsByDepartment().size());
        for (YearScope scope : scopes) write(model, scope, scopes, coverage, out);
    }

    /** One year's overview: every figure, chart and list over that year's forms only. */
    private static void write(SiteModel model, YearScope scope, List<YearScope> scopes, Coverage coverage, SiteWriter out) {
        boolean all = model.forms().isEmpty(); // an empty lake: one page, nothing to scope
        List<Map<String, Object>> forms = all ? model.forms() : scope.rowsOf(model.forms());
        List<DistributionRow> rates = distribution(model).stream()
                .filter(r -> all || java.util.Objects.equals(r.fiscalYear(), scope.year())).toList();
        String ratesChart = scope.chart(RATES_CHART);
        out.chart(ratesChart, rates, ExecutionRateChart.WIDTH, ExecutionRateChart.height(rates),
                () -> ExecutionRateChart.create(rates, jixiao.site.chart.ChineseFont.family()));
        List<ScoreGapChart.Point> points = forms.stream()
                .filter(f -> Rows.num(f, "self_score") != null && Rows.num(f, "recomputed_score") != null)
                .map(f -> new ScoreGapChart.Point(Rows.num(f, "self_score"), Rows.num(f, "recomputed_score"))).toList();
        String gapChart = scope.chart(GAP_CHART);
        out.chart(gapChart, points, ScoreGapChart.WIDTH, ScoreGapChart.HEIGHT, () -> ScoreGapChart.create(points));

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", scope);
        m.put("yearBar", scope.bar(scopes, Links.INDEX));
        m.put("forms", forms.size());
        m.put("regions", forms.stream().map(f -> f.get("region_url")).distinct().count());
        m.put("departments", forms.stream().map(f -> f.get("department_url")).distinct().count());
        m.put("years", Rows.years(model.forms()));
        MoneyTotals money = MoneyTotals.of(forms);
        m.put("budget", money.budget());
        m.put("money", money);
        m.put("executed", money.executed());
        m.put("rows", rates.stream().map(RateTableRow::of).toList());
        m.put("bands", java.util.Arrays.stream(jixiao.transform.RateBand.values()).map(jixiao.transform.RateBand::label).toList());
        m.put("ratesChart", ratesChart);
        m.put("gapChart", gapChart);
        m.put("scored", points.size());
        m.put("meanSelf", Rows.mean(forms, "self_score"));
        m.put("meanRecomputed", Rows.mean(forms, "recomputed_score"));
        m.put("meanGap", Rows.mean(forms, "gap"));
        m.put("gapListed", GAP_LISTED);
        m.put("overGap", Rows.countWhere(forms, f -> Rows.num(f, "gap") != null && Rows.num(f, "gap") > GAP_LISTED));
        m.put("topGaps", Rows.top(forms.stream().filter(f -> Rows.num(f, "gap") != null).toList(), Rows.descending("gap"), TOP));
        List<Map<String, Object>> findings = all ? model.findings() : scope.rowsOf(model.findings());
        m.put("topRules", RuleCounts.of(model, findings).stream().limit(TOP).toList());
        m.put("findingsTotal", findings.size());
        // this year against the one before it, like for like: only regions with forms in both years
        List<YearMetrics> years = YearMetrics.byYear(model.forms()).stream()
                .filter(y -> scope.year() != null && y.year() != null && y.year() <= scope.year()).toList();
        m.put("yearMetrics", years);
        m.put("change", YearChange.of(model.forms(), years, "region_url", "地区"));
        m.put("coverage", coverage);
        out.page(new Page(scope.page(Links.INDEX), "index", m));
    }

    /** All regions first in each year, then regions by name; the rows with a rate only. */
    static List<DistributionRow> distribution(SiteModel model) {
        return model.rows(GoldTables.EXECUTION_RATES).stream().map(DistributionRow::of)
                .sorted(Comparator.comparing((DistributionRow r) -> r.fiscalYear() == null ? Integer.MAX_VALUE : r.fiscalYear())
                        .thenComparing(r -> !r.allRegions())
                        .thenComparing(DistributionRow::place)
                        .thenComparing(r -> Objects.toString(r.county(), "")))
                .toList();
    }
}
