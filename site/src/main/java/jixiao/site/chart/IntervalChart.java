package jixiao.site.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * A forest plot: per region its 95% interval as a thin bar, the shrunk mean (what the ranking uses) as a dot
 * and the raw mean as a hollow square; the overall mean as a vertical line.
 */
public final class IntervalChart {
    public static final int WIDTH = 900;

    /** A region's estimate. */
    public record Estimate(String label, double lower, double upper, double shrunk, double raw) {
    }

    private IntervalChart() {
    }

    public static int height(List<Estimate> estimates) {
        return Math.max(240, 130 + 24 * estimates.size());
    }

    public static JFreeChart create(String title, String axis, List<Estimate> estimates, Double overall, boolean percent) {
        int n = estimates.size();
        Number[][] starts = new Number[1][n];
        Number[][] ends = new Number[1][n];
        String[] labels = new String[n];
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        for (int i = 0; i < n; i++) {
            Estimate e = estimates.get(i);
            starts[0][i] = e.lower();
            ends[0][i] = e.upper();
            labels[i] = e.label();
        }
        for (Estimate e : estimates) {
            points.addValue(e.shrunk(), "收缩后均值（排名依据）", e.label());
            points.addValue(e.raw(), "原始均值", e.label());
        }
        DefaultIntervalCategoryDataset intervals = n == 0 ? null
                : new DefaultIntervalCategoryDataset(new String[] {"95%区间"}, labels, starts, ends);
        IntervalBarRenderer bars = new IntervalBarRenderer();
        bars.setMaximumBarWidth(0.25);
        bars.setIncludeBaseInRange(false); // the axis spans the intervals, not 0 to them
        NumberAxis values = new NumberAxis(axis);
        values.setAutoRangeIncludesZero(false);
        if (percent) values.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        CategoryPlot plot = new CategoryPlot(intervals, new CategoryAxis(), values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage("暂无数据");
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
        plot.setDataset(1, points);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        if (overall != null) {
            ValueMarker m = new ValueMarker(overall, ChartTheme.GREY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
            plot.addRangeMarker(m);
        }
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.apply(chart);
        bars.setSeriesPaint(0, new Color(0x9ECAE1));
        dots.setSeriesPaint(0, ChartTheme.ACCENT);
        dots.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        dots.setSeriesPaint(1, ChartTheme.WARM);
        dots.setSeriesShape(1, new Rectangle2D.Double(-3, -3, 6, 6));
        dots.setSeriesShapesFilled(1, false);
        return chart;
    }
}
