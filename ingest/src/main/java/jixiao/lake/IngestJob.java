package jixiao.lake;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import jixiao.extract.ExtractSummary;
import jixiao.extract.Progress;
import jixiao.model.DocumentStatus;
import jixiao.extract.SkippedPath;
import jixiao.model.Reject;
import jixiao.spark.QueryCompilation;
import jixiao.spark.SideBySide;

/**
 * Documents → lake, on the cluster. The inputs are listed through the Hadoop FileSystem API (any URI);
 * a join against bronze decides which files are new or may have changed (length or modification time
 * differ); the executors read those ({@link ParseFiles}: a file whose bytes hash as before is not read
 * again), and each batch is one write per table ({@link DeltaWriter}: a MERGE on keys, or an append when
 * the run holds the lake's lock and nothing in the table could match the batch). Silver is written before
 * bronze, so a run killed between commits leaves its files unrecorded in bronze and the next run reads
 * them again: the writes on keys make that idempotent. (Parsing the next batch while one is written was
 * tried: on two cores the writes are CPU work too, and 100,000 forms took 233 s against 204 s.) A changed
 * file's old rows are deleted; old contents still published under another path keep theirs.
 * {@code reprocess} re-reads every file (after a reader improves).
 */
public final class IngestJob {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IngestJob.class);
    private final SparkSession spark;
    private final Lake lake;
    private final PrintStream log;
    private final int batchFiles;
    /**
     * Files read and written at a time: a crash loses at most one batch's reading, never rows. Each batch
     * after the first costs ≈ 15 s of checks and commits whatever its size: at 100,000 forms (8,964 files),
     * cold JVM, 180 s with batches of 5,000 against 204 s with 2,000; 193 s with 10,000 against 219 s with
     * 5,000 in a later pair (writing 18 s against 33 s). The parsed batch is checkpointed to memory and disk;
     * {@code -Djixiao.ingest.batch=N} sets a smaller batch where the driver's memory is short.
     */
    static final int BATCH = Integer.getInteger("jixiao.ingest.batch", 10_000);
    /** Silver tables committed at once: their commits are mostly driver time, so a few overlap well. */
    private static final int SILVER_WRITERS = 3;

    /** Listed files as the join sees them. */
    static final StructType LISTED = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, false)
            .add("length", DataTypes.LongType, false)
            .add("modified", DataTypes.TimestampType, false);

    /** The executors build their own extractors (readers are plain Java): none is made on the driver. */
    public IngestJob(SparkSession spark, Lake lake, PrintStream log) {
        this(spark, lake, log, BATCH);
    }

    /** With {@code batch} files read and written at a time (tests make several batches of a few files). */
    IngestJob(SparkSession spark, Lake lake, PrintStream log, int batch) {
        if (batch < 1) throw new IllegalArgumentException("a batch is at least one file: " + batch);
        this.spark = spark;
        this.lake = lake;
        this.log = log;
        this.batchFiles = batch;
    }

    /** Local files and folders. */
    public IngestSummary run(List<Path> inputs, boolean reprocess) {
        return ingest(inputs.stream().map(Path::toString).toList(), reprocess);
    }

    /** Files and folders by path or URI ({@code hdfs://…}, {@code s3a://…}, {@code file:/…}). */
    public IngestSummary ingest(List<String> locations, boolean reprocess) {
        try (LakeLock lock = LakeLock.acquire(lake, "ingest", log)) {
            return ingestHoldingTheLake(locations, reprocess, lock.exclusive());
        }
    }

    private IngestSummary ingestHoldingTheLake(List<String> locations, boolean reprocess, boolean alone) {
        long started = System.nanoTime();
        InputListing.Listing listing = InputListing.list(spark.sparkContext().hadoopConfiguration(), locations, log);
        List<InputListing.ListedFile> listed = listing.files();
        SkippedPath.report("ingest", listing.skipped(), log, 20);
        QueryCompilation.forDocuments(spark, listed.size());
        DeltaWriter writer = new DeltaWriter(spark, lake, alone);
        int removed = removeGone(writer, listing);
        Dataset<Row> todo = candidates(writer, listed, reprocess).persist(StorageLevel.MEMORY_AND_DISK());
        Counts counts = new Counts();
        try {
            long total = todo.count();
            try (Progress progress = new Progress("ingest", total, log)) {
                for (long b = 0; b * batchFiles < total; b++) {
                    long files = Math.min(batchFiles, total - b * batchFiles);
                    batch(writer, todo.where(col("batch").equalTo(b)).drop("batch"), files, reprocess, progress, counts);
                }
            }
        } finally {
            todo.unpersist();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ExtractSummary extracted = new ExtractSummary(counts.read, counts.byStatus, counts.forms, counts.summaryRows,
                counts.setAside, List.copyOf(counts.rejects), seconds);
        int unchanged = listed.size() - counts.added - counts.changed;
        return new IngestSummary(listed.size(), counts.added, counts.changed, unchanged, removed, extracted, seconds,
                listing.skipped());
    }

    /** What a run found, batch by batch. */
    private static final class Counts {
        int added, changed, read, touched, forms, summaryRows, setAside;
        final Map<DocumentStatus, Integer> byStatus = new EnumMap<>(DocumentStatus.class);
        final List<Reject> rejects = new ArrayList<>();
        /** Contents stored by this run's earlier batches (a hash a file read). */
        final Set<String> storedShas = new java.util.HashSet<>();

        Counts() {
            for (DocumentStatus s : DocumentStatus.values()) byStatus.put(s, 0);
        }
    }

    /**
     * The listed files joined to bronze: new files, and known ones whose length or modification time
     * differ (or all, to reprocess), numbered into batches in path order.
     */
    private Dataset<Row> candidates(DeltaWriter writer, List<InputListing.ListedFile> listed, boolean reprocess) {
        List<Row> rows = new ArrayList<>(listed.size());
        for (InputListing.ListedFile f : listed) rows.add(RowFactory.create(f.path(), f.name(), f.length(), new Timestamp(f.modified())));
        Dataset<Row> files = spark.createDataFrame(rows, LISTED);
        Dataset<Row> joined;
        if (writer.exists(Lake.DOCUMENTS)) {
            Dataset<Row> bronze = writer.read(Lake.DOCUMENTS);
            Column stored = java.util.Arrays.asList(bronze.columns()).contains("modified") ? col("modified")
                    : lit(null).cast(DataTypes.TimestampType);
            joined = files.join(bronze.select(col("path"), col("sha256").as("old_sha256"), col("size").as("old_size"),
                    stored.as("old_modified")), "path", "left");
        } else {
            joined = files.withColumn("old_sha256", lit(null).cast(DataTypes.StringType))
                    .withColumn("old_size", lit(null).cast(DataTypes.LongType))
                    .withColumn("old_modified", lit(null).cast(DataTypes.TimestampType));
        }
        Column maybeChanged = col("old_sha256").isNull().or(lit(reprocess))
                .or(col("old_modified").isNull()).or(col("old_modified").notEqual(col("modified")))
                // a file rejected unread keeps size 0 and an empty hash: its length says nothing
                .or(col("old_size").notEqual(col("length")).and(col("old_sha256").notEqual(lit(""))));
        return joined.where(maybeChanged)
                .withColumn("batch", floor(row_number().over(Window.orderBy("path")).minus(1).divide(batchFiles)))
                .select(col("path"), col("name"), col("length"), col("modified"), col("old_sha256"), col("batch"));
    }

    private void batch(DeltaWriter writer, Dataset<Row> files, long count, boolean reprocess, Progress progress, Counts counts) {
        Timestamp now = Timestamp.from(Instant.now());
        LongAccumulator done = spark.sparkContext().longAccumulator("ingest files read");
        long before = counts.read + counts.touched; // files done in earlier batches
        // a few tasks a core: each task builds its own extractor, and more, smaller tasks measured slower
        int partitions = (int) Math.max(1, Math.min(count, spark.sparkContext().defaultParallelism() * 4L));
        long t0 = System.nanoTime();
        // parsed once on the executors and checkpointed: the batch's MERGEs read the same rows, never parse again
        Dataset<Row> parsed = watch(progress, done, before, () -> files.repartition(partitions)
                .mapPartitions(new ParseFiles(reprocess, now, spark.sparkContext().hadoopConfiguration(), done),
                        Encoders.row(ParseFiles.PARSED))
                .localCheckpoint(true));
        try {
            List<Row> outcome = parsed
                    .select(col("path"), col("kind"), col("old_sha256"), col("sha256"), col("modified"),
                            col("document.status"), col("document.forms"), col("document.summary_rows"),
                            size(col("set_aside")), col("rejects"))
                    .collectAsList();
            long t1 = System.nanoTime();
            write(writer, parsed, outcome, reprocess, counts);
            LOG.debug("batch of {} files: parsed in {} ms, written in {} ms", outcome.size(), (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t1) / 1_000_000);
        } finally {
            parsed.unpersist();
        }
    }

    /** Runs the batch's one Spark action while the driver shows the executors' progress. */
    private static <T> T watch(Progress progress, LongAccumulator done, long before, java.util.function.Supplier<T> action) {
        Thread poll = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    progress.advanceTo(before + done.value());
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ingest-progress");
        poll.setDaemon(true);
        poll.start();
        try {
            return action.get();
        } finally {
            poll.interrupt();
            progress.advanceTo(before + done.value());
        }
    }

    private void write(DeltaWriter writer, Dataset<Row> parsed, List<Row> outcome, boolean reprocess, Counts counts) {
        Set<String> readShas = new LinkedHashSet<>();
        Set<String> readPaths = new LinkedHashSet<>();
        Set<String> copies = new LinkedHashSet<>(); // paths whose bytes an earlier path of the batch also holds
        Set<String> replaced = new LinkedHashSet<>();
        Map<String, String> changedFrom = new java.util.LinkedHashMap<>(); // changed file's path → its old content
        List<Row> touched = new ArrayList<>();
        List<Row> inPathOrder = new ArrayList<>(outcome);
        inPathOrder.sort(java.util.Comparator.comparing((Row r) -> r.getString(0)));
        for (Row r : inPathOrder) {
            String path = r.getString(0);
            String old = r.isNullAt(2) ? null : r.getString(2);
            String sha = r.getString(3);
            if (ParseFiles.UNCHANGED.equals(r.getString(1))) {
                touched.add(RowFactory.create(path, r.getTimestamp(4)));
                counts.touched++;
                continue;
            }
            // the same bytes under two names make the same content rows: the first path in order keeps them,
            // so a local run and a cluster run store the same one, whatever the batches (an earlier batch of
            // this run stored the first path's; its content is left out of this batch's keys, so a reprocess
            // cannot take it for stale)
            if (counts.storedShas.contains(sha) || !readShas.add(sha)) copies.add(path);
            readPaths.add(path);
            if (old == null) counts.added++;
            else if (!old.equals(sha)) {
                counts.changed++;
                replaced.add(old);
                changedFrom.put(path, old);
            }
            counts.read++;
            counts.byStatus.merge(DocumentStatus.valueOf(r.getString(5).toUpperCase(java.util.Locale.ROOT)), 1, Integer::sum);
            counts.forms += r.getInt(6);
            counts.summaryRows += r.getInt(7);
            counts.setAside += r.getInt(8);
            for (Row x : r.<Row>getList(9)) counts.rejects.add(ParseFiles.reject(x));
        }
        if (!readPaths.isEmpty()) {
            // old contents still published under another path keep their rows
            Set<String> staleShas = new LinkedHashSet<>(orphans(writer, replaced, readPaths, readShas));
            repointKeptContent(writer, changedFrom, staleShas, readShas);
            if (reprocess) staleShas.addAll(readShas);
            log.printf("ingest: writing %d documents to %s%n", readPaths.size(), lake.root());
            Column byContent = staleShas.isEmpty() ? null : col("t.document_sha256").isin(staleShas.toArray());
            Column byPath = col("t.path").isin(readPaths.toArray());
            // every key of a content table starts with its content's hash; rejects' and bronze's name their path
            DeltaWriter.Reach ofContent = new DeltaWriter.Reach("document_sha256", readShas);
            DeltaWriter.Reach ofPaths = new DeltaWriter.Reach("path", readPaths);
            Dataset<Row> read = parsed.where(col("kind").equalTo(ParseFiles.READ));
            Dataset<Row> content = copies.isEmpty() ? read : read.where(not(col("path").isin(copies.toArray())));
            // silver first, its tables side by side: bronze records a file only once all its rows are committed
            SideBySide.run("ingest-writer", SILVER_WRITERS, List.of(
                    () -> writer.write(Lake.FORMS, rows(content, "forms"), List.of("form_id"), movedOr(reprocess), byContent, ofContent),
                    () -> writer.write(Lake.INDICATORS, rows(content, "indicators"), List.of("form_id", "indicator_index"), reprocess, byContent, ofContent),
                    () -> writer.write(Lake.SUMMARIES, rows(content, "summaries"), List.of("summary_id"), movedOr(reprocess), byContent, ofContent),
                    () -> writer.write(Lake.SET_ASIDE, rows(content, "set_aside"), List.of("set_aside_id"), movedOr(reprocess), byContent, ofContent),
                    // rejects belong to a path: a fixed file's rejects go, whatever else shares its old bytes
                    () -> writer.write(Lake.REJECTS, rows(read, "rejects"), List.of("reject_id"), true, byPath, ofPaths)));
            writer.write(Lake.DOCUMENTS, read.select("document.*"), List.of("path"), true, null, ofPaths);
            counts.storedShas.addAll(readShas);
        }
        // files touched but not changed: their new modification time spares the next run a read
        if (!touched.isEmpty()) writer.touch(Lake.DOCUMENTS, spark.createDataFrame(touched, TOUCHED));
    }

    /**
     * Files bronze knows under a folder read this run that the folder no longer holds: deleted or moved
     * away. Their rows go (silver first, bronze last), unless their content is still published under
     * another path. A file outside the folders read is not judged: a run over one folder says nothing
     * of another.
     */
    private int removeGone(DeltaWriter writer, InputListing.Listing listing) {
        if (listing.folders().isEmpty() || !writer.exists(Lake.DOCUMENTS)) return 0;
        Column under = lit(false);
        for (String folder : listing.folders()) under = under.or(col("path").startsWith(folder.endsWith("/") ? folder : folder + "/"));
        List<Row> rows = new ArrayList<>(listing.files().size());
        for (InputListing.ListedFile f : listing.files()) rows.add(RowFactory.create(f.path()));
        Dataset<Row> present = spark.createDataFrame(rows, new StructType().add("path", DataTypes.StringType, false));
        Dataset<Row> bronze = writer.read(Lake.DOCUMENTS);
        List<Row> gone = bronze.where(under).select("path", "sha256").join(present, "path", "left_anti")
                .collectAsList();
        if (gone.isEmpty()) return 0;
        Set<String> paths = new LinkedHashSet<>();
        Set<String> shas = new LinkedHashSet<>();
        for (Row r : gone) {
            paths.add(r.getString(0));
            shas.add(r.getString(1));
        }
        // contents another path still holds keep their rows
        for (Row r : bronze.where(col("sha256").isin(shas.toArray()).and(org.apache.spark.sql.functions.not(col("path").isin(paths.toArray()))))
                .select("sha256").distinct().collectAsList()) {
            shas.remove(r.getString(0));
        }
        log.printf("ingest: %d files gone from the folders read; removing their rows%n", paths.size());
        if (!shas.isEmpty()) {
            Column byContent = col("document_sha256").isin(shas.toArray());
            for (String t : List.of(Lake.FORMS, Lake.INDICATORS, Lake.SUMMARIES, Lake.SET_ASIDE)) writer.delete(t, byContent);
        }
        writer.delete(Lake.REJECTS, col("path").isin(paths.toArray()));
        writer.delete(Lake.DOCUMENTS, col("path").isin(paths.toArray()));
        return paths.size();
    }

    /** Same content read under another path (a moved or renamed file): its rows take the new path. */
    private static Column movedOr(boolean reprocess) {
        return reprocess ? lit(true) : col("t.path").notEqual(col("s.path"));
    }

    static final StructType TOUCHED = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("modified", DataTypes.TimestampType, false);

    private static Dataset<Row> rows(Dataset<Row> read, String array) {
        return read.select(explode(col(array)).as("r")).select("r.*");
    }

    /**
     * A changed file whose old content another path still holds: the old content's rows stay, and if they
     * were shown under the changed file's path they now name the other path, so the changed file's path
     * shows only its new content.
     */
    private void repointKeptContent(DeltaWriter writer, Map<String, String> changedFrom, Set<String> stale, Set<String> readShas) {
        List<Row> kept = new ArrayList<>();
        for (Map.Entry<String, String> e : changedFrom.entrySet()) {
            if (!stale.contains(e.getValue()) && !readShas.contains(e.getValue())) kept.add(RowFactory.create(e.getKey(), e.getValue()));
        }
        if (kept.isEmpty() || !writer.exists(Lake.DOCUMENTS)) return;
        Dataset<Row> changed = spark.createDataFrame(kept, new StructType()
                .add("changed_path", DataTypes.StringType, false).add("sha", DataTypes.StringType, false));
        // each old content's other holder (the first by path), from bronze, which still lists both
        Dataset<Row> holders = writer.read(Lake.DOCUMENTS).join(changed, col("sha256").equalTo(col("sha"))
                        .and(col("path").notEqual(col("changed_path"))))
                .groupBy("changed_path", "sha")
                .agg(org.apache.spark.sql.functions.min(org.apache.spark.sql.functions.struct("path", "name")).as("h"))
                .select(col("changed_path"), col("sha"), col("h.path").as("holder_path"), col("h.name").as("holder_name"))
                .localCheckpoint();
        if (holders.isEmpty()) return;
        SideBySide.run("ingest-writer", SILVER_WRITERS, List.of(Lake.FORMS, Lake.SUMMARIES, Lake.SET_ASIDE).stream()
                .<Runnable>map(t -> () -> writer.repoint(t, holders)).toList());
    }

    /** Replaced contents no other path still holds (after this batch): their rows go. */
    private static Set<String> orphans(DeltaWriter writer, Set<String> replaced, Set<String> readPaths, Set<String> readShas) {
        Set<String> out = new LinkedHashSet<>(replaced);
        out.removeAll(readShas);
        if (out.isEmpty() || !writer.exists(Lake.DOCUMENTS)) return out;
        for (Row r : writer.read(Lake.DOCUMENTS).where(col("sha256").isin(out.toArray()).and(org.apache.spark.sql.functions.not(col("path").isin(readPaths.toArray()))))
                .select("sha256").distinct().collectAsList()) {
            out.remove(r.getString(0));
        }
        return out;
    }
}
