package jixiao.lake;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import io.delta.tables.DeltaMergeBuilder;
import io.delta.tables.DeltaTable;

/** Creates lake tables when missing and MERGEs rows into them on their keys. */
final class DeltaWriter {
    private final SparkSession spark;
    private final Lake lake;

    DeltaWriter(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    boolean exists(String table) {
        return new LakeReader(spark, lake).exists(table);
    }

    Dataset<Row> read(String table) {
        return spark.read().format("delta").load(lake.table(table));
    }

    /**
     * Upserts {@code rows} on {@code keys}: new keys are inserted; matched keys are updated only when
     * {@code updateMatched} (a re-read of the same bytes gives the same rows otherwise); target rows
     * that the source lacks and that match {@code stale} are deleted (a changed file's old rows).
     * Columns of {@code schema} the table lacks (a lake from an older version) are added to it; its
     * unmatched old rows hold null there.
     */
    void merge(String table, Dataset<Row> rows, List<String> keys, boolean updateMatched, Column stale) {
        Dataset<Row> source = rows.dropDuplicates(keys.toArray(new String[0]));
        retrying(table, () -> {
            // created empty, then MERGEd into: two first runs at once cannot both append the same rows
            if (!exists(table)) {
                spark.createDataFrame(List.<Row>of(), source.schema()).write().format("delta").mode("append").save(lake.table(table));
            }
            mergeOnce(table, source, keys, updateMatched, stale);
        });
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

    private void mergeOnce(String table, Dataset<Row> source, List<String> keys, boolean updateMatched, Column stale) {
        String on = String.join(" AND ", keys.stream().map(k -> "t." + k + " = s." + k).toList());
        // Schema evolution for this MERGE only (not the session-wide autoMerge setting): a table written
        // before Schemas gained a column gets it, appended; without it Delta silently leaves out source
        // columns the target lacks (the MERGE succeeds and the new values are lost).
        // The source always has exactly the declared columns, so evolution can only add those.
        DeltaMergeBuilder m = DeltaTable.forPath(spark, lake.table(table)).as("t").merge(source.as("s"), on)
                .withSchemaEvolution();
        if (updateMatched) m = m.whenMatched().updateAll();
        m = m.whenNotMatched().insertAll();
        if (stale != null) m = m.whenNotMatchedBySource(stale).delete();
        m.execute();
    }

    /** Deletes the rows matching {@code condition}, when the table is there. */
    void delete(String table, Column condition) {
        if (!exists(table)) return;
        retrying(table, () -> DeltaTable.forPath(spark, lake.table(table)).delete(condition));
    }

    /** Sets the modification time of known files (path, modified) that were touched but not changed. */
    void touch(String table, Dataset<Row> modified) {
        retrying(table, () -> DeltaTable.forPath(spark, lake.table(table)).as("t").merge(modified.as("s"), "t.path = s.path")
                .withSchemaEvolution()
                .whenMatched().updateExpr(java.util.Map.of("modified", "s.modified"))
                .execute());
    }
}
