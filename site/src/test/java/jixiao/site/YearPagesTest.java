package jixiao.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.site.load.GoldTable;
import jixiao.site.load.LakeSnapshot;
import jixiao.site.model.Links;
import jixiao.site.model.Place;
import jixiao.site.page.CompareData;
import jixiao.testing.TestSpark;
import jixiao.transform.GoldTables;

/** The year pages, the coverage table and the compare page's data, on the whole fixture site. */
class YearPagesTest {
    /** The aggregate pages that come once per fiscal year. */
    private static final List<String> YEAR_PAGES = List.of(Links.INDEX, Links.EXECUTION, Links.REASONS, Links.QUALITY, Links.REGIONS);
    private static final Pattern DATA_YEAR = Pattern.compile("data-year=\"([^\"]*)\"");

    static Path site;
    static LakeSnapshot snapshot;
    static List<Map<String, Object>> forms;
    static List<Integer> years;

    @BeforeAll
    static void build() {
        SiteFixture fixture = SiteFixture.get();
        site = fixture.site;
        snapshot = LakeSnapshot.read(TestSpark.get(), fixture.lake);
        forms = snapshot.table(GoldTables.FORMS_NORMALISED).records();
        years = forms.stream().map(f -> (Integer) f.get("fiscal_year")).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String page(String base, Integer year) {
        boolean latest = year.equals(years.get(years.size() - 1));
        return latest ? base : base.replace(".html", "-" + year + ".html");
    }

    private static String read(String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void theFixtureHasSeveralYears() {
        assertTrue(years.size() >= 2, "years: " + years);
    }

    /** Every row that carries its own year on a year's page is of that year, and each page links every year. */
    @Test
    void aYearsPageShowsNoOtherYearsFigures() throws IOException {
        for (Integer year : years) {
            int rows = 0;
            for (String base : YEAR_PAGES) {
                String path = page(base, year);
                String html = read(path);
                Matcher m = DATA_YEAR.matcher(html);
                while (m.find()) {
                    assertEquals(String.valueOf(year), m.group(1), path + " shows a row of another year");
                    rows++;
                }
                for (Integer other : years) {
                    assertTrue(html.contains("href=\"" + page(base, other) + "\"") || other.equals(year),
                            path + " does not link " + other + "'s page");
                }
                assertTrue(html.contains("aria-current=\"page\">" + year + "年"), path + " does not mark its year");
            }
            assertTrue(rows > 0, year + ": no row carries its year on any page");
        }
    }

    /** The overview's headline count is the year's forms, not all forms. */
    @Test
    void theOverviewCountsTheYearsFormsOnly() throws IOException {
        Pattern count = Pattern.compile("<dt>自评表</dt><dd>([\\d,]+)</dd>");
        for (Integer year : years) {
            Matcher m = count.matcher(read(page(Links.INDEX, year)));
            assertTrue(m.find(), "no form count on " + page(Links.INDEX, year));
            long expected = forms.stream().filter(f -> year.equals(f.get("fiscal_year"))).count();
            assertEquals(expected, Long.parseLong(m.group(1).replace(",", "")), year + "年");
            assertTrue(expected < forms.size(), "a year that holds every form tests nothing");
        }
    }

    /** 数据覆盖: the file columns add up, over the years and 未知年度, to what the footer stamp says was received. */
    @Test
    void theCoverageTableAddsUpToTheStamp() throws IOException {
        String html = read(Links.INDEX);
        Map<String, Long> stamp = new HashMap<>();
        Matcher s = Pattern.compile("收到文件 <span>(\\d+)</span> 个：完整读取 <span>(\\d+)</span>，部分读取\\s*<span>(\\d+)</span>，未能读取 <span>(\\d+)</span>")
                .matcher(html);
        assertTrue(s.find(), "no stamp on the overview");
        stamp.put("files", Long.parseLong(s.group(1)));
        stamp.put("read", Long.parseLong(s.group(2)));
        stamp.put("partial", Long.parseLong(s.group(3)));
        stamp.put("rejected", Long.parseLong(s.group(4)));
        assertTrue(stamp.get("rejected") >= 1, "the fixture's notice is rejected");

        Matcher row = Pattern.compile("<tr data-coverage=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        Pattern cell = Pattern.compile("data-col=\"(\\w+)\">(\\d+)<");
        Map<String, Long> sums = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        TreeSet<String> keys = new TreeSet<>();
        while (row.find()) {
            keys.add(row.group(1));
            Matcher c = cell.matcher(row.group(2));
            while (c.find()) {
                if (row.group(1).equals("total")) total.put(c.group(1), Long.parseLong(c.group(2)));
                else sums.merge(c.group(1), Long.parseLong(c.group(2)), Long::sum);
            }
        }
        assertTrue(keys.contains("unknown"), "the rejected file's 未知年度 row: " + keys);
        for (Integer y : years) assertTrue(keys.contains(String.valueOf(y)), y + " has no coverage row: " + keys);
        for (String column : List.of("files", "read", "partial", "rejected")) {
            assertEquals(stamp.get(column), sums.get(column), column + ": the years' rows against the stamp");
            assertEquals(stamp.get(column), total.get(column), column + ": the total line against the stamp");
        }
        // and the gold table's forms per year are the forms of the year
        for (Map<String, Object> r : snapshot.table(GoldTables.INTAKE_BY_YEAR).records()) {
            Object y = r.get("fiscal_year");
            long expected = forms.stream().filter(f -> Objects.equals(y, f.get("fiscal_year"))).count();
            assertEquals(expected, ((Number) r.get("forms")).longValue(), "forms of " + y);
        }
    }

    /** Every region with forms, in every year it has them, with every measure; findings by rule add up to its findings. */
    @Test
    void theCompareDataHoldsEveryRegionYearAndMeasure() throws IOException {
        String script = read(CompareData.PATH);
        String prefix = "window." + CompareData.GLOBAL + " = ";
        assertTrue(script.startsWith(prefix), script.substring(0, Math.min(60, script.length())));
        JsonNode data = new ObjectMapper().readTree(script.substring(prefix.length(), script.lastIndexOf(';')));
        List<String> fields = new ArrayList<>();
        data.path("fields").forEach(f -> fields.add(f.asText()));
        for (String measure : List.of("forms", "departments", "rated", "mean_rate", "money_rate", "below90", "mean_self",
                "mean_recomputed", "mean_gap", "mean_quality", "findings", "errors", "rules", "reasons")) {
            assertTrue(fields.contains(measure), "no " + measure + " in " + fields);
        }
        JsonNode regions = data.path("regions");
        Map<String, Map<String, Long>> expectedForms = new HashMap<>();
        for (Map<String, Object> f : forms) {
            expectedForms.computeIfAbsent(Place.of(f).id(), k -> new HashMap<>())
                    .merge(f.get("fiscal_year") == null ? "unknown" : f.get("fiscal_year").toString(), 1L, Long::sum);
        }
        Map<String, Long> findings = new HashMap<>();
        GoldTable gold = snapshot.table(GoldTables.FINDINGS);
        for (Map<String, Object> f : gold.records()) {
            findings.merge(Place.of(f).id() + "|" + (f.get("fiscal_year") == null ? "unknown" : f.get("fiscal_year")), 1L, Long::sum);
        }
        assertEquals(expectedForms.keySet(), iterable(regions.fieldNames()), "regions");
        expectedForms.forEach((region, byYear) -> byYear.forEach((year, n) -> {
            JsonNode v = regions.path(region).path(2).path(year);
            assertFalse(v.isMissingNode(), region + " " + year + " missing");
            assertEquals(fields.size(), v.size(), region + " " + year + ": one value per field");
            assertEquals(n.longValue(), v.get(fields.indexOf("forms")).asLong(), region + " " + year + " forms");
            long byRule = 0;
            for (JsonNode k : v.get(fields.indexOf("rules"))) byRule += k.asLong();
            long all = findings.getOrDefault(region + "|" + year, 0L);
            assertEquals(all, byRule, region + " " + year + ": findings by rule against gold/findings");
            assertEquals(all, v.get(fields.indexOf("findings")).asLong(), region + " " + year + " findings");
        }));
        assertNotNull(data.path("rules").get(0), "the fixture's forms have findings");
    }

    private static java.util.Set<String> iterable(java.util.Iterator<String> it) {
        java.util.Set<String> out = new TreeSet<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
