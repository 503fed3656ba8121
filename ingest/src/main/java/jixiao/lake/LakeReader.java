package jixiao.lake;

import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import io.delta.tables.DeltaTable;

/**
 * Reads the lake's tables for every stage: the one place that decides what a missing table means (an
 * error naming the command that makes it, or no rows when absence is normal), and what a missing
 * column means (null: the lake was written before the column existed).
 */
public final class LakeReader {
    private final SparkSession spark;
    private final Lake lake;

    public LakeReader(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    public boolean exists(String table) {
        return DeltaTable.isDeltaTable(spark, lake.table(table));
    }

    /** The table, or a {@link MissingTableException} saying to run {@code makeItWith} first. */
    public DeltaTable delta(String table, String makeItWith) {
        String location = lake.table(table);
        if (!DeltaTable.isDeltaTable(spark, location)) throw new MissingTableException(table, location, makeItWith);
        return DeltaTable.forPath(spark, location);
    }

    /**
     * The table's latest commit (version and time), from the Delta log's files: no Spark job, unlike
     * {@code history(1)}, which the gold writes and site reads once paid per table.
     */
    public Commit latest(String table) {
        org.apache.spark.sql.delta.Snapshot s = org.apache.spark.sql.delta.DeltaLog.forTable(spark, lake.table(table))
                .update(false, scala.Option.empty(), scala.Option.empty());
        return new Commit(s.version(), java.time.Instant.ofEpochMilli(s.timestamp()));
    }

    /** One commit of a table. */
    public record Commit(long version, java.time.Instant at) {
    }

    /**
     * The rows the commit of {@code version} wrote, from the operation metrics Delta records in its
     * commitInfo (read from the log's file: no Spark job); empty when the commit recorded none.
     */
    public java.util.OptionalLong rowsWritten(String table, long version) {
        var changes = org.apache.spark.sql.delta.DeltaLog.forTable(spark, lake.table(table)).getChanges(version, scala.Option.empty(), false);
        if (!changes.hasNext()) return java.util.OptionalLong.empty();
        scala.Tuple2<Object, scala.collection.immutable.Seq<org.apache.spark.sql.delta.actions.Action>> commit = changes.next();
        if ((Long) commit._1() != version) return java.util.OptionalLong.empty();
        for (org.apache.spark.sql.delta.actions.Action a : scala.jdk.javaapi.CollectionConverters.asJava(commit._2())) {
            if (!(a instanceof org.apache.spark.sql.delta.actions.CommitInfo info) || info.operationMetrics().isEmpty()) continue;
            scala.Option<String> rows = info.operationMetrics().get().get("numOutputRows");
            if (rows.isDefined()) return java.util.OptionalLong.of(Long.parseLong(rows.get()));
        }
        return java.util.OptionalLong.empty();
    }

    /** The table's rows, or a {@link MissingTableException} saying to run {@code makeItWith} first. */
    public Dataset<Row> read(String table, String makeItWith) {
        return delta(table, makeItWith).toDF();
    }

    /**
     * The table's rows with every column of {@code schema}, or a {@link MissingTableException}: columns
     * a lake written by an older version lacks are null, so readers need not know which version wrote it.
     */
    public Dataset<Row> read(String table, String makeItWith, StructType schema) {
        return withColumnsOf(read(table, makeItWith), schema);
    }

    /**
     * The table's rows with every column of {@code schema} (null where an older lake lacks one), or no
     * rows of {@code schema} when it is not there (a lake whose documents had none).
     */
    public Dataset<Row> readOrEmpty(String table, StructType schema) {
        if (!exists(table)) return spark.createDataFrame(List.of(), schema);
        return withColumnsOf(spark.read().format("delta").load(lake.table(table)), schema);
    }

    /** {@code rows} with the columns of {@code schema} it lacks added as typed nulls, at the end. */
    static Dataset<Row> withColumnsOf(Dataset<Row> rows, StructType schema) {
        Set<String> present = new HashSet<>(Arrays.asList(rows.columns()));
        Dataset<Row> out = rows;
        for (StructField f : schema.fields()) {
            if (!present.contains(f.name())) out = out.withColumn(f.name(), lit(null).cast(f.dataType()));
        }
        return out;
    }
}
