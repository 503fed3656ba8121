package jixiao.cli;

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
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;

import jixiao.data.generate.CorpusGenerator;
import jixiao.data.generate.GeneratorConfig;
import jixiao.extract.DocumentExtractor;
import jixiao.extract.ExtractSummary;
import jixiao.extract.Extractor;
import jixiao.lake.IngestJob;
import jixiao.lake.IngestSummary;
import jixiao.lake.Lake;
import jixiao.site.SiteBuilder;
import jixiao.spark.SparkSessions;
import jixiao.transform.TransformJob;
import jixiao.transform.TransformSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jixiao benchmark pipeline}: raw documents to the site for about N generated forms, each stage timed
 * in one JVM and set against a reference measured in the same run: ingest against the parse limit (extract
 * on the same files, one thread a core, no Spark; each run twice, alternated, and the faster taken); transform
 * against its fixed cost (the same job on one document of the corpus); the site's size per form, by folder.
 * A benchmark, not a test.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Time raw → site for about N forms: parse limit vs ingest, transform and its fixed cost, site build and size per form.")
public final class PipelineBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--forms", defaultValue = "10000", description = "forms to generate, about (default: ${DEFAULT-VALUE})")
    int forms;

    @Option(names = "--formats", split = ",", defaultValue = "txt,xlsx,docx,pdf",
            description = "document formats of the corpus (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--noise", defaultValue = "0.1", description = "share of damaged forms (default: ${DEFAULT-VALUE})")
    double noise;

    @Option(names = "--dir", defaultValue = "target/bench-pipeline",
            description = "work folder; the corpus is kept between runs, lakes and sites are made afresh (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--master", description = "Spark master (default: local[*], or what spark-submit set)")
    String master;

    /** One line of the closing table. */
    record Stage(String name, double seconds, String rate, String against) {
    }

    @Override
    public Integer call() throws IOException {
        Path work = Files.createDirectories(dir).toAbsolutePath();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int cores = Runtime.getRuntime().availableProcessors();
        Path corpus = work.resolve("corpus-" + forms + "-" + String.join("-", formats) + "-" + noise);
        if (!Files.exists(corpus.resolve("truth.jsonl"))) {
            GeneratorConfig about = GeneratorConfig.aboutForms(corpus, forms);
            GeneratorConfig config = new GeneratorConfig(corpus, about.regions(), about.firstYear(), about.lastYear(),
                    about.departmentsPerRegion(), about.projectsPerDepartment(), formats, about.seed(), noise,
                    List.of(GeneratorConfig.ALL), List.of(GeneratorConfig.REALISTIC));
            System.out.println(new CorpusGenerator(config, quiet).run().closingLine(corpus));
        }
        Path documents = corpus.resolve("documents");
        List<Stage> stages = new ArrayList<>();

        // ingest against its reference, the same readers on the same files and cores without Spark, each run
        // twice, alternated (parse, ingest, parse, ingest: each stage's second run has its JIT warm), and the
        // faster of each pair taken; the lake is made afresh for each ingest
        Extractor extractor = new Extractor(DocumentExtractor::new, quiet, cores);
        long t0 = System.nanoTime();
        ExtractSummary parsed = extractor.run(List.of(documents), r -> { });
        double parseFirst = BenchFiles.secs(t0);
        int n = parsed.forms();
        System.out.printf(Locale.ROOT, "parse limit, cold JVM: %,d files, %,d forms in %.1f s on %d threads%n", parsed.files(), n, parseFirst, cores);

        SparkSession spark = SparkSessions.getOrCreate("jixiao-pipeline-benchmark", master);
        Lake lake = fresh(work.resolve("lake"));
        t0 = System.nanoTime();
        IngestSummary ingested = new IngestJob(spark, lake, quiet).run(List.of(documents), false);
        double ingestFirst = BenchFiles.secs(t0);
        System.out.printf(Locale.ROOT, "ingest, first run: %,d files, %,d forms in %.1f s%n", ingested.files(), ingested.extracted().forms(), ingestFirst);

        t0 = System.nanoTime();
        extractor.run(List.of(documents), r -> { });
        double parseSecond = BenchFiles.secs(t0);
        System.out.printf(Locale.ROOT, "parse limit, warm JVM: %.1f s%n", parseSecond);

        lake = fresh(work.resolve("lake"));
        t0 = System.nanoTime();
        ingested = new IngestJob(spark, lake, quiet).run(List.of(documents), false);
        double ingestSecond = BenchFiles.secs(t0);
        System.out.printf(Locale.ROOT, "ingest, second run: %.1f s%n", ingestSecond);
        if (ingested.extracted().forms() != n) {
            System.out.printf(Locale.ROOT, "warning: ingest read %,d forms, extract %,d%n", ingested.extracted().forms(), n);
        }

        double parse = Math.min(parseFirst, parseSecond);
        double ingest = Math.min(ingestFirst, ingestSecond);
        stages.add(new Stage("parse limit (extract, " + cores + " threads, no Spark)", parse, perSecond(n, parse),
                String.format(Locale.ROOT, "reference: the faster of %.1f s (cold JVM) and %.1f s (warm)", parseFirst, parseSecond)));
        stages.add(new Stage("ingest", ingest, perSecond(n, ingest), String.format(Locale.ROOT,
                "%.0f %% of the parse limit; the faster of %.1f s (first run) and %.1f s (second); first runs alone %.0f %%",
                100 * parse / ingest, ingestFirst, ingestSecond, 100 * parseFirst / ingestFirst)));

        // the transform's fixed cost: the same job on a lake of one document
        Lake small = fresh(work.resolve("lake-one-document"));
        Path one = firstDocument(documents);
        new IngestJob(spark, small, quiet).run(List.of(one), false);
        TransformSummary fixed = new TransformJob(spark, small).run();
        System.out.printf(Locale.ROOT, "transform of one document (%s, %d forms): %.1f s%n", one.getFileName(), fixed.forms(), fixed.seconds());

        TransformSummary transformed = new TransformJob(spark, lake).run();
        System.out.println(transformed.closingLine());
        double marginal = (transformed.seconds() - fixed.seconds()) / Math.max(1, transformed.forms() - fixed.forms());
        stages.add(new Stage("transform", transformed.seconds(), perSecond(transformed.forms(), transformed.seconds()),
                String.format(Locale.ROOT, "fixed cost %.1f s (one document, %d forms); %.2f ms a form beyond it",
                        fixed.seconds(), fixed.forms(), 1000 * marginal)));

        Path site = work.resolve("site");
        jixiao.data.bench.Corpora.delete(site);
        t0 = System.nanoTime();
        SiteBuilder builder = new SiteBuilder(spark, lake, site);
        builder.build();
        double siteSeconds = BenchFiles.secs(t0);
        Map<String, long[]> sizes = sizes(site);
        long bytes = sizes.values().stream().mapToLong(s -> s[1]).sum();
        long files = sizes.values().stream().mapToLong(s -> s[0]).sum();
        stages.add(new Stage("site", siteSeconds, perSecond(transformed.forms(), siteSeconds),
                String.format(Locale.ROOT, "%,d files, %.1f MB: %.2f KB a form", files, bytes / 1048576.0, bytes / 1024.0 / Math.max(1, transformed.forms()))));
        // end to end as one pass would take it: ingest's first run, not the faster of the two
        double end = ingestFirst + transformed.seconds() + siteSeconds;
        stages.add(new Stage("raw → site (first ingest + transform + site)", end, perSecond(n, end),
                String.format(Locale.ROOT, "%.1f × the parse limit", end / parse)));

        System.out.printf(Locale.ROOT, "%nbenchmark pipeline: %,d forms in %,d files (%s, noise %.2f), %d cores, Java %s%n",
                n, parsed.files(), String.join(", ", formats), noise, cores, Runtime.version().feature());
        System.out.printf(Locale.ROOT, "%-44s %9s %9s  %s%n", "stage", "seconds", "forms/s", "against");
        for (Stage s : stages) System.out.printf(Locale.ROOT, "%-44s %9.1f %9s  %s%n", s.name(), s.seconds(), s.rate(), s.against());
        System.out.printf(Locale.ROOT, "%nsite by folder (bytes a form):%n");
        for (Map.Entry<String, long[]> e : sizes.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-14s %,8d files %10.1f MB %9.0f B a form%n", e.getKey(), e.getValue()[0],
                    e.getValue()[1] / 1048576.0, e.getValue()[1] / (double) Math.max(1, transformed.forms()));
        }
        return 0;
    }

    private static String perSecond(long forms, double seconds) {
        return String.format(Locale.ROOT, "%.0f", forms / Math.max(seconds, 1e-9));
    }

    private static Path firstDocument(Path documents) throws IOException {
        try (Stream<Path> walk = Files.walk(documents)) {
            return walk.filter(Files::isRegularFile).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no document under " + documents));
        }
    }

    private static Lake fresh(Path dir) throws IOException {
        jixiao.data.bench.Corpora.delete(dir);
        return new Lake(dir.toString());
    }

    /** Files and bytes per top-level folder of the site ("." for the pages at its root). */
    private static Map<String, long[]> sizes(Path site) throws IOException {
        Map<String, long[]> out = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = site.relativize(p);
                String top = rel.getNameCount() == 1 ? "." : rel.getName(0).toString();
                long[] s = out.computeIfAbsent(top, k -> new long[2]);
                s[0]++;
                s[1] += Files.size(p);
            }
        }
        return out;
    }
}
