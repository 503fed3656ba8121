package jixiao.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import java.net.URI;
import java.net.URLEncoder;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import jixiao.site.SiteFixture;

/**
 * The built site in a real browser: a headless Chromium ({@link HeadlessChromium}) loads the overview
 * from disk and must report no uncaught exception, no {@code console.error} and no failed resource load;
 * screenshots show that Chinese text is drawn with real glyphs, not boxes (which is what a missing CJK font
 * gives). The screenshots, and what the helper reported for a deliberately broken page, are kept in
 * {@code site/target/browser/} to look at.
 *
 * <p>Needs Debian's {@code chromium} and {@code fonts-noto-cjk}, which {@code bin/setup} installs; another
 * browser binary can be named with {@code -Djixiao.chromium=PATH} or the environment variable {@code CHROMIUM}.
 * Without a browser these tests <em>fail</em>, so that a machine without one cannot pass them silently;
 * {@code -Djixiao.browser=skip} skips them on purpose.
 */
@DisabledIfSystemProperty(named = BrowserSmokeTest.SKIP, matches = "skip", disabledReason = "skipped by -Djixiao.browser=skip")
class BrowserSmokeTest {
    static final String SKIP = "jixiao.browser";
    private static final Clock MARCH_FIRST = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    /** A phone held upright (an iPhone 12–15 is 390 CSS px wide). */
    private static final int PHONE = 390;
    /** Distinct characters from the site's title, drawn each in its own box; a missing font draws them all alike. */
    private static final List<String> HAN = List.of("项", "目", "绩", "效", "评", "析");
    /** A private-use code point: no font draws it as a character, so it shows as a box or nothing. */
    private static final String PRIVATE_USE = "\uE000";
    private static final int TILE = 120;

    @TempDir
    static Path dir;

    static Path site;
    static Path screenshots;
    static HeadlessChromium chromium;

