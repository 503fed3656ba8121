package jixiao.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** findings-data.js as Java writes it, and findings.js's filter and hash functions run on it in node. */
class FindingsDataTest {
    static final String HOSTILE = "<script>alert(1)</script> \"引号\" \\ \u2028";

    static List<Map<String, Object>> catalogue() {
        return List.of(rule(1, "RATE_MISMATCH", "ERROR", "错误", "执行率{printed}与计算值{computed}不符"),
                rule(2, "VAGUE_TARGET", "INFO", "提示", "指标值“{target}”含糊"),
                rule(3, "LOW_RATE_NO_REASON", "WARNING", "警告", "执行率低于90%未说明原因"),
                rule(4, "NEVER_FIRED", "ERROR", "错误", "从未出现"));
    }

    /* rows 0-4, in this order */
    static List<Map<String, Object>> findings() {
        return List.of(
                finding("f1", "forms/f1.html", "浙江省 杭州市 西湖区", "教育局", 2023, "义务教育补助", "RATE_MISMATCH", "执行率 85% 与 80% 不符", null),
                finding("f1", "forms/f1.html", "浙江省 杭州市 西湖区", "教育局", 2023, "义务教育补助", "VAGUE_TARGET", "指标值“提升”含糊", "群众满意度"),
                finding("f2", "forms/f2.html", "浙江省 杭州市", "财政局", 2024, HOSTILE, "LOW_RATE_NO_REASON", HOSTILE, HOSTILE),
                finding("f3", "forms/f3.html", "浙江省 宁波市", "教育局", null, "学前教育", "VAGUE_TARGET", "指标值“有效”含糊", "覆盖率"),
                finding("f4", null, "浙江省 杭州市 西湖区", "教育局", 2024, "校舍维修", "UNKNOWN_RULE", "新规则", null));
    }

    static Path dir;
    static List<Path> files;

    @BeforeAll
    static void write(@TempDir Path tmp) throws Exception {
        dir = tmp;
        Path data = dir.resolve("findings-data.js");
        Files.writeString(data, FindingsData.script(findings(), catalogue()), StandardCharsets.UTF_8);
        files = List.of(data, Node.asset(dir, "findings.js"));
    }

    @Test
    void dictionariesAndRows() {
        String js = FindingsData.script(findings(), catalogue());
        assertFalse(js.contains("<"), js);
        assertFalse(js.contains("\u2028"), js);
        // severity order, then the catalogue's; an unknown rule last, under its own id
        assertEquals(0, js.indexOf("window.JIXIAO_FINDINGS = {\"v\":2,\"rules\":[[\"RATE_MISMATCH\",\"ERROR\",\"错误\",\"\",\"执行率…与计算值…不符\",\"执行率与金额不符\"],"
                + "[\"NEVER_FIRED\""), js);
        assertEquals(true, js.contains("\"regions\":[\"浙江省 宁波市\",\"浙江省 杭州市\",\"浙江省 杭州市 西湖区\"]"), js);
        assertEquals(true, js.contains("\"years\":[2023,2024,null]"), js);
        assertEquals(true, js.contains("\"messages\":[\"执行率 85% 与 80% 不符\",\"指标值“提升”含糊\","), js);
        assertEquals(true, js.contains("\"rows\":[[0,0,0,-1],[0,3,1,0],[1,2,2,1],"), js);
    }

    @Test
    void filtersInNode() throws Exception {
        Node.assumePresent();
        assertEquals(List.of(0, 1, 2, 3, 4), filter("{}"));
        assertEquals(List.of(1, 3), filter("{rule: 'VAGUE_TARGET'}"));
        assertEquals(List.of(), filter("{rule: 'NO_SUCH_RULE'}"));
        assertEquals(List.of(0), filter("{severity: 'ERROR'}"));
        assertEquals(List.of(0, 1, 2, 4), filter("{region: '浙江省 杭州市'}"), "a region takes the places below it");
        assertEquals(List.of(0, 1, 4), filter("{region: '浙江省 杭州市 西湖区'}"));
        assertEquals(List.of(), filter("{region: '浙江省 杭'}"), "whole names only");
        assertEquals(List.of(0, 1, 3, 4), filter("{dept: '教育局'}"));
        assertEquals(List.of(2, 4), filter("{year: '2024'}"));
        assertEquals(List.of(3), filter("{year: 'unknown'}"));
        assertEquals(List.of(1, 3), filter("{q: '含糊'}"));
        assertEquals(List.of(1), filter("{q: '含糊 满意度'}"), "every word");
        assertEquals(List.of(2), filter("{q: '<SCRIPT>'}"), "case-insensitive; data is text");
        assertEquals(List.of(1), filter("{rule: 'VAGUE_TARGET', region: '浙江省 杭州市', dept: '教育局', year: '2023'}"));
        assertEquals(List.of(4), filter("{q: 'unknown_rule'}"));
    }

