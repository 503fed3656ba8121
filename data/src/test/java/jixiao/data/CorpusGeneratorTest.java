package jixiao.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.data.generate.CorpusGenerator;
import jixiao.data.generate.GeneratorConfig;
import jixiao.extract.DocumentExtractor;
import jixiao.extract.ExtractionScore;
import jixiao.extract.Extractor;
import jixiao.model.Form;

/** A small generated corpus: reproducible, consistent with its planted counts, and read back exactly. */
class CorpusGeneratorTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    static final List<String> FORMATS = List.of("txt", "xlsx", "docx", "pdf");

    @TempDir
    static Path tmp;
    static Path corpus;
    static CorpusGenerator.Summary summary;

    static GeneratorConfig config(Path out, List<String> formats, double noise) {
        // the seed templates and clean layouts: the reader is held to ≥ 0.99 on these (the catalogue's
        // templates and the damaged layouts are measured by CatalogueCorpusTest and the benchmark)
        return new GeneratorConfig(out, 3, 2022, 2024, 3, 3, formats, 5, noise, List.of(GeneratorConfig.SEEDS),
                List.of(GeneratorConfig.CLEAN));
    }

    @BeforeAll
    static void generate() throws IOException {
        corpus = tmp.resolve("a");
        summary = new CorpusGenerator(config(corpus, FORMATS, 0), QUIET).run();
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        Path again = tmp.resolve("b");
        new CorpusGenerator(config(again, FORMATS, 0), QUIET).run();
        List<Path> files = files(corpus);
        assertEquals(files.size(), files(again).size());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(corpus.resolve(f)), Files.readAllBytes(again.resolve(f)), f.toString());
        }
    }

    /** A generation that fails half-way leaves no truth.jsonl: the benchmarks reuse a corpus only when it has one. */
    @Test
    void failedGenerationLeavesNoTruth() throws IOException {
        Path broken = tmp.resolve("broken");
        // a plain file where the generator must make the first document's folder
        Path first = files(corpus).stream().filter(f -> f.startsWith("documents") && f.getNameCount() > 2).findFirst().orElseThrow();
        Files.createDirectories(broken.resolve(first.getParent()).getParent());
        Files.writeString(broken.resolve(first.getParent()), "in the way");
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> new CorpusGenerator(config(broken, FORMATS, 0), QUIET).run());
        assertTrue(Files.notExists(broken.resolve("truth.jsonl")));
        assertTrue(Files.exists(corpus.resolve("truth.jsonl")) && Files.notExists(corpus.resolve("truth.jsonl.partial")));
    }

    @Test
    void truthHasEveryFormAndPlantedCountsEveryHabit() throws IOException {
        List<Form> truth = jixiao.extract.ContractJson.readLines(corpus.resolve("truth.jsonl"));
        assertEquals(summary.forms(), truth.size());
        assertTrue(truth.size() >= 3 * 3 * 2 * 3, "most projects run every year");
        JsonNode planted = new ObjectMapper().readTree(corpus.resolve("planted.json").toFile());
        assertEquals(3, planted.path("regions").size());
        for (JsonNode r : planted.path("regions")) {
            for (JsonNode year : r.path("years")) {
                year.forEach(h -> assertTrue(h.path("applied").asLong() <= h.path("eligible").asLong()));
            }
        }
    }

    /** A planted count agrees with what the truth shows: floored execution scores, region by region. */
    @Test
    void flooredExecutionScoresInTruthMatchPlantedCounts() throws IOException {
        List<Form> truth = jixiao.extract.ContractJson.readLines(corpus.resolve("truth.jsonl"));
        long floored = truth.stream().filter(f -> {
            double exact = Math.min(f.executionRate(), 1.0) * 10;
            return Math.abs(exact - Math.rint(exact)) > 1e-9 && Math.abs(f.executionScore() - Math.floor(exact)) < 1e-9;
        }).count();
        long applied = 0;
        for (JsonNode r : new ObjectMapper().readTree(corpus.resolve("planted.json").toFile()).path("regions")) {
            for (JsonNode year : r.path("years")) applied += year.path("FLOORED_EXECUTION_SCORE").path("applied").asLong();
        }
        assertEquals(applied, floored);
    }

    /**
     * Damage to a printed value is in the truth, as a transcriber reads the page: an OCR'd unit stays
     * swapped (万兀, 入), a left-out actual value is null; the four kinds drawn are the ones these corpora always had.
     */
    @Test
    void noiseThatChangesPrintedValuesChangesTheTruth() throws IOException {
        Path out = tmp.resolve("noisy");
        new CorpusGenerator(config(out, List.of("txt"), 0.6), QUIET).run();
        int swapped = 0;
        int missing = 0;
        for (JsonNode t : ExtractionScore.readLines(out.resolve("truth.jsonl"))) {
            String kind = t.path("noise").isEmpty() ? "" : t.path("noise").get(0).asText();
            String inds = t.path("indicators").toString();
            assertTrue(List.of("", "UNIT_SWAP", "SHIFTED_COLUMNS", "MISSING_CELL", "WRAPPED_CELL").contains(kind), kind);
            if (kind.equals("UNIT_SWAP")) {
                assertTrue(inds.matches(".*[兀介入欠仵合].*"), inds);
                swapped++;
            }
            if (kind.equals("MISSING_CELL")) {
                assertTrue(inds.contains("\"actual_text\":null"), inds);
                missing++;
            }
        }
        assertTrue(swapped > 0 && missing > 0, swapped + " swapped, " + missing + " missing");
    }

    /** With noise off, every format reads back at ≥ 0.99 against the truth. */
    @ParameterizedTest
    @ValueSource(strings = {"txt", "xlsx", "xls", "docx", "pdf"})
    void roundTripsInEveryFormat(String format) throws IOException {
        Path out = tmp.resolve("rt-" + format);
        new CorpusGenerator(config(out, List.of(format), 0), QUIET).run();
        Path extracted = out.resolve("extracted.jsonl");
        new Extractor(new DocumentExtractor(), QUIET).toJsonLines(List.of(out.resolve("documents")), extracted);
        ExtractionScore s = ExtractionScore.of(ExtractionScore.readLines(extracted), out.resolve("truth.jsonl"));
        System.out.printf("generated %s: accuracy %.4f (forms %d/%d, extra %d)%n", format, s.accuracy(), s.formsFound,
                s.formsTotal, s.extra);
        assertEquals(s.formsTotal, s.formsFound, s::report);
        assertTrue(s.accuracy() >= 0.99, s::report);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
