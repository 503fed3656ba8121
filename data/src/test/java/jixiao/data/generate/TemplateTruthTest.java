package jixiao.data.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.data.layout.Traditional;
import jixiao.extract.ExtractionScore;
import jixiao.recognise.vocab.Key;
import jixiao.recognise.vocab.Template;
import jixiao.recognise.vocab.Templates;
import jixiao.recognise.vocab.Vocabulary;

/** What the generator prints for a template is the catalogue's, and its habits are counted only where they show. */
class TemplateTruthTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path tmp;

    /** Every heading variant a template may print is one the vocabulary knows for that column. */
    @Test
    void headingVariantsAreVocabularyVariants() {
        Vocabulary v = Vocabulary.get();
        int variants = 0;
        for (Template t : Templates.get().all()) {
            for (Map.Entry<String, List<String>> e : Headings.variants(t).entrySet()) {
                for (String printed : e.getValue()) {
                    assertTrue(v.is(printed, e.getKey()), t.id() + " " + e.getKey() + " " + printed);
                    variants++;
                }
            }
        }
        assertTrue(variants >= 16, "variants: " + variants);
    }

    /** Traditional text folds back to the simplified text it came from, as the recogniser folds it. */
    @Test
    void traditionalFoldsBack() throws IOException {
        Path corpus = tmp.resolve("c");
        new CorpusGenerator(new GeneratorConfig(corpus, 6, 2024, 2024, 3, 3, List.of("txt"), 3, 0,
                List.of(GeneratorConfig.ALL), List.of("tab")), QUIET).run();
        int changed = 0;
        for (JsonNode f : ExtractionScore.readLines(corpus.resolve("truth.jsonl"))) {
            String text = f.toString();
            String traditional = Traditional.of(text);
            assertEquals(text, Key.simplified(traditional));
            assertEquals(traditional, Key.dropPinyin(Traditional.withPinyin(traditional)));
            if (!traditional.equals(text)) changed++;
        }
        assertTrue(changed > 0);
        assertEquals("項(xiàng)目支出績效自評表", Traditional.withPinyin(Traditional.of("项目支出绩效自评表")));
        assertEquals("昌寧縣供銷合作社", Traditional.of("昌宁县供销合作社"));
    }

    /**
     * A habit is counted only on forms whose template prints what it changes: a template with no points
     * (central-transfer) has no eligible form for full marks, deducted points or floored scores, and no
     * budget cut without 年初预算数; a template with them has.
     */
    @Test
    void habitsAreCountedOnlyWhereTheTemplateShowsThem() throws IOException {
        JsonNode none = planted("central-transfer");
        JsonNode all = planted("mof-2020");
        for (String habit : List.of("FULL_MARKS_DESPITE_MISS", "DEDUCT_DESPITE_MET", "FLOORED_EXECUTION_SCORE", "BUDGET_CUT_TO_FULL")) {
            assertEquals(0, eligible(none, habit), habit);
        }
        for (String habit : List.of("FULL_MARKS_DESPITE_MISS", "FLOORED_EXECUTION_SCORE", "BUDGET_CUT_TO_FULL", "BLANK_ACTUALS")) {
            assertTrue(eligible(all, habit) > 0, habit);
        }
        assertTrue(eligible(none, "BLANK_ACTUALS") > 0, "actual values show in every template");
    }

    /**
     * Floored execution scores in the truth are the planted ones, for templates whose execution line is
     * worth 10 or 20. A form whose exact score rounds to its floor (8.003 → 8.00) could have been floored
     * or not: the planted count may exceed the visible one by at most those.
     */
    @Test
    void flooredScoresInTruthMatchPlantedCounts() throws IOException {
        long seen = 0;
        for (String template : List.of("mof-2020", "hubei-project", "scoring-sheet", "sichuan-district")) {
            Path corpus = tmp.resolve("floor-" + template);
            new CorpusGenerator(new GeneratorConfig(corpus, 12, 2022, 2024, 2, 4, List.of("txt"), 10, 0,
                    List.of(template), List.of("tab")), QUIET).run();
            long floored = 0;
            long ambiguous = 0;
            for (JsonNode f : ExtractionScore.readLines(corpus.resolve("truth.jsonl"))) {
                double weight = f.path("execution_weight").asDouble();
                double exact = Math.min(f.path("execution_rate").asDouble(), 1.0) * weight;
                boolean fractional = Math.abs(exact - Math.rint(exact)) > 1e-9;
                boolean roundsToFloor = Math.abs(FormFactory.round2(exact) - Math.floor(exact)) < 1e-9;
                if (fractional && roundsToFloor) ambiguous++;
                else if (fractional && Math.abs(f.path("execution_score").asDouble() - Math.floor(exact)) < 1e-9) floored++;
            }
            JsonNode planted = new ObjectMapper().readTree(corpus.resolve("planted.json").toFile());
            long applied = applied(planted, "FLOORED_EXECUTION_SCORE");
            assertTrue(floored <= applied && applied <= floored + ambiguous,
                    template + ": floored " + floored + ", planted " + applied + ", ambiguous " + ambiguous);
            assertTrue(floored > 0 || applied == 0, template);
            seen += floored;
        }
        assertTrue(seen >= 10, "floored scores seen: " + seen);
    }

    /** Only the scoring sheet's performance rows are indicators; its decision and management rows are not. */
    @Test
    void scoringSheetIndicatorsArePerformanceRowsOnly() throws IOException {
        Path corpus = tmp.resolve("scoring");
        new CorpusGenerator(new GeneratorConfig(corpus, 2, 2024, 2024, 2, 3, List.of("txt"), 5, 0,
                List.of("scoring-sheet"), List.of("tab")), QUIET).run();
        for (JsonNode f : ExtractionScore.readLines(corpus.resolve("truth.jsonl"))) {
            for (JsonNode i : f.path("indicators")) {
                String l1 = i.path("level1").asText();
                assertTrue(l1.equals("项目产出") || l1.equals("项目效益"), l1);
            }
            assertFalse(f.path("indicators").isEmpty());
        }
    }

    private JsonNode planted(String template) throws IOException {
        Path corpus = tmp.resolve("planted-" + template);
        new CorpusGenerator(new GeneratorConfig(corpus, 4, 2022, 2024, 4, 4, List.of("txt"), 10, 0,
                List.of(template), List.of("tab")), QUIET).run();
        return new ObjectMapper().readTree(corpus.resolve("planted.json").toFile());
    }

    private static long eligible(JsonNode planted, String habit) {
        return count(planted, habit, "eligible");
    }

    private static long applied(JsonNode planted, String habit) {
        return count(planted, habit, "applied");
    }

    private static long count(JsonNode planted, String habit, String what) {
        long n = 0;
        for (JsonNode r : planted.path("regions")) {
            for (JsonNode y : r.path("years")) n += y.path(habit).path(what).asLong();
        }
        return n;
    }
}
