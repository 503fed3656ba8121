package jixiao.data.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jixiao.data.generate.CorpusGenerator;
import jixiao.data.generate.GeneratorConfig;
import jixiao.data.render.DocumentFormat;
import jixiao.extract.DocumentExtractor;
import jixiao.extract.ExtractionScore;
import jixiao.extract.Extractor;

/**
 * Extraction accuracy for every template × layout: a small corpus per cell (one county of the
 * template's province, a few departments and projects, one year), read back and scored field by field
 * against its truth ({@link ExtractionScore}, the shared scorer's definition). Rows are templates,
 * columns layouts; each cell shows the accuracy and the forms found of those written; the last row
 * and column pool every cell of their column and row.
 */
final class TemplateLayoutMatrix {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final Path dir;
    private final int departments;
    private final int projects;
    private final double noise;
    private final long seed;

    TemplateLayoutMatrix(Path dir, int departments, int projects, double noise, long seed) {
        this.dir = dir;
        this.departments = departments;
        this.projects = projects;
        this.noise = noise;
        this.seed = seed;
    }

    /** One cell's forms: truth and extraction, their sources prefixed with the cell so cells pool without clashes. */
    private record Cell(List<JsonNode> truth, List<JsonNode> extracted) {
    }

    void run(List<String> templates, List<DocumentFormat> layouts, PrintStream out) throws IOException {
        long started = System.nanoTime();
        Map<String, Map<DocumentFormat, Cell>> cells = new LinkedHashMap<>();
        for (String t : templates) {
            Map<DocumentFormat, Cell> row = new LinkedHashMap<>();
            for (DocumentFormat l : layouts) row.put(l, cell(t, l));
            cells.put(t, row);
        }
        int first = Math.max(26, templates.stream().mapToInt(String::length).max().orElse(0) + 1);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + first + "s", "template \\ layout"));
        for (DocumentFormat l : layouts) head.append(String.format(Locale.ROOT, "%16s", l.optionName()));
        head.append(String.format(Locale.ROOT, "%18s", "all"));
        out.println(head);
        Map<DocumentFormat, Cell> columns = new LinkedHashMap<>();
        List<Cell> everything = new ArrayList<>();
        for (Map.Entry<String, Map<DocumentFormat, Cell>> row : cells.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + first + "s", row.getKey()));
            for (Map.Entry<DocumentFormat, Cell> c : row.getValue().entrySet()) {
                line.append(format(List.of(c.getValue())));
                columns.merge(c.getKey(), c.getValue(), TemplateLayoutMatrix::join);
                everything.add(c.getValue());
            }
            line.append("  ").append(format(new ArrayList<>(row.getValue().values())));
            out.println(line);
        }
        StringBuilder all = new StringBuilder(String.format(Locale.ROOT, "%-" + first + "s", "all"));
        for (DocumentFormat l : layouts) all.append(format(List.of(columns.get(l))));
        all.append("  ").append(format(everything));
        out.println(all);
        out.printf(Locale.ROOT, "cells: accuracy (forms found/written); %d templates × %d layouts, noise %.2f, in %.0f s%n",
                templates.size(), layouts.size(), noise, (System.nanoTime() - started) / 1e9);
    }

    private Cell cell(String template, DocumentFormat layout) throws IOException {
        Path corpus = dir.resolve(template + "-" + layout.optionName());
        List<String> formats = List.of(layout.isText() ? "txt" : layout.extension());
        List<String> layouts = List.of(layout.isText() ? layout.optionName() : GeneratorConfig.REALISTIC);
        GeneratorConfig c = new GeneratorConfig(corpus, 1, 2024, 2024, departments, projects, formats, seed, noise,
                List.of(template), layouts);
        new CorpusGenerator(c, QUIET).run();
        Path extracted = corpus.resolve("extracted.jsonl");
        new Extractor(new DocumentExtractor(), QUIET).toJsonLines(List.of(corpus.resolve("documents")), extracted);
        String prefix = template + "-" + layout.optionName() + "__";
        return new Cell(prefixed(ExtractionScore.readLines(corpus.resolve("truth.jsonl")), prefix),
                prefixed(ExtractionScore.readLines(extracted), prefix));
    }

    private static List<JsonNode> prefixed(List<JsonNode> forms, String prefix) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : forms) {
            ObjectNode copy = f.deepCopy();
            copy.put("source", prefix + f.path("source").asText());
            out.add(copy);
        }
        return out;
    }

    private static Cell join(Cell a, Cell b) {
        List<JsonNode> truth = new ArrayList<>(a.truth());
        truth.addAll(b.truth());
        List<JsonNode> extracted = new ArrayList<>(a.extracted());
        extracted.addAll(b.extracted());
        return new Cell(truth, extracted);
    }

    /** "0.9123 6/6": the pooled accuracy of the cells and the forms found of those written. */
    private String format(List<Cell> cells) throws IOException {
        Cell pooled = cells.stream().reduce(TemplateLayoutMatrix::join).orElseThrow();
        if (pooled.truth().isEmpty()) return String.format(Locale.ROOT, "%16s", "—");
        Path truth = Files.createTempFile(dir, "truth", ".jsonl");
        List<String> lines = new ArrayList<>();
        for (JsonNode t : pooled.truth()) lines.add(JSON.writeValueAsString(t));
        Files.write(truth, lines);
        ExtractionScore s = ExtractionScore.of(pooled.extracted(), truth);
        Files.delete(truth);
        return String.format(Locale.ROOT, "%16s", String.format(Locale.ROOT, "%.3f %d/%d", s.accuracy(), s.formsFound, s.formsTotal));
    }
}