    @Test
    void hashRoundTripsInNode() throws Exception {
        Node.assumePresent();
        JsonNode parsed = Node.eval(dir, files, "jixiaoParseHash('#rule=VAGUE_TARGET&region=%E6%B5%99%E6%B1%9F%E7%9C%81%20%E6%9D%AD%E5%B7%9E%E5%B8%82&bogus=1&q=a%26b&year=')");
        assertEquals("VAGUE_TARGET", parsed.get("rule").asText());
        assertEquals("浙江省 杭州市", parsed.get("region").asText());
        assertEquals("a&b", parsed.get("q").asText());
        assertFalse(parsed.has("bogus"));
        assertFalse(parsed.has("year"));
        JsonNode round = Node.eval(dir, files,
                "jixiaoParseHash(jixiaoFormatHash({severity: 'ERROR', dept: '教育局 & \"x\"', q: '#%'}))");
        assertEquals("ERROR", round.get("severity").asText());
        assertEquals("教育局 & \"x\"", round.get("dept").asText());
        assertEquals("#%", round.get("q").asText());
        assertEquals("", Node.eval(dir, files, "jixiaoFormatHash({})").asText());
        assertEquals("{}", Node.eval(dir, files, "jixiaoParseHash('#q=%E0%A4%A')").toString(), "a broken escape is dropped");
        JsonNode regions = Node.eval(dir, files, "jixiaoRegionOptions(JIXIAO_FINDINGS)");
        assertEquals("[\"浙江省\",\"浙江省 宁波市\",\"浙江省 杭州市\",\"浙江省 杭州市 西湖区\"]", regions.toString());
        // the printed agenda says what produced it: rules by their Chinese titles, severities by their labels
        assertEquals("筛选：规则「执行率与金额不符」；级别「提示」；地区「浙江省」", Node.eval(dir, files,
                "jixiaoDescribeFilters(JIXIAO_FINDINGS, {rule: 'RATE_MISMATCH', severity: 'INFO', region: '浙江省'})").asText());
        assertEquals("未筛选（全部问题）", Node.eval(dir, files, "jixiaoDescribeFilters(JIXIAO_FINDINGS, {})").asText());
    }

    @Test
    void hostileTextSurvivesAsData() throws Exception {
        Node.assumePresent();
        JsonNode row = Node.eval(dir, files, "[JIXIAO_FINDINGS.messages[JIXIAO_FINDINGS.rows[2][2]], "
                + "JIXIAO_FINDINGS.indicators[JIXIAO_FINDINGS.rows[2][3]]]");
        assertEquals(HOSTILE, row.get(0).asText());
        assertEquals(HOSTILE, row.get(1).asText());
        assertEquals(HOSTILE, Node.eval(dir, files, "JIXIAO_FINDINGS.forms[1][0]").asText());
        assertEquals("", Node.eval(dir, files, "JIXIAO_FINDINGS.forms[3][1]").asText(), "a finding without a form page has no link");
    }

    /** Any column sorts the whole filtered list, either way; ties keep the agenda's order. */
    @Test
    void sortsByAnyColumn() throws Exception {
        Node.assumePresent();
        List<Integer> all = filter("{}");
        assertEquals(5, all.size());
        // 年度 (column 7): 2023, 2023, 2024, 2024, unknown; ties in the agenda's order
        List<Integer> byYear = sorted("{}", 7, false);
        assertEquals(List.of(0, 1), byYear.subList(0, 2));
        assertEquals(3, byYear.get(4), "the unknown year last");
        List<Integer> byYearDown = sorted("{}", 7, true);
        assertEquals(3, byYearDown.get(0), "reversed: the unknown year first");
        // 级别 (column 0): errors, then warnings, then notes; an unknown severity last
        List<Integer> bySeverity = sorted("{}", 0, false);
        assertEquals(0, bySeverity.get(0));
        assertEquals(2, bySeverity.get(1), "the warning after the error");
        // a filter first, then the sort: 教育局's rows by 地区 (column 6) in pinyin order, 杭州 (hang) before 宁波 (ning)
        // although code points put 宁 (U+5B81) before 杭 (U+676D)
        List<Integer> filtered = sorted("{dept: '教育局'}", 6, false);
        assertEquals(filter("{dept: '教育局'}").size(), filtered.size());
        assertEquals(3, filtered.get(filtered.size() - 1), "浙江省 宁波市 after 浙江省 杭州市 西湖区: " + filtered);
    }

    private static List<Integer> sorted(String filters, int column, boolean descending) throws Exception {
        JsonNode r = Node.eval(dir, files, "jixiaoSortFindings(JIXIAO_FINDINGS, jixiaoFilterFindings(JIXIAO_FINDINGS, " + filters
                + "), " + column + ", " + descending + ")");
        List<Integer> out = new ArrayList<>();
        r.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static List<Integer> filter(String filters) throws Exception {
        JsonNode r = Node.eval(dir, files, "jixiaoFilterFindings(JIXIAO_FINDINGS, " + filters + ")");
        List<Integer> out = new ArrayList<>();
        r.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static Map<String, Object> rule(int order, String id, String severity, String label, String template) {
        Map<String, Object> r = new HashMap<>();
        r.put("rule_order", order);
        r.put("rule_id", id);
        r.put("severity", severity);
        r.put("severity_label", label);
        r.put("message_template", template);
        // a title where the catalogue has the rule; NEVER_FIRED and the like fall back to their id
        java.util.Arrays.stream(jixiao.transform.check.Rule.values()).filter(x -> x.id().equals(id)).findFirst()
                .ifPresent(x -> r.put("title", x.title()));
        return r;
    }

    private static Map<String, Object> finding(String form, String url, String place, String dept, Integer year,
                                               String project, String rule, String message, String indicator) {
        Map<String, Object> f = new HashMap<>();
        f.put("form_id", form);
        f.put("url", url);
        f.put("place", place);
        f.put("department", dept);
        f.put("fiscal_year", year);
        f.put("project_name", project);
        f.put("rule_id", rule);
        f.put("severity", "WARNING");
        f.put("message", message);
        f.put("indicator_name", indicator);
        return f;
    }
}
