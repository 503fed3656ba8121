package jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.testing.Resources;

/** The three real seed documents, extracted and compared field by field with their hand-made goldens. */
class SeedGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Path out;
    static ExtractSummary summary;

    @BeforeAll
    static void extractSeeds() {
        out = tmp.resolve("seeds.jsonl");
        summary = new Extractor(new DocumentExtractor(), System.err).toJsonLines(List.of(Resources.path("seeds")), out);
    }

    private static List<JsonNode> lines() throws IOException {
        List<JsonNode> forms = new ArrayList<>();
        for (String l : Files.readAllLines(out)) if (!l.isBlank()) forms.add(JSON.readTree(l));
        return forms;
    }

    @Test
    void everyFormIsFoundWithNoExtraAndFieldsMatchTheGoldens() throws IOException {
        ExtractionScore score = ExtractionScore.of(lines(), Resources.path("goldens"));
        assertEquals(19, score.formsTotal);
        assertEquals(19, score.formsFound, score::report);
        assertEquals(0, score.extra, score::report);
        assertTrue(score.accuracy() >= 0.99, score::report);
    }

    @Test
    void summaryTableIsKeptApartAndNothingIsRejected() {
        assertEquals(3, summary.files());
        assertEquals(19, summary.forms());
        assertEquals(7, summary.summaryRows(), "seed 001 opens with a summary table of its seven projects");
        assertTrue(summary.rejects().isEmpty(), () -> summary.rejects().toString());
    }

    /** The project's own scorer agrees (run when Python and the shared folder are there, as in CI). */
    @Test
    void sharedScorerAgrees() throws Exception {
        Path scorer = Path.of("..", "..", "shared", "tools", "score_extract.py").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.exists(scorer), "shared/tools/score_extract.py not beside the project");
        Process p = new ProcessBuilder("python3", scorer.toString(), out.toString(),
                Resources.path("goldens").toString(), "--min", "0.99").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
    }
}
