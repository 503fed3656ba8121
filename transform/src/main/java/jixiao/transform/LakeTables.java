package jixiao.transform;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import io.delta.tables.DeltaTable;
import jixiao.lake.Lake;

/** Reads a stage's input tables and overwrites its gold tables. */
final class LakeTables {
    private final SparkSession spark;
    private final Lake lake;

    LakeTables(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** The table, or a {@link MissingTableException} naming the command that makes it. */
    Dataset<Row> read(String table, String makeItWith) {
        String location = lake.table(table);
        if (!DeltaTable.isDeltaTable(spark, location)) throw new MissingTableException(table, location, makeItWith);
        return spark.read().format("delta").load(location);
    }

    /** Replaces the table's rows (and schema: a gold table is derived, never merged into). */
    TableCount overwrite(String table, Dataset<Row> rows) {
        // computed once, counted and written from memory: reading the new version back to count it costs more
        Dataset<Row> computed = rows.persist();
        try {
            long count = computed.count();
            computed.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(lake.table(table));
            return new TableCount(table, count);
        } finally {
            computed.unpersist();
        }
    }
}
