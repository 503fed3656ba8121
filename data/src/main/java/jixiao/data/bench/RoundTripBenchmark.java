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

import jixiao.data.generate.GeneratorConfig;
import jixiao.data.generate.Noise;
import jixiao.data.render.DocumentFormat;
import jixiao.extract.DocumentExtractor;
import jixiao.extract.ExtractionScore;
import jixiao.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Generates a corpus per format (with noise when asked), extracts it and scores it against its
 * truth: overall per format, and per noise kind over the damaged forms only. With {@code --matrix},
 * accuracy per catalogue template × layout instead ({@link TemplateLayoutMatrix}).
 */
@Command(name = "roundtrip", mixinStandardHelpOptions = true, description = "Extraction accuracy on generated corpora, by format "
        + "and noise kind, or (--matrix) by template × layout.")
public final class RoundTripBenchmark implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--noise", description = "share of damaged forms (default: 0.3; with --matrix 0)")
    Double noise;

    @Option(names = "--matrix", description = "accuracy per template (rows) × layout (columns), a small corpus per cell")
    boolean matrix;

    @Option(names = "--templates", defaultValue = "all", split = ",",
            description = "with --matrix: catalogue templates to measure (default: ${DEFAULT-VALUE})")
    List<String> templates;

    @Option(names = "--layouts", split = ",",
            description = "with --matrix: layouts to measure (default: the nine text layouts, xlsx, xls, docx, pdf)")
    List<String> layouts;

    @Option(names = "--departments", defaultValue = "2", description = "with --matrix: departments per cell, one document each (default: ${DEFAULT-VALUE})")
    int departments;

    @Option(names = "--projects", defaultValue = "3", description = "with --matrix: forms per document (default: ${DEFAULT-VALUE})")
    int projects;

    @Option(names = "--regions", defaultValue = "4", description = "regions per corpus: 72 forms each (default: ${DEFAULT-VALUE})")
    int regions;

    @Option(names = "--formats", defaultValue = "txt,xlsx,docx,pdf", split = ",")
    List<String> formats;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-roundtrip");
        try {
            return run(dir);
        } finally {
            Corpora.delete(dir);
        }
    }

    private int run(Path dir) throws Exception {
        if (matrix) {
            List<String> ids = new GeneratorConfig(dir, 1, 2024, 2024, 1, 1, List.of("txt"), 7, 0, templates,
                    List.of(GeneratorConfig.REALISTIC)).templates();
            List<DocumentFormat> columns = new ArrayList<>();
            if (layouts == null) {
                for (DocumentFormat f : DocumentFormat.values()) if (f.isText()) columns.add(f);
                columns.addAll(List.of(DocumentFormat.XLSX, DocumentFormat.XLS, DocumentFormat.DOCX, DocumentFormat.PDF));
            } else {
                for (String l : layouts) columns.add(DocumentFormat.byOptionName(l));
            }
            new TemplateLayoutMatrix(dir, departments, projects, noise == null ? 0 : noise, 7).run(ids, columns, System.out);
            return 0;
        }
        double noise = this.noise == null ? 0.3 : this.noise;
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
            boolean has = false;
            for (JsonNode k : n) has |= k.asText().equals(kind);
            if (kind == null ? clean : has) out.add(t);
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
