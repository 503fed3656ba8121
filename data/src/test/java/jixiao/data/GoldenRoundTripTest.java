package jixiao.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.data.layout.FormStyle;
import jixiao.data.layout.Layout;
import jixiao.data.render.DocumentFormat;
import jixiao.extract.ContractJson;
import jixiao.extract.DocumentExtractor;
import jixiao.model.DocumentResult;
import jixiao.model.Form;
import jixiao.extract.ExtractionScore;
import jixiao.testing.Resources;

/** Each seed golden written in every layout and format and read back: the reader must give the golden again. */
class GoldenRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Text exports in the four clean layouts, and each office format: the bar is ≥ 0.99 against
     * the goldens. The damaged layouts of real exports (loose pipes, run-together text, scrambled PDF
     * text…) are measured by {@code benchmark roundtrip --matrix}, not held to this bar.
     */
    @ParameterizedTest
    @EnumSource(value = DocumentFormat.class, names = {"TXT_TAB", "TXT_CELLS", "TXT_PIPE", "TXT_SPACE", "XLSX", "XLS", "DOCX", "PDF"})
    void everyFormatRoundTrips(DocumentFormat format) throws IOException {
        Path dir = Files.createTempDirectory("rt-" + format);
        List<JsonNode> extracted = new ArrayList<>();
        DocumentExtractor extractor = new DocumentExtractor();
        for (Path golden : goldens()) {
            List<Form> forms = ContractJson.readGolden(golden);
            List<Layout> layouts = forms.stream().map(f -> FormStyle.fitting(f).layout(f)).toList();
            String stem = golden.getFileName().toString().replace(".json", "");
            Path doc = dir.resolve(stem + "." + format.extension());
            try (OutputStream out = Files.newOutputStream(doc)) {
                format.write(layouts, out);
            }
            DocumentResult r = extractor.extract(doc);
            assertTrue(r.rejects().isEmpty(), () -> r.rejects().toString());
            for (Form f : r.forms()) extracted.add(JSON.valueToTree(ContractJson.toMap(f)));
        }
        ExtractionScore score = ExtractionScore.of(extracted, Resources.path("goldens"));
        System.out.printf("round trip %s: accuracy %.4f (forms %d/%d, extra %d)%n", format, score.accuracy(),
                score.formsFound, score.formsTotal, score.extra);
        assertEquals(0, score.extra, score::report);
        assertTrue(score.accuracy() >= 0.99, score::report);
    }

    static List<Path> goldens() throws IOException {
        try (Stream<Path> s = Files.list(Resources.path("goldens"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
