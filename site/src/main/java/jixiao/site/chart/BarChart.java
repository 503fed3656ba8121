package jixiao.site.chart;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Horizontal bars (grouped or stacked) for the pages' simple comparisons. */
public final class BarChart {
    public static final int WIDTH = 900;
    private static final Color[] PALETTE = {new Color(0x2166AC), new Color(0xB2182B), new Color(0x67A9CF),
            new Color(0xEF8A62), new Color(0x762A83), new Color(0x1B7837), new Color(0xD6604D), new Color(0x4393C3),
            new Color(0x999999), new Color(0x8C510A), new Color(0x01665E), new Color(0xC51B7D), new Color(0x35978F),
            new Color(0xE08214), new Color(0x542788), new Color(0x4D4D4D)};

    /** One bar (or bar part): its series, its category and its value. */
    public record Bar(String series, String category, double value) {
    }

    private BarChart() {
    }

    public static int height(List<Bar> bars, boolean stacked) {
        long categories = bars.stream().map(Bar::category).distinct().count();
        long series = stacked ? 1 : Math.max(1, bars.stream().map(Bar::series).distinct().count());
        return (int) Math.max(260, 140 + categories * Math.min(60, 18 + 12 * series));
    }

    /**
     * @param percent values are fractions, printed as percentages on the axis
     */
    public static JFreeChart create(String title, String valueLabel, List<Bar> bars, boolean stacked, boolean percent) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar b : bars) data.addValue(b.value(), b.series(), b.category());
        BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
        renderer.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis(valueLabel), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage("暂无数据");
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        if (percent) values.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        if (percent && stacked) values.setUpperMargin(0);
        boolean legend = data.getRowCount() > 1;
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        ChartTheme.apply(chart);
        for (int i = 0; i < data.getRowCount(); i++) renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        return chart;
    }
}
