package jixiao.data.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.data.generate.Noise;
import jixiao.extract.DocumentExtractor;
import jixiao.extract.ExtractionScore;
import jixiao.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates a corpus per format (with noise when asked), extracts it and scores it against its
 * truth: overall per format, and per noise kind over the damaged forms only.
 */
@Command(name = "roundtrip", mixinStandardHelpOptions = true, description = "Extraction accuracy on generated corpora, by format and noise kind.")
public final class RoundTripBenchmark implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--noise", defaultValue = "0.3", description = "share of damaged forms (default: ${DEFAULT-VALUE})")
    double noise;

    @Option(names = "--regions", defaultValue = "4", description = "regions per corpus: 72 forms each (default: ${DEFAULT-VALUE})")
    int regions;

    @Option(names = "--formats", defaultValue = "txt,xlsx,docx,pdf", split = ",")
    List<String> formats;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-roundtrip");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        System.out.printf("%-6s %-16s %7s %9s%n", "format", "forms", "count", "accuracy");
        for (String format : formats) {
            Path corpus = dir.resolve(format);
            Corpora.generate(corpus, format, regions, noise, 7);
            Path extracted = corpus.resolve("extracted.jsonl");
            new Extractor(new DocumentExtractor(), quiet).toJsonLines(List.of(corpus.resolve("documents")), extracted);
            List<JsonNode> all = ExtractionScore.readLines(extracted);
            List<JsonNode> truth = ExtractionScore.readLines(corpus.resolve("truth.jsonl"));
            report(format, "all", all, truth, corpus);
            report(format, "clean", all, noisy(truth, null), corpus);
            for (Noise n : Noise.values()) report(format, n.name(), all, noisy(truth, n.name()), corpus);
        }
        return 0;
    }

    private static List<JsonNode> noisy(List<JsonNode> truth, String kind) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode t : truth) {
            JsonNode n = t.path("noise");
            boolean clean = n.isEmpty();
            if (kind == null ? clean : (!clean && kind.equals(n.get(0).asText()))) out.add(t);
        }
        return out;
    }

    private static void report(String format, String label, List<JsonNode> extracted, List<JsonNode> truth, Path dir)
            throws Exception {
        if (truth.isEmpty()) return;
        Set<String> keys = new HashSet<>();
        for (JsonNode t : truth) keys.add(t.path("source").asText() + "#" + t.path("form_index").asInt());
        List<JsonNode> subset = extracted.stream()
                .filter(e -> keys.contains(e.path("source").asText() + "#" + e.path("form_index").asInt())).toList();
        Path file = dir.resolve("truth-" + label + ".jsonl");
        List<String> lines = new ArrayList<>();
        for (JsonNode t : truth) lines.add(JSON.writeValueAsString(t));
        Files.write(file, lines);
        ExtractionScore s = ExtractionScore.of(subset, file);
        System.out.printf("%-6s %-16s %7d %9.4f%n", format, label, truth.size(), s.accuracy());
    }
}
