package jixiao.site.chart;

import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/** One look for every chart: flat bars, no shadows, one font family that can show Chinese in the PNG. */
public final class ChartTheme {
    public static final Color ACCENT = new Color(0x2166AC);
    public static final Color WARM = new Color(0xB2182B);
    public static final Color GREY = new Color(0x888888);

    private ChartTheme() {
    }

    /** Apply before setting series colours: a theme resets them. */
    public static void apply(JFreeChart chart) {
        theme(ChineseFont.family()).apply(chart);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
        }
    }

    static StandardChartTheme theme(String family) {
        StandardChartTheme theme = new StandardChartTheme("jixiao");
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 18));
        theme.setLargeFont(new Font(family, Font.BOLD, 14));
        theme.setRegularFont(new Font(family, Font.PLAIN, 12));
        theme.setSmallFont(new Font(family, Font.PLAIN, 10));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xBBBBBB));
        theme.setDomainGridlinePaint(new Color(0xBBBBBB));
        return theme;
    }
}
