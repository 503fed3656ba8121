package jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.model.DocumentResult;
import jixiao.model.Form;
import jixiao.model.Reading;
import jixiao.testing.Resources;

/** The reading of a form survives a JSON line and back; lines without one read as {@link Reading#NONE}. */
class ContractJsonReadingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void anExtractionsReadingRoundTrips() throws IOException {
        DocumentExtractor extractor = new DocumentExtractor();
        StringWriter out = new StringWriter();
        List<Form> read = new java.util.ArrayList<>();
        for (String name : List.of("002-run-together-rows.txt", "006-tail-fragment-empty-scores.txt")) {
            DocumentResult d = extractor.extract(Resources.path("real").resolve(name));
            read.addAll(d.forms());
        }
        for (Form f : read) ContractJson.writeLine(out, f);
        Path lines = Files.writeString(tmp.resolve("out.jsonl"), out.toString());

        List<Form> back = ContractJson.readLines(lines);
        assertEquals(read.size(), back.size());
        assertTrue(read.stream().anyMatch(f -> f.reading().partial()), "a partial form is among them");
        assertTrue(read.stream().anyMatch(f -> !f.reading().notes().isEmpty()), "a form with notes is among them");
        assertTrue(read.stream().anyMatch(f -> !f.reading().provenance().isEmpty()), "a form with provenance is among them");
        for (int i = 0; i < read.size(); i++) {
            Reading r = read.get(i).reading();
            // the strategy is not part of the line
            Reading expected = new Reading(r.template(), Reading.NONE.strategy(), r.partial(), r.missing(),
                    r.confidence(), r.notes(), r.provenance());
            assertEquals(expected, back.get(i).reading(), read.get(i).source() + " form " + read.get(i).formIndex());
        }
    }

    @Test
    void notesAndProvenanceAreWrittenOnlyWhenThereAreAny() {
        Form bare = new Form("x.txt", 0, null, 2024, "项目", null, null, null, null, "万元", null, null, null, null,
                null, null, null, List.of(), null, null, null, null);
        Map<String, Object> m = ContractJson.toMap(bare);
        assertFalse(m.containsKey("template_notes"));
        assertFalse(m.containsKey("provenance"));
        assertFalse(m.containsKey("missing"));
        Form noted = bare.withReading(new Reading("mof-2020", "rows", true, List.of("budget block"), 0.5,
                List.of("预算执行率=预算执行数/调整后预算数"), List.of("unit inferred")));
        Map<String, Object> n = ContractJson.toMap(noted);
        assertEquals(List.of("预算执行率=预算执行数/调整后预算数"), n.get("template_notes"));
        assertEquals(List.of("unit inferred"), n.get("provenance"));
        assertEquals(List.of("budget block"), n.get("missing"));
    }

    @Test
    void aLineWithoutAReadingReadsAsNone() throws IOException {
        Form f = ContractJson.fromJson(JSON.readTree("{\"source\":\"a.txt\",\"form_index\":0,\"partial\":false}"));
        assertEquals(Reading.NONE, f.reading());
        Form cut = ContractJson.fromJson(JSON.readTree(
                "{\"source\":\"a.txt\",\"form_index\":0,\"partial\":true,\"missing\":\"budget block\"}"));
        assertEquals(List.of("budget block"), cut.reading().missing(), "a hand-written golden's lone string");
        assertTrue(cut.reading().partial());
    }
}
