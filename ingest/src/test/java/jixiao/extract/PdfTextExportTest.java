package jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.testing.Resources;

/** The seed forms as pdftotext -layout prints them: jittered columns, pushed words, wrapped cells. */
class PdfTextExportTest {
    @TempDir
    Path tmp;

    @Test
    void pdftotextLayoutOfTheSeedFormsReadsBack() throws IOException {
        Path out = tmp.resolve("pt.jsonl");
        new Extractor(new DocumentExtractor(), System.err).toJsonLines(List.of(Resources.path("pdftotext")), out);
        List<JsonNode> forms = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String l : Files.readAllLines(out)) forms.add(json.readTree(l));
        ExtractionScore score = ExtractionScore.of(forms, Resources.path("goldens"));
        assertEquals(19, score.formsFound, score::report);
        assertEquals(0, score.extra, score::report);
        assertTrue(score.accuracy() >= 0.95, score::report);
    }
}
