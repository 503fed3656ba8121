package jixiao.site.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.site.build.FormView;
import jixiao.site.model.Department;
import jixiao.site.model.Links;
import jixiao.site.model.Place;
import jixiao.site.model.SiteModel;

/** The form, region, department and briefing pages, drawn from a lake built by hand (no Spark). */
class EntityPagesTest {
    private static final Pattern LINK = Pattern.compile("\\b(?:href|src)=\"([^\"]*)\"");
    /** Pages other page sets write, which the navigation and the crumbs link to. */
    private static final Set<String> OTHER_PAGES = Set.of(Links.INDEX, Links.EXECUTION, Links.REASONS, Links.QUALITY,
            Links.REGIONS, Links.FINDINGS, Links.METHOD, Links.DOWNLOADS, Links.SEARCH, Links.COMPARE);

    @TempDir
    static Path site;
    static SiteModel model;

    @BeforeAll
    static void build() {
        model = EntitySite.standard().writeTo(site);
    }

    private static String page(String path) {
        Path f = site.resolve(path);
        assertTrue(Files.isRegularFile(f), "missing " + path);
        return EntitySite.read(f);
    }

    private static Place place(String county) {
        return model.formsByPlace().keySet().stream().filter(p -> county.equals(p.county())).findFirst().orElseThrow();
    }

    private static Department department(String name) {
        return model.formsByDepartment().keySet().stream().filter(d -> name.equals(d.name())).findFirst().orElseThrow();
    }

    /** The link to a form: its department's forms page, opened at the form. */
    private static String formLink(String id) {
        return (String) model.form(id).get("url");
    }

    /** The form as its page draws it (form.js run on the page's data). */
    private static String drawn(String id) {
        try {
            String html = FormView.html(site, formLink(id));
            assertNotNull(html, "the page of " + formLink(id) + " has no form " + id);
            return html;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The list of forms a forms page draws. */
    private static String listed(String link) {
        try {
            return FormView.list(site, link);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pageOf(String link) {
        return page(link.replaceAll("#.*$", ""));
    }

    @Test
    void formPageShowsEachFindingOnItsIndicatorsRow() {
        String html = drawn("f-2024");
        int first = html.indexOf("受助学生人数");
        int second = html.indexOf("资助发放及时率</td>");
        int third = html.indexOf("社会效益");
        assertTrue(first > 0 && first < second && second < third, "indicators in order");
        String secondRow = html.substring(second, third);
        assertTrue(secondRow.contains("未达成却得满分"), "the finding sits under its indicator: " + secondRow);
        assertTrue(secondRow.contains("severity ERROR"), "with its severity badge");
        assertTrue(secondRow.contains("class=\"outcome MISSED\""), secondRow);
        assertFalse(html.substring(first, second).contains("severity"), "no finding on the first row");
        assertTrue(html.substring(third).contains("模糊表述"), "the third row's finding");
        assertFalse(html.substring(third).contains("未达成却得满分"));
        // the execution-line finding has no indicator: listed above the indicator table
        int formLevel = html.indexOf("低于90%且未说明原因");
        assertTrue(formLevel > 0 && formLevel < first, "form-level finding above the table");
        for (String s : List.of("80.5", "62.0%", "自评高于复核 17.5 分", "70.0", "f-2024.xlsx")) {
            assertTrue(html.contains(s), s);
        }
        String page = pageOf(formLink("f-2024"));
        for (String s : List.of("西湖区教育局", "浙江省 杭州市 西湖区")) assertTrue(page.contains(s), s);
        String list = listed(formLink("f-2024"));
        assertTrue(list.contains("href=\"#f-2024\"") && list.contains("href=\"#f-2023\""), list);
    }

    @Test
    void formPageFollowsTheProjectAcrossYears() {
        String html = drawn("f-2024");
        String history = html.substring(html.indexOf("历年情况"));
        assertTrue(history.contains("href=\"#f-2023\">2023年</a>"), history);
        assertTrue(history.contains("2024年（本表）"), "the form itself, not linked");
        assertTrue(history.contains("照搬上年指标"));
        assertTrue(history.contains("<span>2022年</span>"), "a year whose form is gone is not linked");
        assertFalse(history.contains("f-gone"));
    }

    @Test
    void hostileNamesAreEscapedOnEveryEntityPage() throws IOException {
        Department hostile = department(EntitySite.IMG);
        Place ningbo = place(EntitySite.IMG);
        List<String> pages = List.of(Links.formsOf(hostile), pageOfLink(formLink("f-y")), Links.region(place("西湖区")), Links.region(ningbo),
                Links.department(hostile), Links.DEPARTMENTS, Links.regionBriefing(ningbo), Links.departmentBriefing(hostile),
                Links.regionBriefing(place("西湖区")));
        for (String p : pages) {
            String html = page(p);
            assertTrue(html.contains("&lt;"), p + " shows the hostile text");
            assertFalse(html.contains(EntitySite.SCRIPT), p + " has a raw script");
            assertFalse(html.contains("<img src=x"), p + " has a raw img");
        }
        assertTrue(drawn("f-x").contains("&lt;script&gt;alert(1)&lt;/script&gt;"), drawn("f-x"));
        assertFalse(drawn("f-x").contains("<script>") || drawn("f-y").contains("<img src=x"));
        assertFalse(pageOf(formLink("f-x")).contains("</script>\")"), "no data string ends the script");
        assertTrue(page(Links.department(hostile)).contains("<h1>&lt;img src=x onerror=alert(2)&gt;</h1>"));
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".html")).toList()) {
                String html = EntitySite.read(f);
                assertFalse(html.contains("<script>alert") || html.contains("<img src=x"), f.toString());
            }
        }
    }

