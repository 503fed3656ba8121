package jixiao.transform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import jixiao.lake.IngestJob;
import jixiao.lake.Lake;
import jixiao.testing.Resources;

/**
 * The three seed documents and the complete real forms 001–003 of {@code ../shared/real} (copied in the
 * ingest test resources as they were published), ingested and transformed once per test JVM: the
 * lake the hand-worked seed expectations and the hand-labelled findings are checked against.
 */
final class LabelledLake {
    /** The real excerpts whose first form is complete (the owners' goldens 001–003). */
    static final List<String> REAL = List.of("001-pdf-scrambled-columns.txt", "002-run-together-rows.txt",
            "003-run-together-blank-lines.txt");

    private static LabelledLake instance;

    final SparkSession spark;
    final Lake lake;
    final TransformSummary summary;

    private LabelledLake(SparkSession spark, Lake lake, TransformSummary summary) {
        this.spark = spark;
        this.lake = lake;
        this.summary = summary;
    }

    static synchronized LabelledLake get() {
        if (instance != null) return instance;
        try {
            Path dir = Files.createTempDirectory("jixiao-labelled");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            Path real = dir.resolve("real");
            Files.createDirectories(real);
            for (String name : REAL) Files.copy(Resources.path("real").resolve(name), real.resolve(name));
            SparkSession spark = TransformSpark.get();
            Lake lake = new Lake(dir.resolve("lake").toString());
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            new IngestJob(spark, lake, quiet).run(List.of(Resources.path("seeds"), real), false);
            instance = new LabelledLake(spark, lake, new TransformJob(spark, lake).run());
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a scratch folder left in the temp folder is no test failure
        }
    }

    Dataset<Row> table(String name) {
        return spark.read().format("delta").load(lake.table(name));
    }
}
