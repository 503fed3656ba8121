package jixiao.lake;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.functions;

import io.delta.tables.DeltaMergeBuilder;
import io.delta.tables.DeltaTable;

/**
 * Creates lake tables when missing and writes batches into them on their keys: appended when nothing in
 * the table could match them, MERGEd otherwise.
 */
final class DeltaWriter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeltaWriter.class);
    private final SparkSession spark;
    private final Lake lake;
    /** This run is the lake's only writer (it holds the lake's lock): a checked append cannot race another run's. */
    private final boolean alone;

    DeltaWriter(SparkSession spark, Lake lake, boolean alone) {
        this.spark = spark;
        this.lake = lake;
        this.alone = alone;
    }

    boolean exists(String table) {
        return new LakeReader(spark, lake).exists(table);
    }

    Dataset<Row> read(String table) {
        return spark.read().format("delta").load(lake.table(table));
    }

    /**
     * Writes {@code rows}, one per key (the caller keeps one copy of each content), into the table:
     * new keys are inserted; matched keys are updated where {@code updateWhen} holds (null: never);
     * target rows that the source lacks and that match {@code stale} are deleted (a changed file's old
     * rows). {@code reach} names the target rows a key of the batch could match (its contents, or its
     * paths): when no row is within {@code reach} or {@code stale}, the MERGE could only insert, so the
     * rows are appended instead, without joining the whole table; a run that is not the lake's only
     * writer (no lock on its file system) MERGEs always, so Delta's conflict checks keep two runs'
     * rows apart. Columns the table lacks (a lake from an older version) are added to it; its old rows
     * hold null there.
     */
    void write(String table, Dataset<Row> rows, List<String> keys, Column updateWhen, Column stale, Reach reach) {
        retrying(table, () -> {
            // A missing table is created with the rows in one commit. Two first runs at once both try to
            // commit version 0; Delta lets one win and the other fails with a concurrent-modification
            // error, retried below as a MERGE into the winner's table: no row is appended twice.
            long t0 = System.nanoTime();
            if (!exists(table) && createWith(table, rows)) {
                LOG.debug("{}: created in {} ms", table, (System.nanoTime() - t0) / 1_000_000);
                return;
            }
            boolean append = alone && nothingWithin(table, reach, stale);
            long t1 = System.nanoTime();
            if (append) append(table, rows);
            else mergeOnce(table, rows, keys, updateWhen, stale);
            LOG.debug("{}: checked in {} ms, {} in {} ms", table, (t1 - t0) / 1_000_000, append ? "appended" : "merged",
                    (System.nanoTime() - t1) / 1_000_000);
        });
    }

    /** As {@link #write} with matched keys updated always ({@code updateMatched}) or never. */
    void write(String table, Dataset<Row> rows, List<String> keys, boolean updateMatched, Column stale, Reach reach) {
        write(table, rows, keys, updateMatched ? functions.lit(true) : null, stale, reach);
    }

    /** The target rows a batch could match: those whose {@code column} holds one of {@code values}. */
    record Reach(String column, java.util.Collection<String> values) {
    }

    /**
     * No target row is within reach or stale. The batch's values go in as a broadcast table joined to the
     * target's one column: as a literal list of thousands, Delta's file skipping alone took seconds a table.
     */
    private boolean nothingWithin(String table, Reach reach, Column stale) {
        Dataset<Row> target = read(table);
        Dataset<Row> values = spark.createDataFrame(reach.values().stream().map(v -> RowFactory.create(v)).toList(),
                new StructType().add("_reach", DataTypes.StringType, false));
        long hits = target.select(functions.col(reach.column()))
                .join(functions.broadcast(values), functions.col(reach.column()).equalTo(functions.col("_reach")), "left_semi")
                .count();
        return hits == 0 && (stale == null || target.as("t").where(stale).count() == 0);
    }

    private void append(String table, Dataset<Row> rows) {
        rows.write().format("delta").mode("append").option("mergeSchema", "true").save(lake.table(table));
    }

    /** False when another job created the table first (then the caller MERGEs). */
    private boolean createWith(String table, Dataset<Row> source) {
        try {
            source.write().format("delta").mode("errorifexists").save(lake.table(table));
            return true;
        } catch (Exception e) {
            // "already exists", or the commit of version 0 lost to another job's: MERGE into theirs
            if (exists(table)) return false;
            throw e;
        }
    }

    /** Conflicting commits of another job are retried with backoff a few times, then reported in one line. */
    static final int ATTEMPTS = 5;

    private static void retrying(String table, Runnable write) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (org.apache.spark.sql.delta.DeltaConcurrentModificationException e) {
                if (attempt >= ATTEMPTS) throw new LakeConflictException(table, attempt, e);
                try {
                    Thread.sleep((250L << attempt) + java.util.concurrent.ThreadLocalRandom.current().nextLong(250));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void mergeOnce(String table, Dataset<Row> source, List<String> keys, Column updateWhen, Column stale) {
        String on = String.join(" AND ", keys.stream().map(k -> "t." + k + " = s." + k).toList());
        // Schema evolution for this MERGE only (not the session-wide autoMerge setting): a table written
        // before Schemas gained a column gets it, appended; without it Delta silently leaves out source
        // columns the target lacks (the MERGE succeeds and the new values are lost).
        // The source always has exactly the declared columns, so evolution can only add those.
        DeltaMergeBuilder m = DeltaTable.forPath(spark, lake.table(table)).as("t").merge(source.as("s"), on)
                .withSchemaEvolution();
        if (updateWhen != null) m = m.whenMatched(updateWhen).updateAll();
        m = m.whenNotMatched().insertAll();
        if (stale != null) m = m.whenNotMatchedBySource(stale).delete();
        m.execute();
    }

    /** Deletes the rows matching {@code condition}, when the table is there. */
    void delete(String table, Column condition) {
        if (!exists(table)) return;
        retrying(table, () -> DeltaTable.forPath(spark, lake.table(table)).delete(condition));
    }

    /**
     * Rows of content {@code sha} shown under {@code changed_path} are shown under {@code holder_path}
     * ({@code holder_name}) instead: one MERGE, whatever the number of files.
     */
    void repoint(String table, Dataset<Row> moves) {
        if (!exists(table)) return;
        retrying(table, () -> DeltaTable.forPath(spark, lake.table(table)).as("t").merge(moves.as("s"),
                        "t.document_sha256 = s.sha AND t.path = s.changed_path")
                .whenMatched().updateExpr(java.util.Map.of("path", "s.holder_path", "source", "s.holder_name"))
                .execute());
    }

    /** Sets the modification time of known files (path, modified) that were touched but not changed. */
    void touch(String table, Dataset<Row> modified) {
        retrying(table, () -> DeltaTable.forPath(spark, lake.table(table)).as("t").merge(modified.as("s"), "t.path = s.path")
                .withSchemaEvolution()
                .whenMatched().updateExpr(java.util.Map.of("modified", "s.modified"))
                .execute());
    }
}
