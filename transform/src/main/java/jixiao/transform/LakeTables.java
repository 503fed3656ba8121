package jixiao.transform;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import jixiao.lake.Lake;
import jixiao.lake.LakeReader;
import jixiao.lake.MissingTableException;

/** Reads a stage's input tables and overwrites its gold tables. */
final class LakeTables {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LakeTables.class);

    private final SparkSession spark;
    private final Lake lake;

    LakeTables(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** The table, or a {@link MissingTableException} naming the command that makes it. */
    Dataset<Row> read(String table, String makeItWith) {
        return new LakeReader(spark, lake).read(table, makeItWith);
    }

    /**
     * The table with every column of {@code schema} (null where a lake written by an older version lacks
     * one), or a {@link MissingTableException} naming the command that makes it.
     */
    Dataset<Row> read(String table, String makeItWith, StructType schema) {
        return new LakeReader(spark, lake).read(table, makeItWith, schema);
    }

    /** The table's rows, counted from the Delta log's file statistics where it has them (no scan of the data). */
    long rows(String table) {
        return spark.read().format("delta").load(lake.table(table)).count();
    }

    /** The table, or no rows of {@code schema} when it is not there (a lake whose documents had none). */
    Dataset<Row> readOrEmpty(String table, StructType schema) {
        return new LakeReader(spark, lake).readOrEmpty(table, schema);
    }

    /**
     * Writes the table like {@link #overwrite} and hands back its rows, kept in memory for the
     * stages that read them next (filled by the write itself); the caller unpersists them.
     */
    Kept overwriteAndKeep(String table, Dataset<Row> rows) {
        Dataset<Row> computed = rows.persist();
        return new Kept(write(table, computed), computed);
    }

    /** One Spark action: the rows are counted by the write (Delta's commit metrics), not by a job of their own. */
    private TableCount write(String table, Dataset<Row> rows) {
        long started = System.nanoTime();
        rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(lake.table(table));
        LakeReader reader = new LakeReader(spark, lake);
        long version = reader.latest(table).version();
        // a commit without metrics (history metrics switched off): count what was written
        long count = reader.rowsWritten(table, version)
                .orElseGet(() -> spark.read().format("delta").option("versionAsOf", version).load(lake.table(table)).count());
        LOG.debug("{}: {} rows computed and written in {} ms", table, count, (System.nanoTime() - started) / 1_000_000);
        return new TableCount(table, count, version);
    }

    record Kept(TableCount count, Dataset<Row> rows) {
    }

    /**
     * Records a finished run: every table it wrote with the version the write made. The site reads the
     * tables only when their versions are these, so a run killed half-way never publishes a mix.
     */
    void recordRun(java.util.List<TableCount> written, java.sql.Timestamp started) {
        java.util.List<Row> rows = new java.util.ArrayList<>();
        java.sql.Timestamp finished = java.sql.Timestamp.from(java.time.Instant.now());
        for (TableCount t : written) rows.add(org.apache.spark.sql.RowFactory.create(t.table(), t.version(), t.rows(), started, finished));
        spark.createDataFrame(rows, GoldTables.RUN_SCHEMA).coalesce(1).write().format("delta").mode("overwrite")
                .option("overwriteSchema", "true").save(lake.table(GoldTables.TRANSFORM_RUN));
    }

    /** This run's number, from 1: the runs recorded before it (each rewrites gold/transform_run once) plus one. */
    long runNumber() {
        LakeReader reader = new LakeReader(spark, lake);
        return reader.exists(GoldTables.TRANSFORM_RUN) ? reader.latest(GoldTables.TRANSFORM_RUN).version() + 2 : 1;
    }

    /** Replaces the table's rows (and schema: a gold table is derived, never merged into). */
    TableCount overwrite(String table, Dataset<Row> rows) {
        return write(table, rows);
    }
}