    @BeforeAll
    static void buildSiteAndStartBrowser() throws IOException {
        Path executable = HeadlessChromium.executable();
        if (!Files.isExecutable(executable)) {
            fail("no Chromium at " + executable + ": run bin/setup (it installs Debian's chromium), or name one with -D"
                    + HeadlessChromium.PROPERTY + "=PATH or " + HeadlessChromium.ENV + "=PATH; -D" + SKIP + "=skip skips these tests");
        }
        // seed forms and a copy with hostile names, built once per test JVM; or a site built elsewhere, to check it
        // the same way (-Djixiao.browser.site=data/site, a generated lake's site)
        String other = System.getProperty("jixiao.browser.site");
        site = other == null || other.isBlank() ? SiteFixture.get().site : Path.of(other).toAbsolutePath();

        screenshots = Path.of(System.getProperty("basedir", ".")).resolve("target/browser");
        Files.createDirectories(screenshots);
        chromium = HeadlessChromium.launch(executable);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) chromium.close();
    }

    @Test
    void overviewLoadsWithoutErrorsAndShowsItsTitle() throws IOException {
        HeadlessChromium.PageLoad page = chromium.load(site.resolve("index.html").toUri(), WIDTH, HEIGHT);
        BufferedImage shot = save(page, "overview.png");
        assertEquals(List.of(), page.errors(), "problems loading " + page.url());
        assertEquals(WIDTH, shot.getWidth());
        // the header holds the Chinese title 项目支出绩效自评分析: its strokes are dark pixels on white
        int dark = ink(shot, 0, 0, WIDTH, 80).cardinality();
        assertTrue(dark > 500, "the header of " + screenshots.resolve("overview.png") + " is blank: " + dark + " dark pixels");
    }

    /** Every kind of page, the scripted ones with their data, loads clean (the hostile names must stay text). */
    @Test
    void everyKindOfPageLoadsWithoutErrors() throws IOException {
        List<URI> pages = new ArrayList<>();
        for (String p : List.of("execution.html", "reasons.html", "quality.html", "regions.html", "departments.html",
                "method.html", "downloads.html")) {
            pages.add(site.resolve(p).toUri());
        }
        pages.add(URI.create(site.resolve("findings.html").toUri() + "#rule=BOILERPLATE_REASON"));
        pages.add(URI.create(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode("金口河区 审批", StandardCharsets.UTF_8)));
        pages.add(site.resolve("compare.html").toUri());
        for (String folder : List.of("forms", "regions", "departments", "briefings")) {
            try (var files = Files.list(site.resolve(folder))) {
                pages.add(files.filter(f -> f.toString().endsWith(".html")).sorted().findFirst().orElseThrow().toUri());
            }
        }
        for (URI uri : pages) {
            HeadlessChromium.PageLoad page = chromium.load(uri, WIDTH, HEIGHT);
            assertEquals(List.of(), page.errors(), "problems loading " + uri);
        }
        HeadlessChromium.PageLoad search = chromium.load(pages.get(8), WIDTH, HEIGHT);
        save(search, "search.png");
    }

    /** A form link (forms/<department>.html#<id>) draws that form from the page's data; an unknown id says so. */
    @Test
    void aFormLinkDrawsItsForm() throws IOException {
        Path page;
        try (var files = Files.list(site.resolve("forms"))) {
            page = files.filter(f -> f.toString().endsWith(".html")).sorted().findFirst().orElseThrow();
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\{\"id\":\"([^\"]+)\"").matcher(html);
        assertTrue(id.find(), page + " carries no form");
        // the project's name in the heading, and the same name marked as the current row of the page's list
        String probe = "document.querySelector('#form-view h1').textContent + '|' + document.querySelector('.form-list tr.current a').textContent";
        HeadlessChromium.PageLoad form = chromium.load(URI.create(page.toUri() + "#" + id.group(1)), WIDTH, HEIGHT, probe);
        save(form, "form.png");
        assertEquals(List.of(), form.errors(), "problems loading " + form.url());
        assertTrue(form.text().contains("绩效指标") && form.text().contains("年初预算数"), "the form is not drawn: " + form.text());
        String[] names = form.value().split("\\|", -1);
        assertTrue(!names[1].isBlank() && names[0].startsWith(names[1]), "heading and list disagree: " + form.value());
        HeadlessChromium.PageLoad narrow = chromium.load(URI.create(page.toUri() + "#" + id.group(1)), 390, HEIGHT);
        save(narrow, "form-390.png");
        assertEquals(List.of(), narrow.errors());
        HeadlessChromium.PageLoad unknown = chromium.load(URI.create(page.toUri() + "#no-such-form"), WIDTH, HEIGHT);
        assertEquals(List.of(), unknown.errors());
        assertTrue(unknown.text().contains("本页没有编号为 no-such-form 的自评表"), unknown.text());
    }

    /** compare.html with two regions in its hash draws both, side by side, in a year they share; without a hash it says what to do. */
    @Test
    void theComparePageDrawsTwoRegionsFromItsHash() throws IOException {
        // two regions with forms in one year, from the page's own data
        String script = Files.readString(site.resolve("assets/compare-data.js"), StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode regions = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(script.substring(script.indexOf('=') + 1, script.lastIndexOf(';'))).path("regions");
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        regions.fields().forEachRemaining(a -> regions.fields().forEachRemaining(b -> {
            if (!ids.isEmpty() || a.getKey().compareTo(b.getKey()) >= 0) return;
            a.getValue().path(2).fieldNames().forEachRemaining(y -> {
                if (ids.isEmpty() && b.getValue().path(2).has(y)) {
                    ids.addAll(List.of(a.getKey(), b.getKey()));
                    names.addAll(List.of(a.getValue().path(0).asText(), b.getValue().path(0).asText()));
                }
            });
        }));
        assertEquals(2, ids.size(), "the fixture has two regions with forms in one year");
        URI pair = URI.create(site.resolve("compare.html").toUri() + "#a=" + ids.get(0) + "&b=" + ids.get(1));
        String probe = "[document.querySelector('.compare-names') ? document.querySelector('.compare-names').textContent : '',"
                + " document.querySelectorAll('#compare-result table.compare tbody tr').length,"
                + " document.querySelector('#compare-result .year-bar strong') ? document.querySelector('#compare-result .year-bar strong').textContent : '',"
                + " document.getElementById('compare-help').hidden].join('|')";
        HeadlessChromium.PageLoad page = chromium.load(pair, WIDTH, HEIGHT, probe);
        save(page, "compare.png");
        assertEquals(List.of(), page.errors(), "problems loading " + pair);
        String[] seen = page.value().split("\\|", -1);
        assertTrue(seen[0].contains(names.get(0)) && seen[0].contains(names.get(1)), "the two names: " + page.value());
        assertTrue(seen[2].endsWith("年"), "the year compared: " + page.value());
        assertTrue(Integer.parseInt(seen[1]) >= 11, "the measures' rows: " + page.value());
        assertEquals("true", seen[3], "the instruction hides once a pair is shown: " + page.value());

        HeadlessChromium.PageLoad bare = chromium.load(site.resolve("compare.html").toUri(), WIDTH, HEIGHT,
                "document.getElementById('compare-help').hidden + '|' + document.getElementById('compare-result').children.length");
        assertEquals(List.of(), bare.errors());
        assertEquals("false|0", bare.value(), "with no hash: the instruction only");
    }

    /**
     * At a phone's 390 px every kind of page fits the screen (a wide table scrolls in its own box, the page does not),
     * and no table cell with text is squeezed below three characters' width (one character a line, as before).
     */
    @Test
    void everyKindOfPageFitsAPhone() throws IOException {
        List<URI> pages = new ArrayList<>();
        for (String p : List.of("index.html", "execution.html", "reasons.html", "quality.html", "regions.html", "departments.html",
                "findings.html", "method.html", "downloads.html", "search.html?q=" + URLEncoder.encode("教育", StandardCharsets.UTF_8))) {
            pages.add(URI.create(site.toUri() + p));
        }
        for (String folder : List.of("regions", "departments", "briefings")) {
            try (var files = Files.list(site.resolve(folder))) {
                pages.add(files.filter(f -> f.toString().endsWith(".html")).sorted().findFirst().orElseThrow().toUri());
            }
        }
        Path forms;
        try (var files = Files.list(site.resolve("forms"))) {
            forms = files.filter(f -> f.toString().endsWith(".html")).sorted().findFirst().orElseThrow();
        }
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\{\"id\":\"([^\"]+)\"").matcher(Files.readString(forms, StandardCharsets.UTF_8));
        assertTrue(id.find());
        pages.add(URI.create(forms.toUri() + "#" + id.group(1)));
        String probe = "[document.documentElement.scrollWidth, Math.round(Math.min.apply(null, [9999].concat(Array.prototype.map.call("
                + "document.querySelectorAll('table.data td, table.data th'), function (c) { return c.textContent.trim().length > 2"
                + " && c.getClientRects().length ? c.getBoundingClientRect().width : 9999; }))))].join('|')";
        List<String> problems = new ArrayList<>();
        for (URI uri : pages) {
            HeadlessChromium.PageLoad page = chromium.load(uri, PHONE, HEIGHT, probe);
            if (!page.errors().isEmpty()) problems.add(uri + ": " + page.errors());
            String[] seen = page.value().split("\\|");
            int width = Integer.parseInt(seen[0]);
            int narrowest = Integer.parseInt(seen[1]);
            if (width > PHONE) problems.add(uri + ": the page is " + width + " px wide");
            if (narrowest < 40) problems.add(uri + ": a table cell is " + narrowest + " px wide");
        }
        save(chromium.load(pages.get(pages.size() - 1), PHONE, HEIGHT), "form-phone.png");
        save(chromium.load(pages.get(6), PHONE, HEIGHT), "findings-phone.png");
        assertEquals(List.of(), problems);
    }

    @Test
    void reportsExceptionsConsoleErrorsAndMissingFiles() throws IOException {
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>坏页面</title>
                <script src="missing-script.js"></script></head>
                <body><p>坏页面</p><img src="missing-image.png" alt="">
                <script>console.error("deliberate console error"); undefinedFunction();</script>
                </body></html>
                """, StandardCharsets.UTF_8);
        HeadlessChromium.PageLoad page = chromium.load(broken.toUri(), WIDTH, HEIGHT);
        String errors = String.join("\n", page.errors());
        Files.writeString(screenshots.resolve("broken-page-problems.txt"), errors + "\n", StandardCharsets.UTF_8);
        for (String expected : List.of("missing-script.js", "missing-image.png", "deliberate console error", "undefinedFunction")) {
            assertTrue(errors.contains(expected), expected + " not reported; reported:\n" + errors);
        }
    }

    /** A probe page with the site's stylesheet: each character in its own box, screenshotted and compared tile by tile. */
    @Test
    void chineseCharactersAreDrawnAsDistinctGlyphsNotBoxes() throws IOException {
        Path probe = dir.resolve("probe");
        Files.createDirectories(probe.resolve("assets"));
        Files.copy(site.resolve("assets/site.css"), probe.resolve("assets/site.css"));
        List<String> chars = new ArrayList<>(HAN);
        chars.add(PRIVATE_USE);
        StringBuilder boxes = new StringBuilder();
        for (int i = 0; i < chars.size(); i++) {
            boxes.append("<span style=\"position:absolute; top:0; left:").append(i * TILE).append("px; width:").append(TILE)
                    .append("px; height:").append(TILE).append("px; font-size:").append(TILE * 3 / 4).append("px; line-height:")
                    .append(TILE).append("px; text-align:center; overflow:hidden\">").append(chars.get(i)).append("</span>\n");
        }
        Files.writeString(probe.resolve("probe.html"), """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>字形</title>
                <link rel="stylesheet" href="assets/site.css"></head>
                <body>
                %s</body></html>
                """.formatted(boxes), StandardCharsets.UTF_8);

        HeadlessChromium.PageLoad page = chromium.load(probe.resolve("probe.html").toUri(), TILE * chars.size(), TILE);
        BufferedImage shot = save(page, "chinese-glyphs.png");
        assertEquals(List.of(), page.errors());
        List<BitSet> tiles = new ArrayList<>();
        for (int i = 0; i < chars.size(); i++) tiles.add(ink(shot, i * TILE, 0, TILE, TILE));
        BitSet box = tiles.get(chars.size() - 1);
        String where = " (see " + screenshots.resolve("chinese-glyphs.png") + ")";
        for (int i = 0; i < HAN.size(); i++) {
            int strokes = tiles.get(i).cardinality();
            assertTrue(strokes > TILE * TILE / 50, HAN.get(i) + " drew almost nothing: " + strokes + " dark pixels" + where);
            assertTrue(differ(tiles.get(i), box), HAN.get(i) + " looks like the private-use box U+E000" + where);
            for (int j = 0; j < i; j++) {
                assertTrue(differ(tiles.get(i), tiles.get(j)), HAN.get(i) + " and " + HAN.get(j) + " look the same: boxes?" + where);
            }
        }
    }

    /** Two tiles differ when at least a fifth of the larger one's dark pixels are not in the same places. */
    private static boolean differ(BitSet a, BitSet b) {
        BitSet x = (BitSet) a.clone();
        x.xor(b);
        return x.cardinality() * 5 >= Math.max(a.cardinality(), b.cardinality()) && x.cardinality() > 0;
    }

    /** The dark pixels (luminance below half) of a region, row by row. */
    private static BitSet ink(BufferedImage img, int x0, int y0, int w, int h) {
        BitSet dark = new BitSet(w * h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x0 + x, y0 + y);
                int lum = (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
                if (lum < 128) dark.set(y * w + x);
            }
        }
        return dark;
    }

    private static BufferedImage save(HeadlessChromium.PageLoad page, String name) throws IOException {
        Files.write(screenshots.resolve(name), page.screenshot());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(page.screenshot()));
        if (img == null) fail("the screenshot of " + page.url() + " is not a PNG");
        return img;
    }
}
