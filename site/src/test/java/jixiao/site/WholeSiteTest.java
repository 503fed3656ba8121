package jixiao.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jixiao.site.build.SiteWriter;
import jixiao.site.download.Column;
import jixiao.site.download.ColumnNames;
import jixiao.site.download.DownloadTable;
import jixiao.site.download.DownloadedTables;
import jixiao.site.load.GoldTable;
import jixiao.site.load.LakeSnapshot;
import jixiao.site.model.Links;
import jixiao.testing.TestSpark;
import jixiao.transform.GoldTables;

/** The whole site built from real seed forms (and a hostile copy), checked file by file as a browser would follow it. */
class WholeSiteTest {
    private static final Pattern LINK = Pattern.compile("\\b(?:href|src|action)=\"([^\"]*)\"");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp):|(?:href|src)=\"//|url\\(\\s*['\"]?//");

    static SiteFixture fixture;
    static List<Path> pages;
    /** The fixture's lake as read once: the tests build variants of it in memory. */
    static LakeSnapshot snapshot;

    @BeforeAll
    static void build() throws IOException {
        fixture = SiteFixture.get();
        snapshot = LakeSnapshot.read(TestSpark.get(), fixture.lake);
        pages = files(fixture.site).stream().filter(p -> p.toString().endsWith(".html")).toList();
    }

    @Test
    void everySectionOfTheSiteIsThere() {
        for (String page : List.of(Links.INDEX, Links.EXECUTION, Links.REASONS, Links.QUALITY, Links.REGIONS, Links.METHOD,
                Links.DOWNLOADS)) {
            assertTrue(Files.isRegularFile(fixture.site.resolve(page)), page);
        }
        assertTrue(Files.isRegularFile(fixture.site.resolve("downloads/rule_rates.csv")));
        assertTrue(Files.isRegularFile(fixture.site.resolve("downloads/jixiao-csv.zip")));
        assertTrue(Files.isRegularFile(fixture.site.resolve("downloads/jixiao-gold-tables.xlsx")));
    }

    /** The tables the downloads hold: the per-form 自评表 and every gold table. */
    static List<GoldTable> downloaded() {
        List<GoldTable> out = DownloadedTables.of(snapshot);
        assertEquals(snapshot.gold().size() + 1, out.size());
        return out;
    }

    /** Fails when transform adds a column the downloads' vocabulary does not name in Chinese. */
    @Test
    void everyDownloadedColumnHasAChineseHeader() {
        ColumnNames names = ColumnNames.get();
        List<String> missing = new ArrayList<>();
        for (GoldTable t : downloaded()) {
            for (String c : t.columns()) if (!names.knows(t.name(), c)) missing.add(t.name() + " " + c);
            List<String> headers = DownloadTable.of(t).columns().stream().map(Column::header).toList();
            assertEquals(headers.size(), new java.util.HashSet<>(headers).size(), t.name() + ": two columns with one header " + headers);
            for (String h : headers) assertTrue(h.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    t.name() + ": header " + h + " is not Chinese");
        }
        assertEquals(List.of(), missing, "columns without a Chinese header in columns.tsv");
    }

    @Test
    void theWorkbookHoldsEveryTableInChineseAndTheCsvFilesOpenInExcel() throws IOException {
        try (var in = Files.newInputStream(fixture.site.resolve("downloads/jixiao-gold-tables.xlsx"));
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            for (GoldTable t : downloaded()) {
                DownloadTable shown = DownloadTable.of(t);
                var sheet = book.getSheet(shown.title());
                org.junit.jupiter.api.Assertions.assertNotNull(sheet, "no sheet " + shown.title() + " for " + t.name());
                assertEquals(t.rows().size(), sheet.getLastRowNum(), t.name() + ": data rows under the header");
                for (int c = 0; c < shown.columns().size(); c++) {
                    assertEquals(shown.columns().get(c).header(), sheet.getRow(0).getCell(c).getStringCellValue(), t.name());
                }
            }
            var forms = book.getSheet("自评表");
            int rate = -1;
            for (var cell : forms.getRow(0)) if (cell.getStringCellValue().equals("预算执行率（计算）")) rate = cell.getColumnIndex();
            assertTrue(rate >= 0, "the per-form sheet has the computed execution rate");
            int formatted = 0;
            for (int r = 1; r <= forms.getLastRowNum(); r++) {
                var cell = forms.getRow(r).getCell(rate);
                if (cell == null) continue;
                assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, cell.getCellType());
                assertEquals("0.0%", cell.getCellStyle().getDataFormatString());
                formatted++;
            }
            assertTrue(formatted > 10, "rates checked: " + formatted);
        }
        for (GoldTable t : snapshot.gold()) {
            if (!ColumnNames.get().ownCsv(t.name())) continue;
            byte[] csv = Files.readAllBytes(fixture.site.resolve("downloads/" + t.shortName() + ".csv"));
            assertTrue(csv.length >= 3 && (csv[0] & 0xff) == 0xEF && (csv[1] & 0xff) == 0xBB && (csv[2] & 0xff) == 0xBF,
                    t.name() + ": UTF-8 BOM, so Excel reads the Chinese");
        }
        try (var zip = new java.util.zip.ZipFile(fixture.site.resolve("downloads/jixiao-csv.zip").toFile())) {
            for (GoldTable t : downloaded()) {
                var entry = zip.getEntry(t.shortName() + ".csv");
                org.junit.jupiter.api.Assertions.assertNotNull(entry, t.name() + " in the zip");
                try (var in = zip.getInputStream(entry)) {
                    String head = new String(in.readNBytes(200), StandardCharsets.UTF_8);
                    assertTrue(head.startsWith("\uFEFF" + DownloadTable.of(t).columns().get(0).header()), t.name() + ": " + head);
                }
            }
        }
    }

    /** Every chart offers its PNG (for slides) and its SVG for download beside it, and the SVG names CJK fonts. */
    @Test
    void everyChartOffersPngAndSvg() throws IOException {
        Pattern figure = Pattern.compile("<figure>\\s*<img src=\"([^\"]+)\\.svg\"(.*?)</figure>", Pattern.DOTALL);
        int charts = 0;
        for (Path page : pages) {
            Matcher m = figure.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                String chart = m.group(1), caption = m.group(2);
                assertTrue(caption.contains("<a href=\"" + chart + ".png\" download>PNG</a>"), page + ": " + caption);
                assertTrue(caption.contains("<a href=\"" + chart + ".svg\" download>SVG</a>"), page + ": " + caption);
                String svg = Files.readString(page.getParent().resolve(chart + ".svg").normalize(), StandardCharsets.UTF_8);
                assertTrue(svg.contains("font-family: Noto Sans CJK SC") && svg.contains("WenQuanYi Zen Hei"), chart + ".svg fonts");
                charts++;
            }
        }
        assertTrue(charts >= 5, "charts checked: " + charts);
    }

    @Test
    void everyInternalLinkResolves() throws IOException {
        int checked = 0;
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                String link = m.group(1);
                if (link.startsWith("#") || link.isEmpty()) continue;
                String file = link.replaceAll("[?#].*$", "");
                assertFalse(file.startsWith("/") || file.contains(":"), page + ": not relative: " + link);
                assertTrue(Files.isRegularFile(page.getParent().resolve(file).normalize()), fixture.site.relativize(page) + ": broken link " + link);
                checked++;
            }
        }
        assertTrue(checked > 100, "links checked: " + checked);
    }

    @Test
    void nothingPointsOffSite() throws IOException {
        for (Path f : files(fixture.site)) {
            String name = f.toString();
            if (!(name.endsWith(".html") || name.endsWith(".css") || name.endsWith(".js") || name.endsWith(".svg"))) continue;
            String raw = Files.readString(f, StandardCharsets.UTF_8);
            // an SVG's namespace names are never fetched
            String text = name.endsWith(".svg") ? raw.replaceAll("xmlns(:\\w+)?=['\"]http://www\\.w3\\.org/[^'\"]*['\"]", "") : raw;
            Matcher m = URL.matcher(text);
            assertFalse(m.find(), () -> f + " points off site: …" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)));
        }
    }

    @Test
    void hostileNamesAreShownAsText() throws IOException {
        boolean shown = false;
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertFalse(html.contains(SiteFixture.SCRIPT), page + " has the raw script");
            assertFalse(html.contains("<img src=x"), page + " has the raw attribute breaker");
            shown |= html.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
        assertTrue(shown, "the hostile project name appears, escaped, somewhere");
    }

    /** A rule's message template shows its {placeholders} as "…" wherever it is printed in general. */
    @Test
    void noPageShowsARawPlaceholder() throws IOException {
        Pattern placeholder = Pattern.compile("\\{[a-z_]+\\}");
        for (Path page : pages) {
            Matcher m = placeholder.matcher(Files.readString(page, StandardCharsets.UTF_8));
            assertFalse(m.find(), () -> page + " shows " + m.group());
        }
    }

    /**
     * One term a concept: no page, script, chart or download (the workbook's and the zip's entries too) says a word
     * the glossary replaces (复算 for 复核, 发现率 for 检出率, …). The fixture's documents use none of them.
     */
    @Test
    void nothingBuiltSaysAWordTheGlossaryReplaces() throws IOException {
        List<String> avoided = jixiao.site.page.Glossary.terms().stream().flatMap(t -> t.avoid().stream()).toList();
        assertTrue(avoided.contains("复算") && avoided.size() > 10, "the glossary is read: " + avoided);
        int scanned = 0;
        for (Path f : files(fixture.site)) {
            String name = f.getFileName().toString();
            List<String> texts = new ArrayList<>();
            if (name.matches(".*\\.(html|js|svg|csv)")) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            } else if (name.endsWith(".xlsx") || name.endsWith(".zip")) {
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(f.toFile())) { // POI's entries: read by the directory
                    for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                        if (e.getName().endsWith(".xml") || e.getName().endsWith(".csv")) {
                            texts.add(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            for (String text : texts) {
                scanned++;
                for (String word : avoided) assertFalse(text.contains(word), () -> f + " says " + word);
            }
        }
        assertTrue(scanned > pages.size(), "pages, charts and downloads scanned: " + scanned);
        String method = Files.readString(fixture.site.resolve(Links.METHOD), StandardCharsets.UTF_8);
        assertTrue(method.contains("<dt>复核</dt>") && method.contains("<dt>检出率</dt>"), "方法说明 lists the terms");
    }

    /** The search box's example names a place and a department that are in the data, so it finds something. */
    @Test
    void theSearchExampleIsInTheData() throws IOException {
        String html = Files.readString(fixture.site.resolve(Links.SEARCH), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("id=\"search-q\" name=\"q\" placeholder=\"例如：([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "an example in the search box");
        String example = m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                .replace("&amp;", "&");
        boolean found = new jixiao.site.model.SiteModel(snapshot).formsByDepartment().keySet().stream()
                .anyMatch(d -> example.equals((d.place().county() != null ? d.place().county() : d.place().city()) + " " + d.name()));
        assertTrue(found, "「" + example + "」 is not a department of the data with its place");
    }

    /** A keyboard user skips the navigation in one step on every page. */
    @Test
    void everyPageHasASkipLinkToItsMainContent() throws IOException {
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertTrue(html.contains("<a class=\"skip-link\" href=\"#main\">跳到正文</a>") && html.contains("<main id=\"main\""),
                    page + " lacks the skip link or its target");
        }
    }

    @Test
    void everyPageIsStampedWithTheLakeVersion() throws IOException {
        for (Path page : pages) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertTrue(html.contains("数据截至") && html.contains("数据版本") && html.contains("2025-03-01"), page + " lacks the stamp");
        }
    }

    @Test
    void anUnchangedLakeRedrawsNothing() throws IOException {
        Path copy = copy(fixture.site, fixture.dir.resolve("site-unchanged"));
        SiteBuilder again = new SiteBuilder(TestSpark.get(), fixture.lake, copy, SiteFixture.MARCH_FIRST);
        again.build();
        SiteWriter.Counts counts = again.lastCounts();
        assertEquals(List.of(), counts.drawn());
        assertEquals(0, counts.removed());
    }

    @Test
    void aChangedFormRedrawsItsOwnPagesAndTheSummariesOnly() throws IOException {
        Path copy = copy(fixture.site, fixture.dir.resolve("site-one-change"));
        GoldTable forms = snapshot.table(GoldTables.FORMS_NORMALISED);
        int name = forms.columns().indexOf("project_name");
        int id = forms.columns().indexOf("form_id");
        List<List<Object>> rows = new ArrayList<>();
        String changedId = null;
        for (List<Object> r : forms.rows()) {
            List<Object> row = new ArrayList<>(r);
            if (changedId == null && String.valueOf(row.get(id)).endsWith("-0")) {
                changedId = String.valueOf(row.get(id));
                row.set(name, row.get(name) + "（更正）");
            }
            rows.add(row);
        }
        Map<String, GoldTable> tables = new LinkedHashMap<>();
        for (GoldTable t : snapshot.all()) tables.put(t.name(), t);
        tables.put(forms.name(), new GoldTable(forms.name(), forms.version(), forms.committed(), forms.columns(), rows));

        SiteBuilder again = new SiteBuilder(TestSpark.get(), fixture.lake, copy, SiteFixture.MARCH_FIRST);
        again.build(new LakeSnapshot(tables));
        List<String> drawn = again.lastCounts().drawn();
        String changedPage = formsPageOf(snapshot, changedId);
        assertTrue(drawn.contains(changedPage), drawn.toString());
        long otherForms = drawn.stream().filter(p -> p.startsWith("forms/") && !p.equals(changedPage)).count();
        assertEquals(0, otherForms, "other departments' form pages redrawn: " + drawn);
        long pages = files(copy).stream().filter(p -> p.toString().endsWith(".html")).count();
        assertTrue(drawn.size() < pages / 2, drawn.size() + " files drawn of " + pages + " pages");
    }

    /** A department whose forms are all gone loses its forms page; a form gone from a department leaves its data. */
    @Test
    void formsGoneFromTheLakeLeaveTheirPages() throws IOException {
        Path copy = copy(fixture.site, fixture.dir.resolve("site-one-gone"));
        GoldTable forms = snapshot.table(GoldTables.FORMS_NORMALISED);
        int id = forms.columns().indexOf("form_id");
        String first = String.valueOf(forms.rows().get(0).get(id));
        String page = formsPageOf(snapshot, first);
        List<List<Object>> kept = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (List<Object> r : forms.rows()) {
            String fid = String.valueOf(r.get(id));
            if (formsPageOf(snapshot, fid).equals(page)) gone.add(fid);
            else kept.add(r);
        }
        Map<String, GoldTable> tables = new LinkedHashMap<>();
        for (GoldTable t : snapshot.all()) tables.put(t.name(), t);
        tables.put(forms.name(), new GoldTable(forms.name(), forms.version(), forms.committed(), forms.columns(), kept));
        assertTrue(Files.isRegularFile(copy.resolve(page)));
        String other = String.valueOf(kept.get(0).get(id));
        String otherPage = formsPageOf(snapshot, other);
        assertTrue(Files.readString(copy.resolve(otherPage), StandardCharsets.UTF_8).contains("\"id\":\"" + other + "\""));

        SiteBuilder again = new SiteBuilder(TestSpark.get(), fixture.lake, copy, SiteFixture.MARCH_FIRST);
        again.build(new LakeSnapshot(tables));
        assertFalse(Files.exists(copy.resolve(page)), "stale page removed: " + gone);
        assertTrue(again.lastCounts().removed() >= 1);
        assertTrue(Files.isRegularFile(copy.resolve(otherPage)));
    }

    /** The forms page (forms/<department>.html) that shows a form, as the site model links it. */
    static String formsPageOf(LakeSnapshot lake, String formId) {
        Object url = new jixiao.site.model.SiteModel(lake).form(formId).get("url");
        return String.valueOf(url).replaceAll("#.*$", "");
    }

    @Test
    void anEmptyLakeGivesASiteThatSaysSo() throws IOException {
        Map<String, GoldTable> empty = new LinkedHashMap<>();
        for (GoldTable t : snapshot.all()) empty.put(t.name(), new GoldTable(t.name(), t.version(), t.committed(), t.columns(), List.of()));
        Path out = fixture.dir.resolve("site-empty");
        new SiteBuilder(TestSpark.get(), fixture.lake, out, SiteFixture.MARCH_FIRST).build(new LakeSnapshot(empty));
        assertTrue(Files.readString(out.resolve(Links.INDEX), StandardCharsets.UTF_8).contains("数据湖中尚无自评表数据"));
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static Path copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> walk = Files.walk(to)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }
}
