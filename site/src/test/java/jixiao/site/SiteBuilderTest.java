package jixiao.site;

import jixiao.testing.TestSpark;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import jixiao.lake.Lake;
import jixiao.site.chart.ExecutionRateChart;
import jixiao.lake.MissingTableException;
import jixiao.transform.TransformJob;
import picocli.CommandLine;

/** Silver fixture → transform → site, then the site is checked as a reader's browser would see it. */
class SiteBuilderTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final Clock MARCH_FIRST = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final Pattern URL = Pattern.compile("https?://[^\"'\\s<>)]*");
    private static final Pattern XMLNS = Pattern.compile("xmlns(:\\w+)?=['\"]$");
    private static final Pattern LINK = Pattern.compile("\\b(?:href|src)=\"([^\"]*)\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    static Path dir;

    static Lake lake;
    static Path site;
    static Path index;
    static String html;

    @BeforeAll
    static void buildSite() throws IOException {
        SparkSession spark = TestSpark.get();
        lake = new Lake(dir.resolve("lake").toString());
        new SilverForms()
                .add("浙江省", "杭州市", "西湖区", 2023, 0.3)
                .add("浙江省", "杭州市", "西湖区", 2023, 1.0)
                .add("浙江省", "宁波市", null, 2023, 0.97)
                .add("浙江省", "宁波市", null, 2023, 1.25)
                .add("浙江省", "宁波市", SCRIPT, 2024, 0.85)
                .writeTo(spark, lake.table(Lake.FORMS));
        new TransformJob(spark, lake).run();
        // a commit after the finished run (a table property, cheaper than a killed second transform): the site
        // reads the run's version, 0, and its footer names the version it shows
        spark.sql("ALTER TABLE delta.`" + lake.table(jixiao.transform.GoldTables.SCORE_RECHECK)
                + "` SET TBLPROPERTIES ('jixiao.test' = 'second commit')");

        site = dir.resolve("site");
        index = new SiteBuilder(spark, lake, site, MARCH_FIRST).build();
        html = Files.readString(index, StandardCharsets.UTF_8);
    }

    @Test
    void indexShowsChineseTextAndTheFixturesNumbers() {
        assertEquals(site.resolve("index.html"), index);
        assertTrue(html.contains("<title>总览 · 项目支出绩效自评分析"), "title");
        assertTrue(html.contains("预算执行率分布"));
        // the overview is one page a year: the latest at index.html, 2023 beside it
        String y2023 = read("index-2023.html");
        for (String s : List.of("西湖区", "宁波市", "全部地区", "2023年", "2024年", "超过100%")) {
            assertTrue(html.contains(s) || y2023.contains(s), s);
        }
        // 2023 全部地区: 4 forms, rates 0.3 0.97 1.0 1.25 → one form a band, median 98.5%; four forms are
        // too few for shares (1 of 4 is not "25.0%"), so the bands give counts and no share is printed
        assertFalse(y2023.contains("25.0%"), "no share of four forms");
        assertTrue(y2023.contains("98.5%"), "median");
        // five forms in the lake: four of 2023, one of 2024 (the latest, index.html)
        assertTrue(y2023.contains("<dt>自评表</dt><dd>4</dd>"), "2023's forms");
        assertTrue(html.contains("<dt>自评表</dt><dd>1</dd>"), "2024's forms");
    }

    private static String read(String page) {
        try {
            return Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void footerNamesGoldVersionAndBuildDate() {
        assertTrue(html.contains("数据版本"), "version label");
        assertTrue(html.contains("<span class=\"version\">1</span>"), "the version shown: the number of the last finished transform, from 1");
        assertTrue(html.contains("收到文件 <span>"), "the files behind the data");
        assertTrue(html.contains("2025-03-01"), "build date");
    }

    @Test
    void valuesFromDocumentsAreEscaped() throws IOException {
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped region");
        for (Path f : writtenFiles()) {
            if (!f.toString().endsWith(".html")) continue; // data scripts hold it as a JSON string
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertFalse(text.contains(SCRIPT), f + " has a raw script tag");
        }
    }

    @Test
    void nothingPointsOffSite() throws IOException {
        for (Path f : writtenFiles()) {
            String text = Files.readString(f, StandardCharsets.ISO_8859_1);
            Matcher m = URL.matcher(text);
            while (m.find()) {
                // the one exception: an SVG's namespace names, which are never fetched
                boolean namespace = f.toString().endsWith(".svg") && m.group().startsWith("http://www.w3.org/")
                        && XMLNS.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find();
                assertTrue(namespace, f + " points to " + m.group());
            }
        }
    }

    @Test
    void everyRelativeLinkResolves() {
        Matcher m = LINK.matcher(html);
        List<String> links = new ArrayList<>();
        while (m.find()) links.add(m.group(1));
        assertTrue(links.containsAll(List.of("assets/site.css", "assets/site.js", "charts/execution-rates.svg", "charts/execution-rates.png")),
                links.toString());
        for (String link : links) {
            if (link.startsWith("#")) { // a place on this page: its id is there
                assertTrue(html.contains("id=\"" + link.substring(1) + "\""), "no target on the page: " + link);
                continue;
            }
            assertFalse(link.startsWith("/") || link.contains(":"), "not relative: " + link);
            assertTrue(Files.isRegularFile(site.resolve(link.replaceAll("[?#].*$", ""))), "missing: " + link);
        }
    }

    @Test
    void stylesheetHasAPrintLayout() throws IOException {
        assertTrue(Files.readString(site.resolve("assets/site.css")).contains("@media print"));
    }

    @Test
    void svgIsXmlWithChineseText() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = f.newDocumentBuilder().parse(site.resolve("charts/execution-rates.svg").toFile());
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        List<String> chinese = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            String t = texts.item(i).getTextContent();
            if (HAN.matcher(t).find()) chinese.add(t);
        }
        assertTrue(chinese.contains("预算执行率分布"), chinese.toString());
        assertTrue(chinese.contains("2024年 " + SCRIPT), "region label kept as text: " + chinese);
    }

    @Test
    void pngIsAnImageOfTheChart() throws IOException {
        BufferedImage png = ImageIO.read(site.resolve("charts/execution-rates.png").toFile());
        assertNotNull(png);
        // the SVG's layout at twice the pixels each way, sharp on slides
        assertEquals(2, jixiao.site.build.ChartFiles.PNG_SCALE);
        assertEquals(2 * ExecutionRateChart.WIDTH, png.getWidth());
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("viewBox='0\\.0 0\\.0 ([\\d.]+) ([\\d.]+)'")
                .matcher(Files.readString(site.resolve("charts/execution-rates.svg")));
        assertTrue(box.find(), "the SVG has a viewBox");
        assertEquals(ExecutionRateChart.WIDTH, Double.parseDouble(box.group(1)));
        assertEquals(2 * Double.parseDouble(box.group(2)), png.getHeight());
    }

    @Test
    void rebuildingGivesTheSameBytes() throws IOException {
        Path again = dir.resolve("site-again");
        new SiteBuilder(TestSpark.get(), lake, again, MARCH_FIRST).build();
        for (String name : List.of("index.html", "charts/execution-rates.svg", "charts/execution-rates.png", "assets/site.css")) {
            assertArrayEquals(Files.readAllBytes(site.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
    }

    @Test
    void commandPrintsWhereTheSiteIs() {
        Path out = dir.resolve("site-command");
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new SiteCommand()).execute("--lake", lake.root(), "--out", out.toString());
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, exit);
        assertEquals(out.resolve("index.html").toAbsolutePath().normalize().toString(),
                printed.toString(StandardCharsets.UTF_8).trim());
    }

    @Test
    void withoutGoldTablesItAsksForTransform() {
        Lake empty = new Lake(dir.resolve("empty-lake").toString());
        MissingTableException e = assertThrows(MissingTableException.class,
                () -> new SiteBuilder(TestSpark.get(), empty, dir.resolve("no-site")).build());
        assertTrue(e.getMessage().contains("jixiao transform"), e.getMessage());
        assertEquals(1, new CommandLine(new SiteCommand()).execute("--lake", empty.root(), "--out", dir.resolve("no-site").toString()));
    }

    private static List<Path> writtenFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
