package jixiao.transform;

import static jixiao.transform.FormRow.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.delta.tables.DeltaTable;
import jixiao.lake.Lake;
import jixiao.lake.MissingTableException;
import jixiao.lake.Schemas;
import picocli.CommandLine;

class TransformJobTest {
    @TempDir
    Path dir;

    @Test
    void withoutSilverFormsItAsksForIngest() {
        Lake lake = new Lake(dir.resolve("empty-lake").toString());
        MissingTableException e = assertThrows(MissingTableException.class,
                () -> new TransformJob(TransformSpark.get(), lake).run());
        assertTrue(e.getMessage().contains("silver/forms"), e.getMessage());
        assertTrue(e.getMessage().contains("jixiao ingest"), e.getMessage());
        assertEquals(1, new CommandLine(new TransformCommand()).execute("--lake", lake.root()));
    }

    @Test
    void eachRunOverwritesTheGoldTable() {
        SparkSession spark = TransformSpark.get();
        Lake lake = new Lake(dir.resolve("lake").toString());
        FormRow.writeForms(spark, lake.table(Lake.FORMS), List.of(
                form("a").region("浙江省", null, null).year(2023).rate(0.9),
                form("b").region("浙江省", null, null).year(2023).rate(1.0)));

        assertEquals(0, new CommandLine(new TransformCommand()).execute("--lake", lake.root()));
        TransformSummary again = new TransformJob(spark, lake).run();

        assertEquals(2, again.rows(Lake.GOLD_EXECUTION_RATES)); // 浙江省 + 全部地区, not doubled
        String gold = lake.table(Lake.GOLD_EXECUTION_RATES);
        long version = DeltaTable.forPath(spark, gold).history(1).head().<Long>getAs("version");
        assertEquals(1, version);
    }

    /**
     * silver/forms as ingest wrote it before the reading columns (template, partial, …) existed: read as
     * {@link TransformJob} reads it, the missing columns are nulls and every form is reviewed. (The
     * review, not a whole run: selecting the declared columns is what an old lake would break.)
     */
    @Test
    void aLakeIngestedBeforeTheReadingColumnsIsReviewed() {
        SparkSession spark = TransformSpark.get();
        Lake lake = new Lake(dir.resolve("old-lake").toString());
        List<String> reading = List.of("template", "partial", "missing", "confidence", "template_notes", "provenance");
        Column[] old = Arrays.stream(Schemas.FORMS.fieldNames()).filter(c -> !reading.contains(c)).map(functions::col)
                .toArray(Column[]::new);
        spark.createDataFrame(List.of(form("a").region("浙江省", null, null).year(2023).rate(0.9).build()), Schemas.FORMS)
                .select(old).write().format("delta").save(lake.table(Lake.FORMS));

        LakeTables tables = new LakeTables(spark, lake);
        Dataset<Row> forms = tables.read(Lake.FORMS, "jixiao ingest", Schemas.FORMS);
        List<Row> reviewed = ReviewedForms.review(forms, tables.readOrEmpty(Lake.INDICATORS, Schemas.INDICATORS))
                .select("form_id", "execution_rate_printed").collectAsList();

        assertEquals(1, reviewed.size());
        assertEquals(0.9, reviewed.get(0).getDouble(1), 1e-9);
    }
}
