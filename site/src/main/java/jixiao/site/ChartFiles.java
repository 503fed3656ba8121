package jixiao.site;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** Writes a chart as SVG (text kept as text, byte-stable) and as PNG. */
final class ChartFiles {
    /** Fixed, so the same chart gives the same bytes (JFreeSVG picks a random prefix otherwise). */
    static final String DEFS_KEY_PREFIX = "jixiao";
    /** Browsers choose from this list; the families are the common CJK ones on Linux, macOS and Windows. */
    static final String SVG_FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

    private ChartFiles() {
    }

    static void svg(JFreeChart chart, int width, int height, Path file) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(DEFS_KEY_PREFIX);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g2.setFontFunction(family -> SVG_FONTS);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        Files.writeString(file, g2.getSVGDocument(), StandardCharsets.UTF_8);
    }

    static void png(JFreeChart chart, int width, int height, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }
}
