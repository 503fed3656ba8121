package jixiao.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.testing.Resources;
import jixiao.testing.TestSpark;

/**
 * Two ingests of the same files into one new lake at the same moment (in one JVM they share the lake's
 * lock, so they really do race: both try to create every table, and their MERGEs conflict): both finish,
 * and the lake is the one a single ingest writes, no row doubled or lost.
 */
class ConcurrentIngestTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path tmp;

    @Test
    void twoIngestsAtOnceLeaveTheLakeOneIngestWrites() {
        SparkSession spark = TestSpark.get();
        List<Path> docs = List.of(Resources.path("seeds"));
        Lake racing = new Lake(tmp.resolve("racing").toString());
        Lake alone = new Lake(tmp.resolve("alone").toString());
        CompletableFuture<IngestSummary> a = CompletableFuture.supplyAsync(() -> new IngestJob(spark, racing, QUIET).run(docs, false));
        CompletableFuture<IngestSummary> b = CompletableFuture.supplyAsync(() -> new IngestJob(spark, racing, QUIET).run(docs, false));
        a.join();
        b.join();
        new IngestJob(spark, alone, QUIET).run(docs, false);
        for (String table : List.of(Lake.DOCUMENTS, Lake.FORMS, Lake.INDICATORS, Lake.REJECTS)) {
            assertEquals(rows(spark, alone, table), rows(spark, racing, table), table);
        }
    }

    private static Set<String> rows(SparkSession spark, Lake lake, String table) {
        var df = spark.read().format("delta").load(lake.table(table));
        for (String c : List.of("ingested_at", "modified")) if (List.of(df.columns()).contains(c)) df = df.drop(c);
        return df.collectAsList().stream().map(Row::toString).collect(Collectors.toCollection(TreeSet::new));
    }
}
