package jixiao.site.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Self-score (x) against the score the rules support (y): points below the diagonal scored themselves higher. */
public final class ScoreGapChart {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 520;

    /** A form's two scores. */
    public record Point(double self, double recomputed) {
    }

    private ScoreGapChart() {
    }

    private static double snap(double score) {
        return Math.round(score / CELL) * CELL;
    }

    /** Scores are binned to this many points: one dot per occupied cell keeps the SVG small at any corpus size. */
    static final double CELL = 0.5;

    public static JFreeChart create(List<Point> points) {
        // dots drawn per cell, in three density classes: 100,000 forms would otherwise be 100,000 SVG elements
        java.util.Map<Point, Integer> cells = new java.util.TreeMap<>(
                java.util.Comparator.comparingDouble(Point::self).thenComparingDouble(Point::recomputed));
        double low = 100;
        for (Point p : points) {
            cells.merge(new Point(snap(p.self()), snap(p.recomputed())), 1, Integer::sum);
            low = Math.min(low, Math.min(p.self(), p.recomputed()));
        }
        XYSeries one = new XYSeries("1 张", false, true);
        XYSeries few = new XYSeries("2–9 张", false, true);
        XYSeries many = new XYSeries("10 张及以上", false, true);
        cells.forEach((p, n) -> (n == 1 ? one : n < 10 ? few : many).add(p.self(), p.recomputed()));
        XYSeriesCollection series = new XYSeriesCollection();
        series.addSeries(one);
        series.addSeries(few);
        series.addSeries(many);
        low = Math.max(0, Math.floor(low / 10) * 10);
        NumberAxis x = new NumberAxis("自评得分");
        NumberAxis y = new NumberAxis("按规则复核得分");
        x.setRange(low, 100.5);
        y.setRange(low, 100.5);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(points.isEmpty() ? new XYSeriesCollection() : series, x, y, dots);
        plot.setNoDataMessage("暂无可复核的自评表");
        plot.addAnnotation(new XYLineAnnotation(low, low, 100, 100, new BasicStroke(1f), ChartTheme.GREY));
        JFreeChart chart = new JFreeChart("自评得分与复核得分（每点为 0.5 分见方内的自评表）", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.apply(chart);
        Color[] shades = {new Color(0x9ECAE1), new Color(0x4292C6), new Color(0x08306B)};
        for (int i = 0; i < shades.length; i++) {
            double r = 2.5 + i;
            dots.setSeriesShape(i, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
            dots.setSeriesPaint(i, shades[i]);
        }
        return chart;
    }
}
