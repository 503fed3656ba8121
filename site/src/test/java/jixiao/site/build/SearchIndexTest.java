package jixiao.site.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The search index's grams and postings in Java, and the index with search.js run in node. */
class SearchIndexTest {
    static final String HOSTILE = "<script>alert(1)</script>学前教育";
    static final String QUOTES = "It's \"quoted\" \\ back\u2028slash\u2029道路";

    /*
     * ids: regions 0 西湖区, 1 宁波市; departments 2 教育局 (西湖区), 3 财政局 (西湖区), 4 教育局 (宁波市);
     * forms 5 义务教育补助 (2 / 2023), 6 hostile 学前教育 (4 / 2024), 7 道路维修 (3 / 2023), 8 quotes (3 / 2024),
     * 9 ＡＢＣ full-width (3 / year unknown), 10 义务教育补助 again (2 / 2024, the same document as 5)
     */
    static SearchIndex sample() {
        return new SearchIndex(
                List.of(new SearchIndex.Region("浙江省 杭州市 西湖区", "regions/r1.html"),
                        new SearchIndex.Region("浙江省 宁波市", "regions/r2.html")),
                List.of(new SearchIndex.Dept("教育局", 0, "departments/d1.html"),
                        new SearchIndex.Dept("财政局", 0, "departments/d2.html"),
                        new SearchIndex.Dept("教育局", 1, "departments/d3.html")),
                List.of(new SearchIndex.Form("义务教育补助", 0, 2023, "forms/d1.html#aa-0"),
                        new SearchIndex.Form(HOSTILE, 2, 2024, "forms/d3.html#bb-1"),
                        new SearchIndex.Form("道路维修", 1, 2023, "forms/d2.html#cc-2"),
                        new SearchIndex.Form(QUOTES, 1, 2024, "forms/d2.html#dd-3"),
                        new SearchIndex.Form("ＡＢＣ系统（二期）", 1, null, "forms/d2.html#x_01"),
                        new SearchIndex.Form("义务教育补助", 0, 2024, "forms/d1.html#aa-1")));
    }

    @Test
    void normalisesToLowerCaseLettersAndDigits() {
        assertEquals("abc系统二期", SearchIndex.normalise("ＡＢＣ系统（二期）"));
        assertEquals("浙江省杭州市西湖区", SearchIndex.normalise("浙江省 杭州市　西湖区"));
        assertEquals("scriptalert1script学前教育", SearchIndex.normalise(HOSTILE));
        assertEquals("", SearchIndex.normalise(null));
    }

    @Test
    void gramsAreSingleCharactersAndNeighbourPairs() {
        assertEquals(Set.of("教", "育", "局", "教育", "育局"), SearchIndex.grams("教育局"));
        assertEquals(Set.of("a"), SearchIndex.grams("a"));
        assertEquals(Set.of(), SearchIndex.grams(""));
        // a character outside the BMP is one character, not two halves
        assertEquals(Set.of("𠀀", "a", "𠀀a"), SearchIndex.grams("𠀀a"));
    }

    @Test
    void postingsListTheEntriesHoldingEachGram() {
        Map<String, int[]> postings = sample().postings();
        assertArrayEquals(new int[]{2, 4, 5, 6}, postings.get("教育"));
        assertArrayEquals(new int[]{2, 4}, postings.get("育局"));
        assertArrayEquals(new int[]{0}, postings.get("西湖"));
        assertArrayEquals(new int[]{7, 8}, postings.get("道路"));
        assertArrayEquals(new int[]{9}, postings.get("ab"));
        assertArrayEquals(new int[]{5}, postings.get("补助"), "a name two forms share is listed once");
        assertFalse(postings.containsKey("<s"), "grams are taken from normalised text");
        assertFalse(postings.containsKey("区教"), "a department's grams do not run into its region's");
    }

    @Test
    void postingsRoundTripThroughTheirEncoding() {
        int[][] cases = {{}, {0}, {0, 1, 2, 3}, {5, 31, 32, 33, 1023, 1024, 1025, 40_000, 1_000_000, Integer.MAX_VALUE - 1}};
        for (int[] ids : cases) assertArrayEquals(ids, SearchIndex.decode(SearchIndex.encode(ids)));
        assertEquals("Z", SearchIndex.encode(new int[]{2}));
        assertEquals("XXX", SearchIndex.encode(new int[]{0, 1, 2}), "the first id counts from -1");
        assertEquals(2, SearchIndex.encode(new int[]{0, 31}).length(), "a gap below 32 is one character");
        assertEquals(3, SearchIndex.encode(new int[]{0, 32}).length(), "a gap of 32 takes two");
        assertThrows(IllegalArgumentException.class, () -> SearchIndex.encode(new int[]{3, 3}));
    }

