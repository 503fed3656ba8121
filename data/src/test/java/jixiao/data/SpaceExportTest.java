package jixiao.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.data.generate.CorpusGenerator;
import jixiao.data.generate.GeneratorConfig;
import jixiao.data.layout.FormStyle;
import jixiao.data.render.TextRenderer;
import jixiao.data.render.TextStyle;
import jixiao.extract.ContractJson;
import jixiao.extract.DocumentExtractor;
import jixiao.extract.ExtractionScore;
import jixiao.extract.Extractor;
import jixiao.model.Form;

/**
 * Many forms in one space-aligned export, each table padded to its own widths (as PDF text exports
 * of a department's forms are): columns must be found table by table, not for the whole file.
 */
class SpaceExportTest {
    @TempDir
    Path tmp;

    @Test
    void manyFormsOfDifferentWidthsInOneSpaceExport() throws IOException {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(new GeneratorConfig(corpus, 2, 2024, 2024, 2, 12, List.of("txt"), 13, 0,
                List.of(GeneratorConfig.SEEDS), List.of(GeneratorConfig.CLEAN)), quiet).run();
        Map<String, List<Form>> bySource = new LinkedHashMap<>();
        for (Form f : ContractJson.readLines(corpus.resolve("truth.jsonl"))) {
            bySource.computeIfAbsent(f.source(), k -> new java.util.ArrayList<>()).add(f);
        }
        Path docs = Files.createDirectories(tmp.resolve("space"));
        for (Map.Entry<String, List<Form>> e : bySource.entrySet()) {
            String text = new TextRenderer(TextStyle.SPACE).render(e.getValue().stream()
                    .map(f -> FormStyle.fitting(f).layout(f)).toList());
            Files.writeString(docs.resolve(e.getKey()), text, StandardCharsets.UTF_8);
        }
        Path out = tmp.resolve("out.jsonl");
        new Extractor(new DocumentExtractor(), quiet).toJsonLines(List.of(docs), out);
        ExtractionScore s = ExtractionScore.of(ExtractionScore.readLines(out), corpus.resolve("truth.jsonl"));
        assertEquals(s.formsTotal, s.formsFound, s::report);
        assertTrue(s.accuracy() >= 0.99, s::report);
    }
}
