package jixiao.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.delta.tables.DeltaTable;
import jixiao.testing.Resources;
import jixiao.testing.TestSpark;

/** The lake's promises, in order: first load, idempotent re-run, a changed file, bad files. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestJobTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final String SEED_000 = "000_bd7e1b99f318fe25.txt";

    @TempDir
    static Path tmp;
    static Path docs;
    static Lake lake;
    static SparkSession spark;

    @BeforeAll
    static void copySeeds() throws IOException {
        spark = TestSpark.get();
        docs = Files.createDirectories(tmp.resolve("docs"));
        try (Stream<Path> s = Files.list(Resources.path("seeds"))) {
            for (Path p : s.toList()) Files.copy(p, docs.resolve(p.getFileName()));
        }
        lake = new Lake(tmp.resolve("lake").toString());
    }

    private static IngestSummary ingest() {
        return new IngestJob(spark, lake, QUIET).run(List.of(docs), false);
    }

    private static long count(String table) {
        return spark.read().format("delta").load(lake.table(table)).count();
    }

    private static long version(String table) {
        return DeltaTable.forPath(spark, lake.table(table)).history(1).collectAsList().get(0).getLong(0);
    }

    private static Set<String> rows(String table) {
        return spark.read().format("delta").load(lake.table(table)).drop("ingested_at").collectAsList().stream()
                .map(Row::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @Order(1)
    void firstRunLoadsEveryTable() {
        IngestSummary s = ingest();
        assertEquals(3, s.added());
        assertEquals(3, count(Lake.DOCUMENTS));
        assertEquals(19, count(Lake.FORMS));
        assertEquals(163, count(Lake.INDICATORS));
        assertEquals(7, count(Lake.SUMMARIES));
        assertEquals(0, count(Lake.REJECTS));
        assertTrue(count(Lake.SET_ASIDE) > 0, "seed 003's department-wide and method tables are set aside");
    }

    @Test
    @Order(2)
    void secondRunOnTheSameInputsChangesNothing() {
        Set<String> forms = rows(Lake.FORMS);
        Set<String> documents = rows(Lake.DOCUMENTS);
        long formsVersion = version(Lake.FORMS);
        long documentsVersion = version(Lake.DOCUMENTS);
        IngestSummary s = ingest();
        assertEquals(3, s.unchanged());
        assertEquals(formsVersion, version(Lake.FORMS), "no commit at all");
        assertEquals(documentsVersion, version(Lake.DOCUMENTS));
        assertEquals(forms, rows(Lake.FORMS));
        assertEquals(documents, rows(Lake.DOCUMENTS));
    }

    @Test
    @Order(3)
    void aChangedFileReplacesOnlyItsOwnForms() throws IOException {
        Set<String> othersBefore = formsNotOf(SEED_000);
        Path f = docs.resolve(SEED_000);
        Files.writeString(f, Files.readString(f).replace("互联网应用及维护费", "互联网应用及维护费（二期）"));
        IngestSummary s = ingest();
        assertEquals(1, s.changed());
        assertEquals(19, count(Lake.FORMS), "the file's 7 forms replaced, not added");
        assertEquals(163, count(Lake.INDICATORS));
        assertEquals(3, count(Lake.DOCUMENTS));
        assertEquals(othersBefore, formsNotOf(SEED_000), "other files' forms untouched");
        List<Row> renamed = spark.read().format("delta").load(lake.table(Lake.FORMS))
                .where("project_name like '互联网应用及维护费%'").select("project_name").collectAsList();
        assertEquals(List.of("互联网应用及维护费(二期)"), renamed.stream().map(r -> r.getString(0)).toList());
    }

    private static Set<String> formsNotOf(String source) {
        return spark.read().format("delta").load(lake.table(Lake.FORMS)).where("source <> '" + source + "'")
                .select("form_id", "ingested_at").collectAsList().stream().map(Row::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @Order(4)
    void badFilesAreRejectedWithReasonsAndTheRestIsKept() throws IOException {
        Files.write(docs.resolve("junk.txt"), new byte[] {7, 0, 0, 9, 1, 2, (byte) 0xFF, 3});
        Files.writeString(docs.resolve("table.xlsx"), "项目名称\t某项目\n");
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        Files.writeString(docs.resolve("notes.txt"), "会议纪要\n今天讨论了预算。\n", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("scan.jpg"), "not really an image");
        IngestSummary s = ingest();
        assertEquals(5, s.added());
        assertEquals(8, count(Lake.DOCUMENTS), "every input has its bronze row");
        assertEquals(19, count(Lake.FORMS));
        Set<String> reasons = spark.read().format("delta").load(lake.table(Lake.REJECTS))
                .select("file", "reason_code").collectAsList().stream().map(r -> r.getString(0) + ":" + r.getString(1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("junk.txt:BINARY_CONTENT", "empty.txt:EMPTY_FILE", "notes.txt:NO_FORMS",
                "scan.jpg:UNSUPPORTED_FORMAT", "table.xlsx:FORMAT_MISMATCH"), reasons);
        long rejected = spark.read().format("delta").load(lake.table(Lake.DOCUMENTS)).where("status = 'rejected'").count();
        assertEquals(5, rejected);
    }

    @Test
    @Order(5)
    void aRunKilledAfterTheSilverCommitsIsFinishedByTheNextRun() {
        Set<String> forms = rows(Lake.FORMS);
        Set<String> indicators = rows(Lake.INDICATORS);
        long documents = count(Lake.DOCUMENTS);
        // as if killed after silver was committed and before bronze was: bronze has no row of seed 000
        DeltaTable.forPath(spark, lake.table(Lake.DOCUMENTS)).delete("path like '%" + SEED_000 + "'");
        IngestSummary s = ingest();
        assertEquals(1, s.added(), "the file bronze lacks is read again");
        assertEquals(documents, count(Lake.DOCUMENTS));
        assertEquals(forms, rows(Lake.FORMS), "its forms MERGEd again on their keys: nothing lost, nothing doubled");
        assertEquals(indicators, rows(Lake.INDICATORS));
    }

    @Test
    @Order(6)
    void aTouchedButUnchangedFileIsNotReadAgain() throws IOException {
        Path f = docs.resolve(SEED_000);
        long formsVersion = version(Lake.FORMS);
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        IngestSummary s = ingest();
        assertEquals(0, s.added() + s.changed(), "same bytes: unchanged");
        assertEquals(formsVersion, version(Lake.FORMS), "no silver commit");
        long stored = spark.read().format("delta").load(lake.table(Lake.DOCUMENTS)).where("path like '%" + SEED_000 + "'")
                .select("modified").collectAsList().get(0).getTimestamp(0).getTime();
        assertEquals(Files.getLastModifiedTime(f).toMillis(), stored, "the new time is kept: the next run does not hash it");
        long documentsVersion = version(Lake.DOCUMENTS);
        ingest();
        assertEquals(documentsVersion, version(Lake.DOCUMENTS), "and then nothing at all");
    }

    @Test
    @Order(7)
    void inputsAsUrisAndHiddenFilesSkipped() throws IOException {
        Files.writeString(docs.resolve(".~lock.notes.txt#"), "lock file");
        Files.createDirectories(docs.resolve(".git"));
        Files.writeString(docs.resolve(".git").resolve("HEAD"), "ref: refs/heads/main");
        long formsVersion = version(Lake.FORMS);
        IngestSummary s = new IngestJob(spark, lake, QUIET).ingest(List.of(docs.toUri().toString()), false);
        assertEquals(8, s.files(), "a file: URI names the same files as the path; hidden entries are not inputs");
        assertEquals(8, s.unchanged());
        assertEquals(formsVersion, version(Lake.FORMS));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new IngestJob(spark, lake, QUIET).ingest(List.of(docs.resolve("nope").toString()), false));
        assertTrue(e.getMessage().startsWith("no such file or folder: "), e.getMessage());
    }

    @Test
    @Order(8)
    void aFileDeletedFromAFolderReadTakesItsRowsWithIt() throws IOException {
        // a run over one file says nothing of the folder's other files
        IngestSummary one = new IngestJob(spark, lake, QUIET).run(List.of(docs.resolve("notes.txt")), false);
        assertEquals(0, one.removed());
        assertEquals(8, count(Lake.DOCUMENTS));
        Set<String> others = formsNotOf(SEED_000);
        Files.delete(docs.resolve(SEED_000));
        Files.delete(docs.resolve("junk.txt"));
        IngestSummary s = ingest();
        assertEquals(2, s.removed());
        assertEquals(6, count(Lake.DOCUMENTS), "their bronze rows go");
        assertEquals(0, spark.read().format("delta").load(lake.table(Lake.FORMS)).where("source = '" + SEED_000 + "'").count(),
                "the deleted document's forms go");
        assertEquals(others, formsNotOf(SEED_000), "the others stay as they were");
        assertEquals(12, count(Lake.FORMS));
        assertEquals(0, spark.read().format("delta").load(lake.table(Lake.REJECTS)).where("file = 'junk.txt'").count());
        IngestSummary again = ingest();
        assertEquals(0, again.removed(), "and the next run has nothing left to remove");
    }

    @Test
    @Order(9)
    void aMovedFileKeepsItsFormsUnderItsNewPath() throws IOException {
        String name = "001_c9f88a5f83ff11a3.txt";
        Set<String> ids = formIds();
        long itsForms = spark.read().format("delta").load(lake.table(Lake.FORMS)).where("source = '" + name + "'").count();
        assertTrue(itsForms > 0);
        Path moved = Files.createDirectories(tmp.resolve("moved")).resolve("renamed.txt");
        Files.move(docs.resolve(name), moved);

        // only the new folder is read: the old one is not judged, but the content now shows under its new name
        IngestSummary s = new IngestJob(spark, lake, QUIET).run(List.of(moved.getParent()), false);
        assertEquals(1, s.added());
        assertEquals(ids, formIds(), "the same forms, none added or lost");
        assertEquals(itsForms, spark.read().format("delta").load(lake.table(Lake.FORMS))
                .where("path = '" + moved + "' and source = 'renamed.txt'").count());

        // the old folder read again: its file is gone, but its content lives on under the new path
        IngestSummary again = ingest();
        assertEquals(1, again.removed());
        assertEquals(ids, formIds());
        assertEquals(0, spark.read().format("delta").load(lake.table(Lake.DOCUMENTS)).where("name = '" + name + "'").count());
    }

    @Test
    @Order(10)
    void aChangedFileWhoseOldBytesACopyHoldsShowsOnlyItsNewContent() throws IOException {
        String name = "003_2f0070b463f791c7.txt";
        Path original = docs.resolve(name);
        Path copy = docs.resolve("copy-of-003.txt");
        Files.copy(original, copy);
        Set<String> ids = formIds();
        assertEquals(1, ingest().added());
        assertEquals(ids, formIds(), "the same bytes: the same forms, not doubled");
        Dataset<Row> forms = spark.read().format("delta").load(lake.table(Lake.FORMS));
        long shared = forms.where("path = '" + copy + "'").count();
        assertTrue(shared > 0, "the content shows under the path it was last read from");

        // the copy changes: its old bytes are still the original's, so those forms stay, named by the original
        Files.writeString(copy, Files.readString(copy) + "\n");
        IngestSummary s = ingest();
        assertEquals(1, s.changed());
        forms = spark.read().format("delta").load(lake.table(Lake.FORMS));
        String newSha = spark.read().format("delta").load(lake.table(Lake.DOCUMENTS)).where("name = 'copy-of-003.txt'")
                .select("sha256").first().getString(0);
        assertEquals(shared, forms.where("path = '" + copy + "' and document_sha256 = '" + newSha + "'").count(),
                "the changed copy shows its new content");
        assertEquals(0, forms.where("path = '" + copy + "' and document_sha256 <> '" + newSha + "'").count(), "and only that");
        assertEquals(shared, forms.where("path = '" + original + "' and source = '" + name + "'").count(),
                "the old content stays, under the file that still holds it");
    }

    private static Set<String> formIds() {
        return spark.read().format("delta").load(lake.table(Lake.FORMS)).select("form_id").collectAsList().stream()
                .map(r -> r.getString(0)).collect(Collectors.toCollection(TreeSet::new));
    }
}
