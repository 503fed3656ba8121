package jixiao.lake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.extract.DocumentExtractor;
import jixiao.model.DocumentResult;
import jixiao.model.Form;
import jixiao.model.Reading;
import jixiao.testing.Resources;
import jixiao.testing.TestSpark;

/**
 * How each form was read, in silver/forms: the columns filled from the recogniser's reading, partial
 * documents in bronze, and a lake written before the columns existed taking them on at the next ingest.
 */
class ReadingColumnsTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    /** A tail fragment: the indicator rows of a form whose head (name, budget, heading) is on another page. */
    private static final String FRAGMENT = "006-tail-fragment-empty-scores.txt";
    /** One complete form, then one cut after its budget block. */
    private static final String COMPLETE_AND_CUT = "002-run-together-rows.txt";
    private static final List<String> READING_COLUMNS =
            List.of("template", "partial", "missing", "confidence", "template_notes", "provenance");

    @TempDir
    static Path tmp;
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = TestSpark.get();
    }

    @Test
    void partialAndCompleteFormsCarryTheirReading() throws IOException {
        Path docs = copy("fresh", FRAGMENT, COMPLETE_AND_CUT);
        Lake lake = new Lake(tmp.resolve("fresh-lake").toString());
        ingest(lake, docs, false);

        // bronze: both documents are partial, each for its incomplete form
        for (String name : List.of(FRAGMENT, COMPLETE_AND_CUT)) {
            Row doc = table(lake, Lake.DOCUMENTS).where(col("name").equalTo(name)).first();
            assertEquals("partial", doc.getAs("status"), name);
            assertTrue(doc.<String>getAs("reason").startsWith("INCOMPLETE_FORM"), name + ": " + doc.getAs("reason"));
        }

        List<Row> fragment = forms(lake, FRAGMENT);
        assertEquals(1, fragment.size(), "the fragment is one form");
        Row cut = fragment.get(0);
        assertEquals(Boolean.TRUE, cut.getAs("partial"));
        String missing = cut.getAs("missing");
        assertNotNull(missing, "a partial form says what is missing");
        assertTrue(missing.contains("预算"), "a tail fragment shows no budget block: " + missing);
        String reason = table(lake, Lake.DOCUMENTS).where(col("name").equalTo(FRAGMENT)).first().getAs("reason");
        for (String item : missing.split("; ")) {
            assertTrue(reason.contains(item), "the bronze reason names " + item + ": " + reason);
        }

        List<Row> two = forms(lake, COMPLETE_AND_CUT);
        assertEquals(2, two.size());
        assertEquals(Boolean.FALSE, two.get(0).getAs("partial"), "the first form is printed whole");
        assertNull(two.get(0).getAs("missing"), "nothing missing is null, not an empty text");
        assertEquals(Boolean.TRUE, two.get(1).getAs("partial"), "the second form is cut");
        assertNotNull(two.get(1).getAs("missing"));

        // every reading column as the recogniser gave it, form by form
        DocumentExtractor extractor = new DocumentExtractor();
        for (String name : List.of(FRAGMENT, COMPLETE_AND_CUT)) {
            DocumentResult d = extractor.extract(docs.resolve(name));
            List<Row> rows = forms(lake, name);
            for (Form f : d.forms()) {
                Row row = rows.get(f.formIndex());
                Reading r = f.reading();
                String what = name + " form " + f.formIndex();
                assertEquals(r.template(), row.getAs("template"), what);
                assertNotNull(row.getAs("template"), what);
                assertEquals(r.partial(), row.<Boolean>getAs("partial"), what);
                assertEquals(joined(r.missing(), "; "), row.getAs("missing"), what);
                double confidence = row.<Double>getAs("confidence");
                assertEquals(r.confidence(), confidence, 0.0, what);
                assertTrue(confidence >= 0 && confidence <= 1, what + ": " + confidence);
                assertEquals(joined(r.notes(), "\n"), row.getAs("template_notes"), what);
                assertEquals(joined(r.provenance(), "\n"), row.getAs("provenance"), what);
            }
        }
    }

    /**
     * A lake from before the reading columns: reading it gives them as nulls; the next ingest adds them
     * (MERGE with schema evolution) in Schemas' order; old rows stay null until read again.
     */
    @Test
    void aLakeWrittenBeforeTheReadingColumnsTakesThemOn() throws IOException {
        Path docs = copy("old", FRAGMENT);
        Lake lake = new Lake(tmp.resolve("old-lake").toString());
        ingest(lake, docs, false);
        writeWithOldSchema(lake);
        assertFalse(Arrays.asList(table(lake, Lake.FORMS).columns()).contains("template"), "the old lake, as it was");

        Dataset<Row> asRead = new LakeReader(spark, lake).read(Lake.FORMS, "jixiao ingest", Schemas.FORMS);
        assertEquals(Schemas.FORMS.size(), asRead.columns().length, "readers see every declared column");
        assertNull(asRead.first().getAs("template"));

        Files.copy(Resources.path("real").resolve(COMPLETE_AND_CUT), docs.resolve(COMPLETE_AND_CUT));
        IngestSummary s = ingest(lake, docs, false);
        assertEquals(1, s.added());
        assertEquals(1, s.unchanged());

        Dataset<Row> forms = table(lake, Lake.FORMS);
        assertArrayEquals(Schemas.FORMS.fieldNames(), forms.columns(), "the old table gains the columns, in order");
        assertEquals(Schemas.FORMS.apply("confidence").dataType(), forms.schema().apply("confidence").dataType());
        assertEquals(Schemas.FORMS.apply("partial").dataType(), forms.schema().apply("partial").dataType());
        assertEquals(3, forms.count());
        assertNull(forms(lake, FRAGMENT).get(0).getAs("template"), "an unchanged file is not read again");
        for (Row r : forms(lake, COMPLETE_AND_CUT)) assertNotNull(r.getAs("template"), "new forms carry their reading");

        ingest(lake, docs, true);
        Row fragment = forms(lake, FRAGMENT).get(0);
        assertNotNull(fragment.getAs("template"), "--reprocess fills the old rows");
        assertEquals(Boolean.TRUE, fragment.getAs("partial"));
        assertNotNull(fragment.getAs("missing"));
        assertEquals(3, table(lake, Lake.FORMS).count());
    }

    /** Replaces silver/forms with a table as the code before the reading columns wrote it: same rows, no such columns. */
    private static void writeWithOldSchema(Lake lake) throws IOException {
        StructType old = new StructType();
        for (StructField f : Schemas.FORMS.fields()) if (!READING_COLUMNS.contains(f.name())) old = old.add(f);
        assertEquals(Schemas.FORMS.size() - READING_COLUMNS.size(), old.size(), "the reading columns are all declared");
        Column[] keep = Arrays.stream(old.fieldNames()).map(functions::col).toArray(Column[]::new);
        List<Row> rows = table(lake, Lake.FORMS).select(keep).collectAsList();
        // a new table, not an overwrite: nothing in its log may know the new columns
        Path dir = Path.of(java.net.URI.create(lake.table(Lake.FORMS)));
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        spark.createDataFrame(rows, old).write().format("delta").save(lake.table(Lake.FORMS));
    }

    private static Path copy(String folder, String... names) throws IOException {
        Path docs = Files.createDirectories(tmp.resolve(folder));
        for (String n : names) Files.copy(Resources.path("real").resolve(n), docs.resolve(n));
        return docs;
    }

    private static IngestSummary ingest(Lake lake, Path docs, boolean reprocess) {
        return new IngestJob(spark, lake, QUIET).run(List.of(docs), reprocess);
    }

    private static Dataset<Row> table(Lake lake, String name) {
        return spark.read().format("delta").load(lake.table(name));
    }

    private static List<Row> forms(Lake lake, String source) {
        return table(lake, Lake.FORMS).where(col("source").equalTo(source)).orderBy("form_index").collectAsList();
    }

    private static Column col(String name) {
        return functions.col(name);
    }

    private static String joined(List<String> items, String separator) {
        return items.isEmpty() ? null : String.join(separator, items);
    }
}
