package jixiao.transform;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import jixiao.data.generate.CorpusGenerator;
import jixiao.data.generate.GeneratorConfig;
import jixiao.lake.IngestJob;
import jixiao.lake.IngestSummary;
import jixiao.lake.Lake;
import jixiao.spark.SparkSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How long transform takes on a lake of N forms (a benchmark, not a test): generates a text corpus
 * of about N forms (noise off), ingests it, then times one transform run, as `jixiao transform`
 * runs it (Spark's defaults, local[*]). Prints the forms/s of each stage.
 *
 * <pre>
 * mvn -o -q -B test-compile -pl transform -am
 * mvn -o -q -B dependency:build-classpath -pl transform -Dmdep.outputFile=/tmp/cp.txt   (or any test class path)
 * java $(cat app/target/jvm.options) -cp transform/target/test-classes:transform/target/classes:... \
 *     jixiao.transform.TransformBenchmark --forms 20000
 * </pre>
 */
@Command(name = "transform-benchmark", mixinStandardHelpOptions = true,
        description = "Generate about N forms, ingest them, and time transform.")
public final class TransformBenchmark implements Callable<Integer> {
    @Option(names = "--forms", defaultValue = "20000", description = "forms to generate, about (default: ${DEFAULT-VALUE})")
    int forms;

    @Option(names = "--dir", description = "work folder (default: a new temporary folder)")
    Path dir;

    @Option(names = "--master", defaultValue = "local[*]")
    String master;

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("jixiao-transform-bench");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Path corpus = work.resolve("corpus");
        Lake lake = new Lake(work.resolve("lake").toString());
        if (!Files.exists(corpus.resolve("truth.jsonl"))) {
            CorpusGenerator.Summary g = new CorpusGenerator(
                    GeneratorConfig.aboutForms(corpus, forms), quiet).run();
            System.out.println(g.closingLine(corpus));
        }
        SparkSession spark = SparkSessions.getOrCreate("jixiao-transform-benchmark", master);
        if (!Files.exists(work.resolve("lake").resolve(Lake.FORMS))) {
            IngestSummary in = new IngestJob(spark, lake, quiet)
                    .run(List.of(corpus.resolve("documents")), false);
            System.out.printf(Locale.ROOT, "ingest: %d files in %.1f s%n", in.files(), in.seconds());
        }
        TransformSummary t = new TransformJob(spark, lake).run();
        System.out.print(t.report());
        System.out.println(t.closingLine());
        System.out.printf(Locale.ROOT, "transform benchmark: %d forms, %.1f s, %.0f forms/s, %d cores%n", t.forms(),
                t.seconds(), t.forms() / t.seconds(), Runtime.getRuntime().availableProcessors());
        spark.stop();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new TransformBenchmark()).execute(args));
    }
}