    @Test
    void refusesAFormUrlTheScriptCouldNotRebuild() {
        assertThrows(IllegalArgumentException.class, () -> new SearchIndex(List.of(), List.of(),
                List.of(new SearchIndex.Form("x", 0, 2023, "javascript:alert(1)"))));
    }

    @Test
    void scriptHidesNothingThatCouldEndTheScriptOrAString() {
        String js = sample().script();
        assertTrue(js.startsWith("window.JIXIAO_SEARCH = {"), js);
        assertFalse(js.contains("</script>"), js);
        assertFalse(js.contains("<"), js);
        assertFalse(js.contains("\u2028") || js.contains("\u2029"), js);
    }

    @Test
    void searchInNodeFindsTermsThroughNamesDepartmentsRegionsAndYears(@TempDir Path dir) throws Exception {
        Node.assumePresent();
        Path index = dir.resolve("search-index.js");
        Files.writeString(index, sample().script(), StandardCharsets.UTF_8);
        List<Path> files = List.of(index, Node.asset(dir, "search.js"));

        assertEquals(List.of(2, 4, 10, 6, 5), ids(dir, files, "教育"), "departments first, then forms: newer, shorter first");
        assertEquals(List.of(2, 10, 5), ids(dir, files, "西湖区 教育局"), "every term: a form through its department and region");
        assertEquals(List.of(2, 4, 10, 6, 5), ids(dir, files, "教育局"), "exact names first; forms through their department");
        assertEquals(List.of(2, 4, 10, 6, 5), ids(dir, files, "育"), "a single character");
        assertEquals(List.of(10, 5), ids(dir, files, "义务教育补助"), "two forms of one name");
        assertEquals(List.of(1, 4, 6), ids(dir, files, "宁波"));
        assertEquals(List.of(7), ids(dir, files, "2023 道路"));
        assertEquals(List.of(7), ids(dir, files, "道路 2023年"));
        assertEquals(List.of(6), ids(dir, files, "<script>"));
        assertEquals(List.of(9), ids(dir, files, "abc"), "full-width letters match plain ones");
        assertEquals(List.of(8), ids(dir, files, "backslash"));
        assertEquals(List.of(), ids(dir, files, "路道"), "grams in another order are not a match");
        assertEquals(List.of(), ids(dir, files, "教育 道路"));
        assertEquals(List.of(), ids(dir, files, "   "));

        JsonNode hostile = Node.eval(dir, files, "jixiaoSearch(JIXIAO_SEARCH, '学前').results[0]");
        assertEquals(HOSTILE, hostile.get("name").asText(), "data comes back as it went in");
        assertEquals("forms/d3.html#bb-1", hostile.get("url").asText());
        assertEquals("项目", hostile.get("typeLabel").asText());
        assertEquals("教育局 · 浙江省 宁波市 · 2024年", hostile.get("detail").asText());
        assertEquals("forms/d1.html#aa-1", Node.eval(dir, files, "jixiaoSearch(JIXIAO_SEARCH, '义务').results[0].url").asText());
        assertEquals("forms/d2.html#x_01", Node.eval(dir, files, "jixiaoSearch(JIXIAO_SEARCH, 'abc').results[0].url").asText(),
                "an id of another shape is kept whole");
        JsonNode quotes = Node.eval(dir, files, "jixiaoSearch(JIXIAO_SEARCH, '道路').results.map(r => r.name)");
        assertEquals(QUOTES, quotes.get(0).asText(), "2024 before 2023");
        JsonNode limited = Node.eval(dir, files, "jixiaoSearch(JIXIAO_SEARCH, '浙江', 2)");
        assertEquals(11, limited.get("total").asInt(), "every entry is in 浙江省");
        assertEquals(2, limited.get("results").size());
    }

    private static List<Integer> ids(Path dir, List<Path> files, String query) throws IOException, InterruptedException {
        JsonNode r = Node.eval(dir, files, "jixiaoSearch(JIXIAO_SEARCH, " + JsLiteral.of(query) + ").results.map(r => r.id)");
        List<Integer> out = new ArrayList<>();
        r.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
