package jixiao.notebook;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * What a notebook cell shows: Spark tables as HTML tables, JFreeChart charts as PNG images. A cell
 * that ends with {@code Show.table(ds)} shows the table; {@link #display} shows one mid-cell.
 */
public final class Show {
    public static final int DEFAULT_ROWS = 50;
    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 450;
    private static final int MAX_CELL_CHARS = 200;
    private static final String CHINESE_SAMPLE = "预算执行率";
    private static final List<String> CHINESE_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "SimHei");
    /** Series colours that read apart in print and for most colour-blind readers (ColorBrewer-like). */
    private static final Paint[] PALETTE = {new Color(0x2166AC), new Color(0xEF8A62), new Color(0x67A9CF),
            new Color(0xB2182B), new Color(0x1B9E77), new Color(0x762A83), new Color(0x999999), new Color(0xE6AB02)};
    private static volatile String chineseFamily;

    private Show() {
    }

    /** The first {@value #DEFAULT_ROWS} rows of a Spark table. */
    public static DisplayData table(Dataset<Row> ds) {
        return table(ds, DEFAULT_ROWS);
    }

    /** The first {@code maxRows} rows of a Spark table (one more is fetched, to tell whether there are more). */
    public static DisplayData table(Dataset<Row> ds, int maxRows) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : ds.limit(maxRows + 1).collectAsList()) {
            List<Object> cells = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) cells.add(r.get(i));
            rows.add(cells);
        }
        return table(Arrays.asList(ds.columns()), rows, maxRows);
    }

    /** Rows given as lists, e.g. computed in a cell. */
    public static DisplayData table(List<String> columns, List<? extends List<?>> rows) {
        return table(columns, rows, DEFAULT_ROWS);
    }

    static DisplayData table(List<String> columns, List<? extends List<?>> rows, int maxRows) {
        int shown = Math.min(rows.size(), maxRows);
        String more = rows.size() > maxRows ? "first " + maxRows + " rows shown" : shown + (shown == 1 ? " row" : " rows");
        StringBuilder text = new StringBuilder(String.join("\t", columns));
        StringBuilder html = new StringBuilder("<table class=\"jixiao\"><thead><tr>");
        for (String c : columns) html.append("<th>").append(escape(c)).append("</th>");
        html.append("</tr></thead><tbody>");
        for (List<?> row : rows.subList(0, shown)) {
            text.append('\n');
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                String s = format(v);
                text.append(i == 0 ? "" : "\t").append(s);
                if (v == null) html.append("<td style=\"color:#999\">null</td>");
                else html.append(v instanceof Number ? "<td style=\"text-align:right\">" : "<td>").append(escape(s)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table><p><small>").append(more).append("</small></p>");
        DisplayData d = new DisplayData(text.append("\n(").append(more).append(')').toString());
        d.putHTML(html.toString());
        return d;
    }

    /** A chart as a {@value #DEFAULT_WIDTH}×{@value #DEFAULT_HEIGHT} PNG. */
    public static DisplayData chart(JFreeChart chart) {
        return chart(chart, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** A chart as a PNG; its texts are drawn with a font that has Chinese glyphs when the JVM has one. */
    public static DisplayData chart(JFreeChart chart, int width, int height) {
        useChineseFont(chart);
        // ChartFactory puts a horizontal bar chart's value axis on top; readers look for it below
        if (chart.getPlot() instanceof CategoryPlot p && p.getOrientation() == PlotOrientation.HORIZONTAL) {
            p.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TextTitle title = chart.getTitle();
        DisplayData d = new DisplayData(title == null ? "(chart)" : "(chart: " + title.getText() + ")");
        d.putData("image/png", Base64.getEncoder().encodeToString(png.toByteArray()));
        return d;
    }

    /** Raw HTML, as written. */
    public static DisplayData html(String html) {
        DisplayData d = new DisplayData("(html)");
        d.putHTML(html);
        return d;
    }

    /**
     * Shows a value now, in the middle of a cell: a table, a chart, display data, or its text. Outside
     * a notebook (no kernel running) it prints the text.
     */
    public static void display(Object value) {
        DisplayData d = render(value);
        if (d == null) d = new DisplayData(String.valueOf(value));
        BaseKernel kernel;
        try {
            kernel = BaseKernel.notebookKernel();
        } catch (NullPointerException noKernel) {
            System.out.println(d.getData(MIMEType.TEXT_PLAIN));
            return;
        }
        kernel.display(d);
    }

    /** How the kernel shows a cell's value: null when it has no richer form than its text. */
    @SuppressWarnings("unchecked")
    public static DisplayData render(Object value) {
        if (value instanceof DisplayData d) return d;
        if (value instanceof Dataset<?> ds) return table((Dataset<Row>) ds.toDF());
        if (value instanceof JFreeChart c) return chart(c);
        return null;
    }

    /**
     * A chart theme with flat bars and a Chinese font, for {@code ChartFactory.setChartTheme(Show.theme())}
     * at the top of a notebook.
     */
    public static StandardChartTheme theme() {
        String family = chineseFamily();
        StandardChartTheme theme = new StandardChartTheme("jixiao");
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 18));
        theme.setLargeFont(new Font(family, Font.BOLD, 14));
        theme.setRegularFont(new Font(family, Font.PLAIN, 12));
        theme.setSmallFont(new Font(family, Font.PLAIN, 10));
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xBBBBBB));
        theme.setRangeGridlinePaint(new Color(0xBBBBBB));
        theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }

    /** A font family that can show Chinese, or the JVM's sans-serif when none is installed. */
    public static String chineseFamily() {
        if (chineseFamily == null) {
            List<String> installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            chineseFamily = CHINESE_FAMILIES.stream().filter(installed::contains).filter(Show::showsChinese).findFirst()
                    .orElseGet(() -> installed.stream().filter(Show::showsChinese).findFirst().orElse(Font.SANS_SERIF));
        }
        return chineseFamily;
    }

    private static boolean showsChinese(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(CHINESE_SAMPLE) == -1;
    }

    /** Swaps fonts without Chinese glyphs for the Chinese family, keeping sizes, styles and colours. */
    private static void useChineseFont(JFreeChart chart) {
        if (chart.getTitle() != null) chart.getTitle().setFont(chinese(chart.getTitle().getFont()));
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt) tt.setFont(chinese(tt.getFont()));
            if (t instanceof LegendTitle lt) lt.setItemFont(chinese(lt.getItemFont()));
        }
        Plot plot = chart.getPlot();
        plot.setNoDataMessageFont(chinese(plot.getNoDataMessageFont()));
        if (plot instanceof CategoryPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) chinese(p.getDomainAxis(i));
            for (int i = 0; i < p.getRangeAxisCount(); i++) chinese(p.getRangeAxis(i));
        } else if (plot instanceof XYPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) chinese(p.getDomainAxis(i));
            for (int i = 0; i < p.getRangeAxisCount(); i++) chinese(p.getRangeAxis(i));
        } else if (plot instanceof PiePlot<?> p) {
            p.setLabelFont(chinese(p.getLabelFont()));
        }
    }

    private static void chinese(Axis axis) {
        if (axis == null) return;
        axis.setLabelFont(chinese(axis.getLabelFont()));
        axis.setTickLabelFont(chinese(axis.getTickLabelFont()));
    }

    private static Font chinese(Font f) {
        if (f == null || f.canDisplayUpTo(CHINESE_SAMPLE) == -1) return f;
        return new Font(chineseFamily(), f.getStyle(), f.getSize());
    }

    /** A cell's text: numbers without float noise, long texts cut. */
    public static String format(Object v) {
        if (v == null) return "null";
        String s;
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) s = String.valueOf(d);
            else if (d == Math.rint(d) && Math.abs(d) < 1e15) s = String.valueOf((long) d);
            else s = new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        } else {
            s = String.valueOf(v);
        }
        return s.length() > MAX_CELL_CHARS ? s.substring(0, MAX_CELL_CHARS) + "…" : s;
    }

    /** HTML text escaping, for cell values and column names. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
