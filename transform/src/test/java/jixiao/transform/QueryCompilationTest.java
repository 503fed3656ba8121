package jixiao.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.lake.ComparableRows;
import jixiao.lake.IngestJob;
import jixiao.lake.Lake;
import jixiao.lake.LakeReader;
import jixiao.spark.QueryCompilation;
import jixiao.spark.QueryCompilation.Mode;
import jixiao.testing.Resources;

/**
 * The jobs interpret Spark's queries on small inputs and compile them on large ones
 * ({@link QueryCompilation}); the tables must not depend on which. The test JVM runs interpreted
 * ({@link jixiao.testing.TestSpark}), so this is where the compiled path is checked.
 */
class QueryCompilationTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    @Test
    void compiledAndInterpretedQueriesWriteTheSameLake() {
        SparkSession spark = TransformSpark.get();
        Lake interpreted = pipeline(spark, "interpreted");
        Lake compiled = pipeline(spark, "compiled");

        int compared = 0;
        for (String t : GoldTables.LAKE) {
            boolean inI = new LakeReader(spark, interpreted).exists(t);
            assertEquals(inI, new LakeReader(spark, compiled).exists(t), t);
            if (!inI) continue;
            List<String> a = rows(spark, interpreted, t);
            assertEquals(a, rows(spark, compiled, t), t);
            compared++;
        }
        assertTrue(compared >= GoldTables.ALL.size(), "tables compared: " + compared);
    }

    @Test
    void theInputSizeChoosesUnlessTheRunSays() {
        SparkSession spark = TransformSpark.get();
        String before = System.getProperty(QueryCompilation.CHOICE);
        try {
            System.clearProperty(QueryCompilation.CHOICE);
            assertEquals(Mode.INTERPRETED, QueryCompilation.forForms(spark, 150));
            assertEquals("NO_CODEGEN", spark.conf().get("spark.sql.codegen.factoryMode"));
            assertEquals("false", spark.conf().get("spark.sql.codegen.wholeStage"));
            assertEquals(Mode.COMPILED, QueryCompilation.forForms(spark, 100_000));
            assertEquals("FALLBACK", spark.conf().get("spark.sql.codegen.factoryMode"));
            assertEquals("true", spark.conf().get("spark.sql.codegen.wholeStage"));
            assertEquals(Mode.INTERPRETED, QueryCompilation.forDocuments(spark, 39));
            assertEquals(Mode.COMPILED, QueryCompilation.forDocuments(spark, 8_917));

            System.setProperty(QueryCompilation.CHOICE, "compiled");
            assertEquals(Mode.COMPILED, QueryCompilation.forForms(spark, 150));
            System.setProperty(QueryCompilation.CHOICE, "fast");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> QueryCompilation.forForms(spark, 150));
            assertTrue(e.getMessage().contains("jixiao.queries=fast"), e.getMessage());
        } finally {
            restore(before);
            QueryCompilation.forForms(spark, 0);
        }
    }

    /** The seeds ingested and transformed with the queries as {@code choice} says. */
    private Lake pipeline(SparkSession spark, String choice) {
        String before = System.getProperty(QueryCompilation.CHOICE);
        System.setProperty(QueryCompilation.CHOICE, choice);
        try {
            Lake lake = new Lake(dir.resolve(choice).toString());
            new IngestJob(spark, lake, QUIET).run(List.of(Resources.path("seeds")), false);
            TransformSummary s = new TransformJob(spark, lake).run();
            assertFalse(s.tables().isEmpty());
            return lake;
        } finally {
            restore(before);
            QueryCompilation.forForms(spark, 0); // back to the test JVM's mode for the tests after this one
        }
    }

    private static void restore(String before) {
        if (before == null) System.clearProperty(QueryCompilation.CHOICE);
        else System.setProperty(QueryCompilation.CHOICE, before);
    }

    /** The table's rows as {@code compare-lakes} compares them ({@link ComparableRows}), as text, sorted. */
    private static List<String> rows(SparkSession spark, Lake lake, String table) {
        List<String> out = new ArrayList<>();
        for (Row r : ComparableRows.of(spark.read().format("delta").load(lake.table(table))).collectAsList()) {
            out.add(r.toString());
        }
        out.sort(null);
        return out;
    }
}
