package jixiao.lake;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.extract.DocumentExtractor;
import jixiao.model.DocumentResult;
import jixiao.testing.Resources;
import jixiao.testing.TestSpark;

/**
 * A run in several batches stores every file's rows once, and a copy's under the first path as one batch
 * would: the later batches go through the checks, appends and MERGEs a one-batch run never reaches on a
 * small input.
 */
class BatchesTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path tmp;

    @Test
    void twoFilesABatchStoreEveryFilesRowsOnce() throws IOException {
        SparkSession spark = TestSpark.get();
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        try (var seeds = Files.list(Resources.path("seeds"))) {
            for (Path p : seeds.toList()) Files.copy(p, docs.resolve(p.getFileName()));
        }
        Files.writeString(docs.resolve("zz-not-a-form.txt"), "会议纪要：无表格\n");
        // the first seed's bytes again, in the second batch: its rows stay under the first path, as in one batch
        String first;
        try (var files = Files.list(docs)) {
            first = files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        Files.copy(docs.resolve(first), docs.resolve("zz-copy.txt"));
        Lake lake = new Lake(tmp.resolve("lake").toString());

        IngestSummary s = new IngestJob(spark, lake, QUIET, 2).run(List.of(docs), false);

        // what each file makes, read without Spark by the same readers and row builders
        Set<String> forms = new TreeSet<>();
        Set<String> indicators = new TreeSet<>();
        Set<String> rejects = new TreeSet<>();
        Set<String> paths = new TreeSet<>();
        try (var files = Files.list(docs)) {
            for (Path f : files.toList()) {
                DocumentResult d = new DocumentExtractor().extract(f);
                paths.add(f.toString());
                for (Row r : LakeRows.forms(d, new Timestamp(0))) forms.add(r.getString(Schemas.FORMS.fieldIndex("form_id")));
                for (Row r : LakeRows.indicators(d)) indicators.add(r.get(Schemas.INDICATORS.fieldIndex("form_id")) + "#"
                        + r.get(Schemas.INDICATORS.fieldIndex("indicator_index")));
                for (Row r : LakeRows.rejects(d)) rejects.add(r.getString(Schemas.REJECTS.fieldIndex("reject_id")));
            }
        }
        assertEquals(5, s.files());
        assertTrue(forms.size() > 0 && !rejects.isEmpty(), "the inputs make forms and rejects");
        assertEquals(forms, column(spark, lake, Lake.FORMS, "form_id"));
        assertEquals(indicators, column(spark, lake, Lake.INDICATORS, "concat(form_id, '#', indicator_index)"));
        assertEquals(rejects, column(spark, lake, Lake.REJECTS, "reject_id"));
        assertEquals(paths, column(spark, lake, Lake.DOCUMENTS, "path"));
        assertEquals(5, spark.read().format("delta").load(lake.table(Lake.DOCUMENTS)).count(), "each file once in bronze");
        var formsTable = spark.read().format("delta").load(lake.table(Lake.FORMS));
        assertEquals(0, formsTable.where(col("path").endsWith("zz-copy.txt")).count(), "the copy shows no rows of its own");
        assertTrue(formsTable.where(col("path").endsWith(first)).count() > 0, "the first path keeps them");
    }

    @Test
    void aBatchHoldsAtLeastOneFile() {
        assertThrows(IllegalArgumentException.class, () -> new IngestJob(TestSpark.get(), new Lake(tmp.toString()), QUIET, 0));
    }

    /** The distinct values of {@code expression} in the table; a key stored twice would show in the count below. */
    private static Set<String> column(SparkSession spark, Lake lake, String table, String expression) {
        var rows = spark.read().format("delta").load(lake.table(table)).selectExpr(expression).collectAsList();
        Set<String> out = new TreeSet<>();
        for (Row r : rows) out.add(String.valueOf(r.get(0)));
        assertEquals(rows.size(), out.size(), table + ": a key twice");
        return out;
    }
}
