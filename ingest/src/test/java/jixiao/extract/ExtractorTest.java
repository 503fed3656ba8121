package jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.testing.Resources;

/** Reading on several threads gives the same output, line for line, as reading on one. */
class ExtractorTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path tmp;

    @Test
    void threadsChangeNothingButTheTime() throws IOException {
        List<Path> inputs = List.of(Resources.path("seeds"), Resources.path("real"));
        Path one = tmp.resolve("one.jsonl");
        Path three = tmp.resolve("three.jsonl");
        ExtractSummary a = new Extractor(new DocumentExtractor(), QUIET).toJsonLines(inputs, one);
        ExtractSummary b = new Extractor(DocumentExtractor::new, QUIET, 3).toJsonLines(inputs, three);
        assertTrue(a.forms() > 20, "forms read: " + a.forms());
        assertEquals(Files.readAllLines(one), Files.readAllLines(three), "the same lines in the same order");
        assertEquals(a.files(), b.files());
        assertEquals(a.byStatus(), b.byStatus());
    }
}
