package jixiao.site;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import io.delta.tables.DeltaTable;
import jixiao.lake.Lake;
import jixiao.transform.ExecutionRateDistribution;
import jixiao.transform.MissingTableException;

/** The gold tables the site shows: small, so collected to the driver. */
final class GoldTables {
    private final SparkSession spark;
    private final Lake lake;

    GoldTables(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    List<DistributionRow> executionRates() {
        return read(ExecutionRateDistribution.TABLE).orderBy(ExecutionRateDistribution.ordering())
                .collectAsList().stream().map(DistributionRow::of).toList();
    }

    /** The table's latest Delta version, stamped on the pages that show it. */
    long version(String table) {
        return table(table).history(1).head().<Long>getAs("version");
    }

    private Dataset<Row> read(String table) {
        return table(table).toDF();
    }

    private DeltaTable table(String table) {
        String location = lake.table(table);
        if (!DeltaTable.isDeltaTable(spark, location)) throw new MissingTableException(table, location, "jixiao transform");
        return DeltaTable.forPath(spark, location);
    }
}
