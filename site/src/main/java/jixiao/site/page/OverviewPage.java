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

/** 总览: the corpus at a glance, the execution-rate distribution, self vs recomputed score, top findings, the year's change. */
public final class OverviewPage implements PageSet {
    public static final String RATES_CHART = "charts/execution-rates";
    public static final String GAP_CHART = "charts/score-gap";
    static final int TOP = 10;
    /** Points the self-score may exceed the recomputed score before a form is listed. */
    static final double GAP_LISTED = 5;

    @Override
    public void write(SiteModel model, SiteWriter out) {
        List<DistributionRow> rates = distribution(model);
        out.chart(RATES_CHART, rates, ExecutionRateChart.WIDTH, ExecutionRateChart.height(rates),
                () -> ExecutionRateChart.create(rates, jixiao.site.chart.ChineseFont.family()));
        List<ScoreGapChart.Point> points = model.forms().stream()
                .filter(f -> Rows.num(f, "self_score") != null && Rows.num(f, "recomputed_score") != null)
                .map(f -> new ScoreGapChart.Point(Rows.num(f, "self_score"), Rows.num(f, "recomputed_score"))).toList();
        out.chart(GAP_CHART, points, ScoreGapChart.WIDTH, ScoreGapChart.HEIGHT, () -> ScoreGapChart.create(points));

        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> forms = model.forms();
        m.put("forms", forms.size());
        m.put("regions", model.formsByPlace().size());
        m.put("departments", model.formsByDepartment().size());
        m.put("years", Rows.years(forms));
        m.put("budget", Rows.sum(forms, "budget_adjusted_wan"));
        m.put("executed", Rows.sum(forms, "executed_wan"));
        m.put("rows", rates.stream().map(RateTableRow::of).toList());
        m.put("bands", java.util.Arrays.stream(jixiao.transform.RateBand.values()).map(jixiao.transform.RateBand::label).toList());
        m.put("ratesChart", RATES_CHART);
        m.put("gapChart", GAP_CHART);
        m.put("scored", points.size());
        m.put("meanSelf", Rows.mean(forms, "self_score"));
        m.put("meanRecomputed", Rows.mean(forms, "recomputed_score"));
        m.put("meanGap", Rows.mean(forms, "gap"));
        m.put("gapListed", GAP_LISTED);
        m.put("overGap", Rows.countWhere(forms, f -> Rows.num(f, "gap") != null && Rows.num(f, "gap") > GAP_LISTED));
        m.put("topGaps", Rows.top(forms.stream().filter(f -> Rows.num(f, "gap") != null).toList(), Rows.descending("gap"), TOP));
        m.put("topRules", RuleCounts.of(model).stream().limit(TOP).toList());
        m.put("findingsTotal", model.findings().size());
        List<YearMetrics> years = YearMetrics.byYear(forms);
        m.put("yearMetrics", years);
        // like for like: only regions with forms in both years; the full set beside it, marked as such
        m.put("change", YearChange.of(forms, years, "region_url", "地区"));
        out.page(new Page(Links.INDEX, "index", m));
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
