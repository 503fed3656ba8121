package jixiao.data.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jixiao.data.generate.CorpusGenerator;
import jixiao.data.generate.GeneratorConfig;
import jixiao.data.layout.FormStyle;
import jixiao.data.layout.Layout;
import jixiao.data.render.DocumentFormat;
import jixiao.extract.ContractJson;
import jixiao.model.Form;

/** Corpora the benchmarks measure on, made with the generator. */
public final class Corpora {
    private Corpora() {
    }

    /** A benchmark's scratch folder and everything in it, removed when the benchmark ends however it ends. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    static CorpusGenerator.Summary generate(Path out, String format, int regions, double noise, long seed)
            throws IOException {
        GeneratorConfig c = new GeneratorConfig(out, regions, 2022, 2024, 4, 6, List.of(format), seed, noise);
        return new CorpusGenerator(c, new java.io.PrintStream(OutputStream.nullOutputStream())).run();
    }

    /** One workbook with a form on each of {@code sheets} sheets, from a generated corpus's truth. */
    static Path workbook(Path dir, int sheets, long seed) throws IOException {
        Path corpus = dir.resolve("wb-corpus");
        generate(corpus, "txt", Math.max(1, sheets / 72 + 1), 0, seed);
        List<Form> forms = ContractJson.readLines(corpus.resolve("truth.jsonl")).stream().limit(sheets).toList();
        List<Layout> layouts = forms.stream().map(f -> FormStyle.fitting(f).layout(f)).toList();
        Path file = dir.resolve(sheets + "-sheets.xlsx");
        try (OutputStream o = Files.newOutputStream(file)) {
            DocumentFormat.XLSX.write(layouts, o);
        }
        return file;
    }
}
