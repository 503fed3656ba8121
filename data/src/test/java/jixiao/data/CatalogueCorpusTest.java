package jixiao.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.data.generate.CorpusGenerator;
import jixiao.data.generate.GeneratorConfig;
import jixiao.data.generate.Noise;
import jixiao.data.render.DocumentFormat;
import jixiao.extract.ExtractionScore;
import jixiao.recognise.vocab.Key;
import jixiao.recognise.vocab.Template;
import jixiao.recognise.vocab.Templates;
import jixiao.recognise.vocab.Vocabulary;

/**
 * Corpora in the catalogue's templates: every template in every layout (the matrix), byte for byte
 * the same for a seed, and a truth that holds exactly what the printed page shows.
 */
class CatalogueCorpusTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A converter's pinyin note and a doc-sharing site's page marker: not part of any value. */
    private static final Pattern PAGE_MARKER = Pattern.compile("\\n\\n\\d+、|(?m)^\\d+、");

    @TempDir
    static Path tmp;
    /** template id → layout → corpus folder, noise off. */
    static final Map<String, Map<DocumentFormat, Path>> MATRIX = new LinkedHashMap<>();
    /** Every template, every layout in turn, every kind of damage: for truth and determinism checks. */
    static final Map<DocumentFormat, Path> NOISY = new LinkedHashMap<>();

    static List<DocumentFormat> layouts() {
        return List.of(DocumentFormat.values());
    }

    /** One county per region, one department, three projects, 2024; the damaged corpora get a seed per layout. */
    static GeneratorConfig cell(Path out, String template, DocumentFormat layout, double noise, int regions) {
        long seed = noise > 0 ? 11 + layout.ordinal() : 11;
        return new GeneratorConfig(out, regions, 2024, 2024, 1, 3, List.of(layout.isText() ? "txt" : layout.extension()),
                seed, noise, List.of(template), List.of(layout.isText() ? layout.optionName() : GeneratorConfig.REALISTIC));
    }

    @BeforeAll
    static void generate() throws IOException {
        for (Template t : Templates.get().all()) {
            Map<DocumentFormat, Path> row = new LinkedHashMap<>();
            for (DocumentFormat l : layouts()) {
                Path out = tmp.resolve("matrix").resolve(t.id() + "-" + l.optionName());
                new CorpusGenerator(cell(out, t.id(), l, 0, 1), QUIET).run();
                row.put(l, out);
            }
            MATRIX.put(t.id(), row);
        }
        for (DocumentFormat l : layouts()) {
            Path out = tmp.resolve("noisy").resolve(l.optionName());
            new CorpusGenerator(cell(out, GeneratorConfig.ALL, l, 0.6, 18), QUIET).run();
            NOISY.put(l, out);
        }
    }

    // ---- the matrix -------------------------------------------------------------------------------

    @Test
    void everyTemplateIsWrittenInEveryLayout() throws IOException {
        assertEquals(Templates.get().all().size(), MATRIX.size());
        assertTrue(MATRIX.size() >= 17, "the catalogue's templates: " + MATRIX.keySet());
        for (Map.Entry<String, Map<DocumentFormat, Path>> row : MATRIX.entrySet()) {
            for (Map.Entry<DocumentFormat, Path> c : row.getValue().entrySet()) {
                List<Path> docs = documents(c.getValue());
                String where = row.getKey() + " × " + c.getKey();
                assertFalse(docs.isEmpty(), where);
                for (Path d : docs) {
                    assertTrue(d.toString().endsWith("." + c.getKey().extension()), where + ": " + d);
                    assertTrue(Files.size(d) > 200, where + ": " + d);
                }
                assertEquals(3, truth(c.getValue()).size(), where);
            }
        }
    }

    /** Same seed, same bytes: every template × layout cell, and the damaged corpora, generated again. */
    @Test
    void sameSeedSameBytesInEveryCellAndWithEveryDamage() throws IOException {
        for (Map.Entry<String, Map<DocumentFormat, Path>> row : MATRIX.entrySet()) {
            for (Map.Entry<DocumentFormat, Path> c : row.getValue().entrySet()) {
                Path again = tmp.resolve("again").resolve(row.getKey() + "-" + c.getKey().optionName());
                new CorpusGenerator(cell(again, row.getKey(), c.getKey(), 0, 1), QUIET).run();
                assertSameFiles(c.getValue(), again);
            }
        }
        for (Map.Entry<DocumentFormat, Path> c : NOISY.entrySet()) {
            Path again = tmp.resolve("again-noisy").resolve(c.getKey().optionName());
            new CorpusGenerator(cell(again, GeneratorConfig.ALL, c.getKey(), 0.6, 18), QUIET).run();
            assertSameFiles(c.getValue(), again);
        }
    }

    /** The damaged corpora show every kind of damage somewhere (so the determinism check covers them all). */
    @Test
    void everyKindOfDamageIsPlanted() throws IOException {
        Set<Noise> seen = EnumSet.noneOf(Noise.class);
        for (Path corpus : NOISY.values()) {
            for (JsonNode t : truth(corpus)) t.path("noise").forEach(n -> seen.add(Noise.valueOf(n.asText())));
        }
        assertEquals(EnumSet.allOf(Noise.class), seen);
    }

    // ---- what is printed is the catalogue's ---------------------------------------------------------

    /** Title, labels, budget and indicator headings of each template are its catalogue entries (or a vocabulary variant). */
    @Test
    void headingsComeFromTheCatalogue() throws IOException {
        Vocabulary v = Vocabulary.get();
        for (Template t : Templates.get().all()) {
            String text = Files.readString(documents(MATRIX.get(t.id()).get(DocumentFormat.TXT_TAB)).get(0));
            assertTrue(text.contains(t.title()), t.id() + " title " + t.title());
            for (String label : t.labels().values()) assertTrue(text.contains(label), t.id() + " label " + label);
            assertTrue(printedAs(text, t.budgetTotal()), t.id() + " budget total " + t.budgetTotal());
            for (String sub : t.budgetSub()) assertTrue(text.contains(sub), t.id() + " budget line " + sub);
            List<Template.Column> columns = new ArrayList<>(t.budget());
            columns.addAll(t.indicators());
            for (Template.Column c : columns) {
                boolean printed = text.contains(c.printed())
                        || v.variants(c.field()).stream().anyMatch(x -> x.length() > 1 && text.contains(x));
                assertTrue(printed, t.id() + " heading " + c.field() + " " + c.printed());
            }
            if (t.total() != null) assertTrue(text.contains(t.total()), t.id() + " total " + t.total());
        }
    }

    /**
     * A template shows only what its columns hold: without 分值 the truth has no weights, without 得分 no
     * scores, without 年初预算数 no initial budget, without 执行率 no rate, without a total line no total.
     */
    @Test
    void truthHoldsOnlyWhatTheTemplatePrints() throws IOException {
        for (Template t : Templates.get().all()) {
            List<String> budget = t.budgetFields();
            List<String> ind = t.indicatorFields();
            for (Path corpus : MATRIX.get(t.id()).values()) {
                for (JsonNode f : truth(corpus)) {
                    String where = t.id() + " " + f.path("source").asText();
                    if (!budget.contains("budget.initial")) assertNull(value(f, "budget_initial"), where);
                    if (!budget.contains("budget.adjusted")) assertNull(value(f, "budget_adjusted"), where);
                    if (!budget.contains("budget.rate")) assertNull(value(f, "execution_rate"), where);
                    boolean execPoints = budget.contains("budget.weight") || t.executionInTable() || t.scoringSheet()
                            || t.executionWeight() != null;
                    if (!execPoints) assertNull(value(f, "execution_weight"), where);
                    if (!budget.contains("budget.score") && !t.executionInTable() && !t.scoringSheet()) {
                        assertNull(value(f, "execution_score"), where);
                    }
                    if (t.total() == null && !Set.of("ningxia-target", "central-transfer-weighted").contains(t.id())) {
                        assertNull(value(f, "total_score"), where);
                    }
                    if (!t.labels().containsKey("department")) assertNull(value(f, "department"), where);
                    if (!t.labels().containsKey("implementing_unit")) assertNull(value(f, "implementing_unit"), where);
                    for (JsonNode i : f.path("indicators")) {
                        if (!ind.contains("ind.weight")) assertNull(value(i, "weight"), where);
                        if (!ind.contains("ind.score")) assertNull(value(i, "score"), where);
                        if (!ind.contains("ind.reason")) assertNull(value(i, "reason"), where);
                        if (!ind.contains("ind.level2")) assertNull(value(i, "level2"), where);
                    }
                }
            }
        }
    }

    /** A scoring sheet prints its 项目决策 / 项目管理 points, and the truth leaves them out: they are not indicators. */
    @Test
    void scoringSheetDecisionAndManagementRowsAreNotIndicators() throws IOException {
        Path corpus = MATRIX.get("scoring-sheet").get(DocumentFormat.TXT_TAB);
        String text = Files.readString(documents(corpus).get(0));
        assertTrue(text.contains("项目决策") && text.contains("项目管理") && text.contains("财务管理制度有效性"), text);
        for (JsonNode f : truth(corpus)) {
            for (JsonNode i : f.path("indicators")) {
                String l1 = i.path("level1").asText();
                assertFalse(l1.startsWith("项目决策") || l1.startsWith("项目管理"), l1);
                assertFalse(i.path("name").asText().contains("财务管理制度"), i.toString());
            }
            assertTrue(f.path("total_score").asDouble() > sum(f, "score"), "the total counts the management points too");
        }
    }

    /**
     * Truth is what is printed: every text value of every form, and every budget figure, can be read in
     * its text document (line breaks, page markers and the converters' pinyin notes aside), in every
     * text layout and with every kind of damage.
     */
    @Test
    void everyTruthValueIsPrinted() throws IOException {
        List<Path> corpora = new ArrayList<>(NOISY.values());
        MATRIX.values().forEach(r -> corpora.addAll(r.values()));
        int checked = 0;
        for (Path corpus : corpora) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (Path d : documents(corpus)) {
                if (!d.toString().endsWith(".txt")) continue;
                texts.put(d.getFileName().toString(), normalise(Files.readString(d, StandardCharsets.UTF_8)));
            }
            for (JsonNode f : truth(corpus)) {
                String text = texts.get(f.path("source").asText());
                if (text == null) continue;
                String where = corpus.getFileName() + " " + f.path("source").asText() + "#" + f.path("form_index");
                for (String k : List.of("project_name", "project_code", "department", "implementing_unit", "conclusion")) {
                    assertPrinted(text, f.path(k), where + " " + k);
                }
                for (String k : List.of("budget_initial", "budget_adjusted", "executed")) assertAmountPrinted(text, f.path(k), where + " " + k);
                for (JsonNode i : f.path("indicators")) {
                    for (String k : List.of("level2", "name", "target_text", "unit", "actual_text", "reason")) {
                        assertPrinted(text, i.path(k), where + " " + i.path("name").asText() + " " + k);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "indicators checked: " + checked);
    }

    /**
     * Damage that changes a printed value changes the truth with it: a swapped unit character is in the
     * truth, a 0 total line gives zero amounts, yuan under a 万元 heading keep 万元, a missing actual is null.
     */
    @Test
    void damageToPrintedValuesIsInTheTruth() throws IOException {
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (Path corpus : NOISY.values()) {
            for (JsonNode f : truth(corpus)) {
                if (f.path("noise").isEmpty()) continue;
                String kind = f.path("noise").get(0).asText();
                String inds = f.path("indicators").toString();
                switch (kind) {
                    case "UNIT_SWAP" -> assertTrue(inds.matches(".*[兀介入欠仵合].*"), inds);
                    case "MISSING_CELL" -> assertTrue(inds.contains("\"actual_text\":null"), inds);
                    case "ZERO_TOTAL_ROW" -> {
                        for (String k : List.of("budget_initial", "budget_adjusted", "executed", "execution_rate")) {
                            if (value(f, k) != null) assertEquals(0.0, f.path(k).asDouble(), f.toString());
                        }
                    }
                    case "YUAN_UNDER_WAN" -> {
                        assertEquals("万元", f.path("amount_unit").asText());
                        assertTrue(f.path("executed").asDouble() >= 100 || f.path("executed").asDouble() == 0, f.toString());
                    }
                    default -> {
                        continue;
                    }
                }
                checked.merge(kind, 1, Integer::sum);
            }
        }
        assertEquals(Set.of("UNIT_SWAP", "MISSING_CELL", "ZERO_TOTAL_ROW", "YUAN_UNDER_WAN"), checked.keySet(), checked.toString());
    }

    /** Converted pages: the truth keeps the traditional characters without the pinyin notes the page shows. */
    @Test
    void traditionalPagesKeepTraditionalTruthWithoutPinyin() throws IOException {
        Pattern pinyin = Pattern.compile("\\p{IsHan}\\([a-zA-Z\\u00C0-\\u024F]{1,8}\\)");
        int forms = 0;
        for (Path corpus : NOISY.values()) {
            for (JsonNode f : truth(corpus)) {
                boolean converted = false;
                for (JsonNode n : f.path("noise")) converted |= "TRADITIONAL".equals(n.asText());
                if (!converted) continue;
                String name = f.path("project_name").asText();
                assertFalse(pinyin.matcher(f.toString()).find(), f.toString());
                assertTrue(Key.hasTraditional(name + f.path("department").asText()), name);
                forms++;
                Path doc = documents(corpus).stream().filter(d -> d.getFileName().toString().equals(f.path("source").asText()))
                        .findFirst().orElseThrow();
                if (doc.toString().endsWith(".txt")) assertTrue(pinyin.matcher(Files.readString(doc)).find(), doc.toString());
            }
        }
        assertTrue(forms > 5, "converted forms: " + forms);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** A heading as printed: a unit in it is the form's own (项目资金（元） for a form in 元). */
    private static boolean printedAs(String text, String heading) {
        return text.contains(heading) || text.contains(heading.replace("（万元）", "（元）"));
    }

    /** A text document as a transcriber reads it: no pinyin notes, no page markers, no white space. */
    static String normalise(String text) {
        String s = PAGE_MARKER.matcher(text).replaceAll("");
        s = Key.dropPinyin(s);
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static void assertPrinted(String text, JsonNode value, String where) {
        if (value == null || value.isNull()) return;
        String v = java.text.Normalizer.normalize(value.asText(), java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
        assertTrue(text.contains(v), where + ": '" + v + "' is not printed");
    }

    /** An amount is printed as a plain decimal, with two decimals, with thousands separators or a 万元 suffix. */
    private static void assertAmountPrinted(String text, JsonNode value, String where) {
        if (value == null || value.isNull()) return;
        BigDecimal d = new BigDecimal(value.asText());
        String plain = d.stripTrailingZeros().toPlainString();
        String two = d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        String bare = text.replace(",", "");
        assertTrue(bare.contains(plain) || bare.contains(two), where + ": " + plain + " is not printed");
    }

    private static Object value(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static double sum(JsonNode f, String key) {
        double s = 0;
        for (JsonNode i : f.path("indicators")) s += i.path(key).asDouble();
        return s;
    }

    static List<JsonNode> truth(Path corpus) throws IOException {
        return ExtractionScore.readLines(corpus.resolve("truth.jsonl"));
    }

    static List<Path> documents(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus.resolve("documents"))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        List<Path> fa = files(a);
        assertEquals(fa, files(b), a.toString());
        for (Path f : fa) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), a.resolve(f).toString());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    static JsonNode planted(Path corpus) throws IOException {
        return JSON.readTree(corpus.resolve("planted.json").toFile());
    }
}
