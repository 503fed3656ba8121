package jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * ExtractionScore against the owners' scorer (shared/tools/score_extract.py) on inputs built where a
 * port tends to drift: golden forms not found, extra forms, indicator lists of other lengths, text
 * that differs only in whitespace or NFKC, numbers 1e-7 apart, numbers against strings, bools,
 * form_index matching, source names and report rounding. The expected counts are worked out by hand
 * from the Python code and always checked; the Python scorer itself is run when python3 and the
 * shared folder are there (as in CI), and must print the very same report, misses included.
 */
class ExtractionScoreParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where SeedGoldenTest finds it: the shared folder sits beside the project. */
    static final Path SCORER = Path.of("..", "..", "shared", "tools", "score_extract.py").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    /** One input: golden files by source name, extracted lines, and the counts the Python scorer gives. */
    record Case(String name, Map<String, List<ObjectNode>> goldens, List<ObjectNode> extracted, int right, int total,
            int found, int forms, int extra) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();

        // form 0 is found; forms 1 and 2 are not, and are wrong in every field, null ones and indicator_count included
        ObjectNode f0 = form("x", 0, "甲", indicator("数量"), indicator("质量"));
        all.add(new Case("golden form not found", Map.of("x", List.of(f0, form("x", 1, "乙", indicator("时效")),
                form("x", 2, "丙"))), List.of(f0.deepCopy()), 39, 84, 1, 3, 0));

        // the golden form is found; a second form of the source, a form of another source and a form whose
        // source only shares the stem match nothing: 16 wrong form-level fields each
        ObjectNode y = form("y", 0, "甲");
        all.add(new Case("extra forms", Map.of("y", List.of(y)), List.of(y.deepCopy(), form("y", 1, "乙"),
                form("z", 0, "丁"), with(form("y", 5, "戊"), f -> f.put("source", "dir/y.pdf"))), 17, 65, 1, 1, 3));

        // a missing indicator is wrong in every field, extra indicators count only in indicator_count, and a
        // null in the extracted list is no indicator at all (wrong even where the golden field is null)
        ObjectNode w0 = form("w", 0, "甲", indicator("A"), indicator("B"), indicator("C"));
        ObjectNode w1 = form("w", 1, "乙", indicator("D"), indicator("E"));
        ObjectNode w2 = form("w", 2, "丙", indicator("H"));
        all.add(new Case("indicators of different counts", Map.of("w", List.of(w0, w1, w2)), List.of(
                with(w0.deepCopy(), f -> ((ArrayNode) f.get("indicators")).remove(2)),
                with(w1.deepCopy(), f -> ((ArrayNode) f.get("indicators")).add(indicator("F")).add(indicator("G"))),
                with(w2.deepCopy(), f -> f.putArray("indicators").addNull())), 93, 117, 3, 3, 0));

        // whitespace is Python's \s (U+2028, U+001C and U+0085 included), after NFKC; a zero-width space is
        // not whitespace; "" against null is wrong, "   " against "" is right (both normalise to nothing)
        ObjectNode t = form("t", 0, "城市道路维修", with(indicator("知晓率\u00a0"), i -> i.put("reason", "")));
        t.put("department", "某 局").put("implementing_unit", "ＡＢＣ中心").put("project_code", "X1\u2028");
        ObjectNode tx = with(t.deepCopy(), f -> f.put("project_name", "城市 道路\n维修").put("department", "某\u3000局")
                .put("implementing_unit", "ABC中心").put("project_code", "X1").put("amount_unit", "万\u001c元"));
        ((ObjectNode) tx.get("region")).put("city", "").put("county", "  ");
        ((ObjectNode) tx.get("indicators").get(0)).put("level1", "产出\u200b指标").put("level2", "数量指标\u0085")
                .put("name", "知晓率").put("comparator", "＞＝").put("target_text", "≥ 95").put("unit", "％")
                .put("reason", "   ");
        ((ObjectNode) t.get("indicators").get(0)).put("target_text", "≥95");
        all.add(new Case("text differing in whitespace or NFKC", Map.of("t", List.of(t)), List.of(tx), 25, 28, 1, 1, 0));

        // numbers within 1e-6 (or 1e-9 relative) are equal, 1.1e-6 apart are not; a number against a string
        // compares Python's str() of it (1e-07, 10000000.0); a bool is a number only on the golden side
        ObjectNode n = form("n", 0, "甲", indicator("数量"));
        n.put("budget_adjusted", 2000000000L).put("total_score", 100);
        ((ObjectNode) n.get("indicators").get(0)).put("target_value", 95).put("target_text", "1e-07")
                .put("actual_text", "10000000.0").put("weight", true).put("score", 1).put("reason", "True");
        ObjectNode nx = with(n.deepCopy(), f -> f.put("budget_initial", 10.0000001).put("executed", 9.5000011)
                .put("budget_adjusted", 2000000001.5).put("execution_rate", "0.95").put("fiscal_year", "2021")
                .put("total_score", 100.0).put("execution_score", 9.5000001));
        ((ObjectNode) nx.get("indicators").get(0)).put("target_value", 95.0000001).put("target_text", 1e-7)
                .put("actual_text", 1e7).put("weight", 1).put("score", true).put("reason", true);
        all.add(new Case("numbers", Map.of("n", List.of(n)), List.of(nx), 26, 28, 1, 1, 0));

        // by form_index and name, then name, then form_index with Python's ==: two absent indices are equal,
        // 2.0 is 2, the string "1" is not 1 (so it stays extra)
        ObjectNode ma = with(form("m", 0, "甲"), f -> f.remove("form_index"));
        ObjectNode mb = form("m", 1, "乙");
        ObjectNode mc = form("m", 2, "己");
        all.add(new Case("matching order", Map.of("m", List.of(ma, mb, mc)), List.of(
                with(ma.deepCopy(), f -> f.put("project_name", "丙").put("department", "X局")),
                with(mb.deepCopy(), f -> f.put("form_index", "1").put("project_name", "丁")),
                with(mb.deepCopy(), f -> f.put("project_name", "戊")),
                with(mc.deepCopy(), f -> f.put("form_index", 2.0).put("project_name", "庚"))), 47, 67, 3, 3, 1));

        // the source is str(source) without folder and extension: a null source is "None"; a null golden
        // region reads as a region of nulls
        ObjectNode s0 = form("None", 0, "甲");
        ObjectNode s1 = with(form("None", 1, "乙"), f -> f.putNull("region"));
        all.add(new Case("source names", Map.of("None", List.of(s0, s1)), List.of(
                with(s0.deepCopy(), f -> f.putNull("source")),
                with(form("None", 1, "乙"), f -> {
                    f.put("source", "a/b/None.txt");
                    ((ObjectNode) f.get("region")).putNull("province");
                })), 34, 34, 2, 2, 0));

        // 1/32 = 0.03125 exactly: Python's {:.4f} rounds half to even (0.0312), Java's %.4f would print 0.0313
        ObjectNode[] many = new ObjectNode[32];
        for (int i = 0; i < many.length; i++) many[i] = indicator("指标" + i);
        ObjectNode r = form("r", 0, "甲", many);
        ObjectNode rx = r.deepCopy();
        for (int i = 1; i < many.length; i++) ((ObjectNode) rx.get("indicators").get(i)).put("name", "别的");
        all.add(new Case("report rounding", Map.of("r", List.of(r)), List.of(rx), 369 - 31, 369, 1, 1, 0));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void javaCountsAreThePythonScorersByHand(Case c) throws IOException {
        ExtractionScore s = score(c);
        String why = c.name + "\n" + s.report(Integer.MAX_VALUE);
        assertEquals(c.right, s.right, why);
        assertEquals(c.total, s.total, why);
        assertEquals(c.found, s.formsFound, why);
        assertEquals(c.forms, s.formsTotal, why);
        assertEquals(c.extra, s.extra, why);
        // every golden form counts 17 fields plus 11 per golden indicator, found or not
        int fields = 0;
        for (List<ObjectNode> forms : c.goldens.values()) for (ObjectNode f : forms) fields += 17 + 11 * f.path("indicators").size();
        assertEquals(fields + 16 * c.extra, s.total, why);
    }

    @Test
    void reportRoundsHalfToEvenAsPythonFormats() throws IOException {
        Case c = cases().filter(k -> k.name.equals("report rounding")).findFirst().orElseThrow();
        String report = score(c).report(0);
        assertTrue(report.contains("indicator.name                1/32     0.0312\n"), report);
        assertTrue(report.endsWith("accuracy 0.9160 (fields 338/369, forms 1/1, extra 0)\n"), report);
    }

    @Test
    void aMissLineReadsAsPythonsRepr() throws IOException {
        Case c = cases().filter(k -> k.name.startsWith("text differing")).findFirst().orElseThrow();
        List<String> misses = score(c).misses;
        assertTrue(misses.contains("t#0 indicator 0 level1: want '产出指标' got '产出\\u200b指标'"), misses::toString);
        assertTrue(misses.contains("t#0 region.city: want None got ''"), misses::toString);
    }

    /** The owners' scorer prints the same report, line for line, with --verbose and (without the misses) without. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pythonScorerPrintsTheSameReport(Case c) throws Exception {
        assumeSharedScorer();
        Path dir = write(c);
        ExtractionScore s = ExtractionScore.of(ExtractionScore.readLines(dir.resolve("extracted.jsonl")), dir.resolve("golden"));
        String verbose = runScorer(dir.resolve("extracted.jsonl"), dir.resolve("golden"), true);
        assertEquals(s.report(Integer.MAX_VALUE), verbose, c.name);
        // without --verbose the scorer prints the same lines less the misses: one run checks both
        assertEquals(s.report(0), verbose.replaceAll("(?m)^miss: .*\n", ""), c.name);
    }

    /** Skips (with why) when the shared scorer or python3 is missing, as on a machine without ../shared. */
    static void assumeSharedScorer() {
        Assumptions.assumeTrue(Files.exists(SCORER), "skipped: " + SCORER + " not beside the project (no ../shared)");
        Assumptions.assumeTrue(python() != null, "skipped: python3 is not on the PATH");
    }

    private static String python;
    private static boolean pythonLooked;

    /**
     * The interpreter python3 runs, asked once: calling it by its own path skips a version manager's shim
     * (pyenv's costs a quarter of a second a call). Null when there is no python3.
     */
    static synchronized String python() {
        if (pythonLooked) return python;
        pythonLooked = true;
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) python = out;
        } catch (IOException e) {
            python = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return python;
    }

    /** Runs score_extract.py on an extraction and a golden folder; its stdout (UTF-8 whatever the locale). */
    static String runScorer(Path extracted, Path goldenDir, boolean verbose) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(python(), SCORER.toString(), extracted.toString(), goldenDir.toString()));
        if (verbose) cmd.add("--verbose");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "score_extract.py did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private ExtractionScore score(Case c) throws IOException {
        Path dir = write(c);
        return ExtractionScore.of(ExtractionScore.readLines(dir.resolve("extracted.jsonl")), dir.resolve("golden"));
    }

    /** The case as files, the way both scorers read them: golden/SOURCE.json arrays and extracted.jsonl. */
    private Path write(Case c) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "case");
        Path golden = Files.createDirectories(dir.resolve("golden"));
        for (Map.Entry<String, List<ObjectNode>> e : c.goldens.entrySet()) {
            Files.writeString(golden.resolve(e.getKey() + ".json"), JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(e.getValue()), StandardCharsets.UTF_8);
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode f : c.extracted) lines.add(JSON.writeValueAsString(f));
        Files.write(dir.resolve("extracted.jsonl"), lines, StandardCharsets.UTF_8);
        return dir;
    }

    static <T> T with(T node, Consumer<T> change) {
        change.accept(node);
        return node;
    }

    /** A contract form with every key, some fields null, as an extraction or a golden writes it. */
    static ObjectNode form(String source, int index, String name, ObjectNode... indicators) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source + ".txt");
        m.put("form_index", index);
        m.put("fiscal_year", 2021);
        m.put("project_name", name);
        m.put("project_code", null);
        m.put("department", "某局");
        m.put("implementing_unit", null);
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("province", "湖北省");
        region.put("city", null);
        region.put("county", null);
        m.put("region", region);
        m.put("amount_unit", "万元");
        m.put("budget_initial", 10);
        m.put("budget_adjusted", null);
        m.put("executed", 9.5);
        m.put("execution_rate", 0.95);
        m.put("execution_weight", 10);
        m.put("execution_score", 9.5);
        m.put("total_score", null);
        ObjectNode f = JSON.valueToTree(m);
        ArrayNode list = f.putArray("indicators");
        for (ObjectNode i : indicators) list.add(i);
        return f;
    }

    static ObjectNode indicator(String name) {
        ObjectNode i = JSON.createObjectNode();
        i.put("level1", "产出指标").put("level2", "数量指标").put("name", name).put("comparator", ">=")
                .put("target_text", "100").put("target_value", 100).put("unit", "%").put("actual_text", "100")
                .put("weight", 10).put("score", 10).putNull("reason");
        return i;
    }
}
