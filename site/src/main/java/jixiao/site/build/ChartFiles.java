package jixiao.site.build;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/** Writes a chart as SVG (text kept as text, byte-stable) and as PNG at twice the pixels (sharp on slides and high-density screens). */
public final class ChartFiles {
    /** Fixed, so the same chart gives the same bytes (JFreeSVG picks a random prefix otherwise). */
    static final String DEFS_KEY_PREFIX = "jixiao";
    /**
     * Browsers choose from this list: the common CJK families on Linux, macOS and Windows. Unquoted, as
     * JFreeSVG puts it inside a single-quoted attribute and does not escape it.
     */
    static final String SVG_FONTS = "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Zen Hei, WenQuanYi Micro Hei, PingFang SC, "
            + "Microsoft YaHei, sans-serif";
    /** The PNG's pixels per layout pixel: the same layout as the SVG, drawn at this scale. */
    public static final int PNG_SCALE = 2;
    /** JFreeSVG declares its own namespace on every document; it is only used for referenced images, which we never draw. */
    private static final String JFREESVG_NAMESPACE = " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";

    private ChartFiles() {
    }

    public static void svg(JFreeChart chart, int width, int height, Path file) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(DEFS_KEY_PREFIX);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g2.setFontFunction(family -> SVG_FONTS);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        // no DOCTYPE (it names a DTD on the web, which XML readers may try to fetch); a viewBox so the chart scales
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        String withoutNamespace = svg.replace(JFREESVG_NAMESPACE, "");
        if (!withoutNamespace.contains("jfreesvg:")) svg = withoutNamespace;
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n", StandardCharsets.UTF_8);
    }

    /** The chart laid out at {@code width} × {@code height} and drawn {@link #PNG_SCALE} times as many pixels each way. */
    public static void png(JFreeChart chart, int width, int height, Path file) throws IOException {
        BufferedImage image = new BufferedImage(width * PNG_SCALE, height * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(PNG_SCALE, PNG_SCALE); // the layout stays that of width × height: fonts and lines scale with it
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeBufferedImageAsPNG(out, image);
        }
    }
}
