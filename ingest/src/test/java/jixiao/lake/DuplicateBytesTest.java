package jixiao.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.testing.Resources;
import jixiao.testing.TestSpark;

/**
 * The same bytes under several names in one batch make one set of content rows, under the first path in
 * order: when the batch creates the tables, and when it is appended to tables that already hold other files.
 */
class DuplicateBytesTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final String SEED = "000_bd7e1b99f318fe25.txt";
    private static final String OTHER = "003_2f0070b463f791c7.txt";

    @TempDir
    Path tmp;

    @Test
    void copiesInOneBatchKeepOneSetOfRowsUnderTheFirstPath() throws IOException {
        SparkSession spark = TestSpark.get();
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Lake lake = new Lake(tmp.resolve("lake").toString());
        Files.copy(Resources.path("seeds").resolve(OTHER), docs.resolve(OTHER));
        new IngestJob(spark, lake, QUIET).run(List.of(docs), false); // the tables exist: the next batch is appended
        long before = forms(spark, lake).count();

        for (String copy : List.of("b-copy.txt", "a-copy.txt", "c-copy.txt")) {
            Files.copy(Resources.path("seeds").resolve(SEED), docs.resolve(copy));
        }
        IngestSummary s = new IngestJob(spark, lake, QUIET).run(List.of(docs), false);
        assertEquals(3, s.added());
        Dataset<Row> forms = forms(spark, lake);
        long seedForms = forms.where("path like '%-copy.txt'").count();
        assertEquals(s.extracted().forms() / 3, seedForms, "one copy's forms, not three");
        assertEquals(before + seedForms, forms.count());
        assertEquals(seedForms, forms.where("path = '" + docs.resolve("a-copy.txt") + "'").count(), "under the first path");
        assertEquals(forms.select("form_id").distinct().count(), forms.count(), "no key twice");
        long indicators = spark.read().format("delta").load(lake.table(Lake.INDICATORS)).count();
        assertEquals(indicators, spark.read().format("delta").load(lake.table(Lake.INDICATORS))
                .select("form_id", "indicator_index").distinct().count(), "no indicator twice");
        assertEquals(4, spark.read().format("delta").load(lake.table(Lake.DOCUMENTS)).count(), "every file in bronze");
    }

    private static Dataset<Row> forms(SparkSession spark, Lake lake) {
        return spark.read().format("delta").load(lake.table(Lake.FORMS));
    }
}
