package jixiao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;

import jixiao.data.generate.CorpusGenerator;
import jixiao.data.generate.GeneratorConfig;
import jixiao.lake.IngestJob;
import jixiao.lake.Lake;
import jixiao.site.SiteBuilder;
import jixiao.site.build.SiteWriter;
import jixiao.site.load.LakeSnapshot;
import jixiao.spark.SparkSessions;
import jixiao.transform.GoldTables;
import jixiao.transform.TransformJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jixiao benchmark site}: how long the site takes for N forms (a benchmark, not a test). Generates a
 * text corpus of about N forms, ingests and transforms it (once; kept in --dir), then times a full site build,
 * an unchanged rebuild, and a rebuild after one document of one region changed (re-ingested and re-transformed),
 * printing files drawn and kept and the site's size.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Time the site build for about N forms: full, unchanged, and after one region changed.")
public final class SiteBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--forms", defaultValue = "10000", description = "forms to generate, about (default: ${DEFAULT-VALUE})")
    int forms;

    @Option(names = "--dir", defaultValue = "target/bench-site", description = "work folder, kept between runs (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--master", description = "Spark master (default: local[*], or what spark-submit set)")
    String master;

    @Override
    public Integer call() throws IOException {
        Path work = Files.createDirectories(dir);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Path corpus = work.resolve("corpus-" + forms);
        Path lakeDir = work.resolve("lake-" + forms).toAbsolutePath();
        Lake lake = new Lake(lakeDir.toString());
        if (!Files.exists(corpus.resolve("truth.jsonl"))) {
            System.out.println(new CorpusGenerator(GeneratorConfig.aboutForms(corpus, forms),
                    quiet).run().closingLine(corpus));
        }
        SparkSession spark = SparkSessions.getOrCreate("jixiao-site-benchmark", master);
        if (!Files.isDirectory(lakeDir.resolve(GoldTables.REGION_SUMMARY).resolve("_delta_log"))) {
            long t0 = System.nanoTime();
            new IngestJob(spark, lake, quiet).run(List.of(corpus.resolve("documents")), false);
            System.out.printf(Locale.ROOT, "ingest: %.1f s%n", BenchFiles.secs(t0));
            System.out.println(new TransformJob(spark, lake).run().closingLine());
        }
        Path site = work.resolve("site-" + forms);
        jixiao.data.bench.Corpora.delete(site);

        long t0 = System.nanoTime();
        LakeSnapshot snapshot = LakeSnapshot.read(spark, lake);
        double read = BenchFiles.secs(t0);
        SiteBuilder builder = new SiteBuilder(spark, lake, site);
        t0 = System.nanoTime();
        builder.build(snapshot);
        double full = BenchFiles.secs(t0);
        report("full build", snapshot, read, full, builder.lastCounts(), site);

        t0 = System.nanoTime();
        builder.build(snapshot);
        report("unchanged rebuild", snapshot, 0, BenchFiles.secs(t0), builder.lastCounts(), site);

        Path changed = changeOneDocument(snapshot, corpus.resolve("documents"));
        new IngestJob(spark, lake, quiet).run(List.of(corpus.resolve("documents")), false);
        new TransformJob(spark, lake).run();
        t0 = System.nanoTime();
        LakeSnapshot after = LakeSnapshot.read(spark, lake);
        read = BenchFiles.secs(t0);
        t0 = System.nanoTime();
        builder.build(after);
        report("one document changed (" + changed.getFileName() + ")", after, read, BenchFiles.secs(t0), builder.lastCounts(), site);
        return 0;
    }

    /** Renames the first project of the first form's document, so one region's data changes and nothing else. */
    private static Path changeOneDocument(LakeSnapshot snapshot, Path documents) throws IOException {
        List<Map<String, Object>> forms = snapshot.table(GoldTables.FORMS_NORMALISED).records();
        Map<String, Object> form = forms.stream().filter(f -> f.get("project_name") != null)
                .min(Comparator.comparing(f -> String.valueOf(f.get("form_id")))).orElseThrow();
        String source = String.valueOf(form.get("source"));
        String name = String.valueOf(form.get("project_name"));
        Path file;
        try (Stream<Path> walk = Files.walk(documents)) {
            file = walk.filter(p -> p.getFileName().toString().equals(Path.of(source).getFileName().toString()))
                    .findFirst().orElseThrow(() -> new IOException("cannot find " + source + " under " + documents));
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String edited = text.replace(name, name + "（调整" + System.currentTimeMillis() % 1000 + "）");
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        return file;
    }

    private static void report(String what, LakeSnapshot snapshot, double read, double render, SiteWriter.Counts c, Path site)
            throws IOException {
        long forms = snapshot.table(GoldTables.FORMS_NORMALISED).rows().size();
        long[] size = size(site);
        System.out.printf(Locale.ROOT, "site %s: %,d forms; lake read %.1f s, pages %.1f s; %,d files drawn, %,d kept, %,d removed;"
                + " site %,d files, %.1f MB%n", what, forms, read, render, c.rendered(), c.kept(), c.removed(), size[0], size[1] / 1048576.0);
    }

    private static long[] size(Path dir) throws IOException {
        long[] s = new long[2];
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                s[0]++;
                try {
                    s[1] += Files.size(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return s;
    }
}
