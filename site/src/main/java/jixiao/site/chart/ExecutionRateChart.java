package jixiao.site.chart;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

import jixiao.site.DistributionRow;
import jixiao.transform.RateBand;

/** The overview chart: each region-year's rated forms split by execution-rate band, as shares of 100%. */
public final class ExecutionRateChart {
    public static final int WIDTH = 960;
    private static final int BAR_HEIGHT = 26;
    private static final Map<RateBand, Color> COLOURS = Map.of(
            RateBand.BELOW_50, new Color(0xB2182B),
            RateBand.FROM_50_TO_80, new Color(0xEF8A62),
            RateBand.FROM_80_TO_90, new Color(0xFDDBC7),
            RateBand.FROM_90_TO_95, new Color(0xD1E5F0),
            RateBand.FROM_95_TO_100, new Color(0x67A9CF),
            RateBand.EXACTLY_100, new Color(0x2166AC),
            RateBand.OVER_100, new Color(0x762A83));

    private ExecutionRateChart() {
    }

    public static int height(List<DistributionRow> rows) {
        return Math.max(320, 150 + BAR_HEIGHT * (int) charted(rows).count());
    }

    public static JFreeChart create(List<DistributionRow> rows, String fontFamily) {
        return create("预算执行率分布", "地区（年度）", dataset(rows), fontFamily);
    }

    /** A band chart of any grouping: each bar labelled by the caller (a department type, a year …). */
    public record Bar(String label, DistributionRow row) {
    }

    public static int heightOf(List<Bar> bars) {
        return Math.max(320, 150 + BAR_HEIGHT * (int) bars.stream().filter(b -> b.row().rated() > 0).count());
    }

    public static JFreeChart create(String title, String axis, List<Bar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar b : bars) {
            if (b.row().rated() == 0) continue;
            for (RateBand band : RateBand.values()) data.addValue(b.row().band(band), band.label(), b.label());
        }
        return create(title, axis, data, ChineseFont.family());
    }

    private static JFreeChart create(String title, String axis, DefaultCategoryDataset data, String fontFamily) {
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(axis),
                new NumberAxis("占有执行率自评表的比例"), renderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage("暂无预算执行率数据");
        NumberAxis shares = (NumberAxis) plot.getRangeAxis();
        shares.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        shares.setUpperMargin(0);

        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.theme(fontFamily).apply(chart); // before the colours: applying a theme resets series paints
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        for (RateBand b : RateBand.values()) {
            int series = plot.getDataset().getRowIndex(b.label());
            if (series >= 0) renderer.setSeriesPaint(series, COLOURS.get(b));
        }
        chart.setPadding(new RectangleInsets(8, 8, 8, 24)); // room for the last tick label, "100%"
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        return chart;
    }

    /** Bands are the series, region-years the categories; regions without a rate have nothing to split. */
    private static DefaultCategoryDataset dataset(List<DistributionRow> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, Integer> labels = new HashMap<>();
        charted(rows).forEach(r -> labels.merge(shortLabel(r), 1, Integer::sum));
        charted(rows).forEach(r -> {
            String category = labels.get(shortLabel(r)) > 1 ? r.yearLabel() + " " + r.place() : shortLabel(r);
            for (RateBand b : RateBand.values()) data.addValue(r.band(b), b.label(), category);
        });
        return data;
    }

    private static Stream<DistributionRow> charted(List<DistributionRow> rows) {
        return rows.stream().filter(r -> r.rated() > 0);
    }

    private static String shortLabel(DistributionRow r) {
        return r.yearLabel() + " " + r.region();
    }

    private static StackedBarRenderer renderer() {
        StackedBarRenderer renderer = new StackedBarRenderer(true);
        renderer.setMaximumBarWidth(0.08);
        return renderer;
    }
}
