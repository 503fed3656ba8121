package jixiao.lake;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import io.delta.tables.DeltaTable;

/**
 * Reads the lake's tables for every stage: the one place that decides what a missing table means (an
 * error naming the command that makes it, or no rows when absence is normal).
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

    /** The table's rows, or a {@link MissingTableException} saying to run {@code makeItWith} first. */
    public Dataset<Row> read(String table, String makeItWith) {
        return delta(table, makeItWith).toDF();
    }

    /** The table's rows, or no rows of {@code schema} when it is not there (a lake whose documents had none). */
    public Dataset<Row> readOrEmpty(String table, StructType schema) {
        if (!exists(table)) return spark.createDataFrame(List.of(), schema);
        return spark.read().format("delta").load(lake.table(table));
    }
}