    @Test
    void everyLinkOnTheEntityPagesResolves() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        // forms pages are one a department, like the department pages
        assertTrue(pages.size() >= 3 + 2 + 3 + 5 + 1, "forms, regions, departments, briefings, list: " + pages.size());
        List<String> checked = new ArrayList<>();
        for (Path p : pages) {
            String html = EntitySite.read(p);
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String link = m.group(1);
                if (link.startsWith("#")) { // a place on this page (the skip link), or a form in the page's data
                    assertTrue(html.contains("id=\"" + link.substring(1) + "\"") || html.contains("{\"id\":\"" + link.substring(1) + "\""),
                            p + ": no target for " + link);
                    continue;
                }
                assertFalse(link.startsWith("/") || link.contains(":") || link.isEmpty(), p + ": not relative: " + link);
                Path target = p.getParent().resolve(link.replaceAll("[?#].*$", "")).normalize();
                String fromRoot = site.relativize(target).toString().replace('\\', '/');
                if (fromRoot.startsWith("assets/")) {
                    assertNotNull(getClass().getResource("/jixiao/site/" + fromRoot), p + ": no asset " + link);
                } else if (!OTHER_PAGES.contains(fromRoot)) {
                    assertTrue(Files.isRegularFile(target), p + ": missing " + link);
                }
                checked.add(fromRoot);
            }
        }
        assertTrue(checked.contains(pageOfLink(formLink("f-2023"))), "form pages are linked");
        assertTrue(checked.contains(Links.regionBriefing(place("西湖区"))), "briefings are linked");
        assertTrue(checked.stream().anyMatch(l -> l.startsWith("charts/regions/") && l.endsWith(".svg")), "region chart (two years)");
    }

    private static String pageOfLink(String link) {
        return link.replaceAll("#.*$", "");
    }

    @Test
    void regionBriefingHasTheStampInItsHeader() throws IOException {
        String html = page(Links.regionBriefing(place("西湖区")));
        String head = html.substring(html.indexOf("class=\"briefing-head\""), html.indexOf("</header>", html.indexOf("briefing-head")));
        assertTrue(head.contains("数据截至 <time>2025-02-28</time>"), head);
        assertTrue(head.contains("数据版本\n<span>" + EntitySite.STAMP_VERSION + "</span>"), head);
        assertTrue(head.contains("收到文件 <span>40</span> 个（未能读取\n<span>2</span>）"), head);
        assertTrue(head.contains(EntitySite.STAMP_DATE), head);
        String css = new String(getClass().getResourceAsStream("/jixiao/site/assets/site.css").readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(css.contains("@page { size: A4; margin: 15mm; }"), "briefings print on A4");
        assertTrue(html.contains("class=\"print-hint\""), "the print hint on screen");
    }

    /** The meeting's one page over every region: every region's forms of the latest year, its forms to look at first. */
    @Test
    void overallBriefingCoversEveryRegion() {
        String html = page(Links.OVERALL_BRIEFING);
        assertTrue(html.contains("总体绩效自评评审简报") && html.contains("全部地区"), "titled as the overall briefing");
        assertTrue(html.contains(model.formsByPlace().size() + " 个地区 · " + model.formsByDepartment().size() + " 个部门"), "says what it covers");
        assertTrue(html.contains("href=\"../index.html\">返回总览</a>"));
        // 宁波's form (a 2024 form with an error) is among the forms to look at, beside 西湖区's
        assertTrue(html.contains("href=\"../" + formLink("f-y") + "\""), "another region's form to look at");
        assertTrue(html.contains("数据截至"), "the stamp");
    }

    @Test
    void briefingComparesTheLatestYearAndPointsAtTheFormsToLookAt() {
        String html = page(Links.regionBriefing(place("西湖区")));
        assertTrue(html.contains("2024年与2023年") && (html.contains("同口径对比") || html.contains("两年部门相同")),
                "latest vs previous year, like for like over the departments of both years");
        String look = html.substring(html.indexOf("建议重点查看"));
        // 2024: 学生资助 (gap 17.5, rate 62% without a reason) first, then the hostile project (no gap, one finding)
        assertTrue(look.indexOf("学生资助") > 0 && look.contains("自评高于复核 17.5 分；未执行 38.00万元（执行率 62.0%），执行行未说明原因"), look);
        assertFalse(look.contains("f-2023"), "only the latest year's forms");
        String top = html.substring(html.indexOf("最常见的问题"), html.indexOf("建议重点查看"));
        assertTrue(top.contains("指标值“…”为模糊表述"), "catalogue message with placeholders: " + top);
    }

    @Test
    void departmentListHasASortableFilterableTable() {
        String html = page(Links.DEPARTMENTS);
        assertTrue(html.contains("data-filter-table=\"departments-table\""));
        assertTrue(html.contains("id=\"departments-table\""));
        assertTrue(html.contains("class=\"data sortable\""));
        assertEquals(model.formsByDepartment().size(), html.split("<tr>", -1).length - 2, "one row per department");
        String dept = page(Links.department(department("西湖区教育局")));
        assertTrue(dept.contains("class=\"data sortable\""));
        assertTrue(dept.contains("href=\"../" + formLink("f-2023") + "\"") && dept.contains("href=\"../" + formLink("f-2024") + "\""));
        assertTrue(dept.contains("href=\"../" + Links.departmentBriefing(department("西湖区教育局")) + "\""));
    }

    @Test
    void regionPageListsDepartmentsFindingsAndLowExecution() {
        String html = page(Links.region(place("西湖区")));
        assertTrue(html.contains("href=\"../" + Links.department(department("西湖区教育局")) + "\""));
        String low = html.substring(html.indexOf("预算执行率低于90%的自评表"));
        assertTrue(low.contains("62.0%") && low.contains("学生资助"), low);
        assertTrue(html.contains("未达成却得满分"), "frequent findings");
        Map<String, Object> f = model.form("f-2024");
        assertNotNull(f);
    }

    /** A region's or department's rule links open the 问题清单 filtered to it and the year, not every region's findings. */
    @Test
    void ruleLinksOpenTheFindingsOfThatRegionOrDepartmentOnly() {
        Place p = place("西湖区");
        String html = page(Links.region(p));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "href=\"\\.\\./findings\\.html#rule=([A-Z_]+)&amp;region=([^\"&]+)&amp;year=(\\d{4}|unknown)\" title=\"[A-Z_]+\">([^<]+)</a>").matcher(html);
        assertTrue(m.find(), "a rule link with the region in its hash");
        assertEquals(jixiao.transform.check.Rule.valueOf(m.group(1)).title(), m.group(4), "named in Chinese, its code the tooltip");
        // one table a year, latest first: the first rule link is 2024's, under its year's heading
        assertEquals("2024", m.group(3));
        assertTrue(html.indexOf("<h3>2024年</h3>") >= 0 && html.indexOf("<h3>2024年</h3>") < m.start(), "under 2024's heading");
        int y2023 = html.indexOf("<h3>2023年</h3>");
        assertTrue(y2023 > m.start(), "2023's table after 2024's");
        assertTrue(html.substring(y2023).contains("#rule=RATE_MISMATCH&amp;region=" + Links.hashValue(p.path()) + "&amp;year=2023\""),
                () -> "2023's rule links to 2023's findings: " + html.substring(y2023, Math.min(html.length(), y2023 + 900)));
        assertFalse(html.substring(html.indexOf("<h3>2024年</h3>"), y2023).contains("RATE_MISMATCH"), "2024's table holds 2024's rules only");
        assertEquals(p.path(), java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8),
                "the region the 问题清单 filters by (findings.js decodes it with decodeURIComponent)");
        assertTrue(html.contains("href=\"../findings.html#region="), "and a link to all of the region's findings");

        Department d = department("西湖区教育局");
        String dept = page(Links.department(d));
        assertTrue(dept.contains("&amp;region=" + Links.hashValue(p.path()) + "&amp;dept=" + Links.hashValue(d.name())), "department scope");
    }
}
