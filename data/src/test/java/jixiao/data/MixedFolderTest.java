package jixiao.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.data.generate.CorpusGenerator;
import jixiao.data.generate.GeneratorConfig;
import jixiao.extract.DocumentExtractor;
import jixiao.extract.ExtractSummary;
import jixiao.extract.ExtractionScore;
import jixiao.extract.Extractor;
import jixiao.model.Reject;

/** One folder mixing every format and some bad files: all good forms read, every bad file rejected with its reason. */
class MixedFolderTest {
    @TempDir
    Path tmp;

    @Test
    void everyFormatIsReadAndBadFilesAreRejectedWithReasons() throws IOException {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(new GeneratorConfig(corpus, 4, 2023, 2024, 3, 3,
                List.of("txt", "xlsx", "xls", "docx", "pdf"), 9, 0, List.of(GeneratorConfig.SEEDS),
                List.of(GeneratorConfig.CLEAN)), quiet).run();
        Path docs = corpus.resolve("documents");
        Files.write(docs.resolve("truncated.xlsx"), java.util.Arrays.copyOf(
                Files.readAllBytes(findAny(docs, ".xlsx")), 600));
        Files.writeString(docs.resolve("page.xls"), "<html><body><table><tr><td>项目名称</td></tr></table></body></html>");
        Files.write(docs.resolve("not-a.pdf"), "%PDF-1.7\n1 0 obj broken".getBytes());
        Files.write(docs.resolve("empty.docx"), new byte[0]);
        Path out = tmp.resolve("out.jsonl");
        ExtractSummary s = new Extractor(new DocumentExtractor(), quiet).toJsonLines(List.of(docs), out);

        ExtractionScore score = ExtractionScore.of(ExtractionScore.readLines(out), corpus.resolve("truth.jsonl"));
        assertEquals(score.formsTotal, score.formsFound, score::report);
        assertTrue(score.accuracy() >= 0.99, score::report);
        Map<String, String> reasons = new TreeMap<>();
        for (Reject r : s.rejects()) reasons.put(r.file(), r.code().name());
        assertEquals(Map.of("truncated.xlsx", "CORRUPT", "page.xls", "FORMAT_MISMATCH", "not-a.pdf", "CORRUPT",
                "empty.docx", "EMPTY_FILE"), reasons);
    }

    private static Path findAny(Path dir, String suffix) throws IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }
}
