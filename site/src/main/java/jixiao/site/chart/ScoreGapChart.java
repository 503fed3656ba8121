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

    public static JFreeChart create(List<Point> points) {
        XYSeries series = new XYSeries("自评表", false, true);
        double low = 100;
        for (Point p : points) {
            series.add(p.self(), p.recomputed());
            low = Math.min(low, Math.min(p.self(), p.recomputed()));
        }
        low = Math.max(0, Math.floor(low / 10) * 10);
        NumberAxis x = new NumberAxis("自评得分");
        NumberAxis y = new NumberAxis("按规则复算得分");
        x.setRange(low, 100.5);
        y.setRange(low, 100.5);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, dots);
        plot.setNoDataMessage("暂无可复算的自评表");
        plot.addAnnotation(new XYLineAnnotation(low, low, 100, 100, new BasicStroke(1f), ChartTheme.GREY));
        JFreeChart chart = new JFreeChart("自评得分与复算得分", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartTheme.apply(chart);
        dots.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        dots.setSeriesPaint(0, new Color(33, 102, 172, 110)); // translucent: thousands of forms overlap
        return chart;
    }
}
