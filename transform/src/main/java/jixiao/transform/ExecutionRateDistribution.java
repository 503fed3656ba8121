package jixiao.transform;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

import jixiao.lake.Lake;

/**
 * gold/execution_rate_distribution: how many forms fall in each execution-rate band, with exact
 * quartiles and the mean, per region × fiscal year and per fiscal year over all regions.
 */
public final class ExecutionRateDistribution {
    public static final String TABLE = Lake.GOLD_EXECUTION_RATES;
    public static final List<String> KEYS = List.of("province", "city", "county", "region", "fiscal_year");

    private ExecutionRateDistribution() {
    }

    /** The gold rows from silver/forms, in {@link #ordering()}, in one partition (the table is small). */
    public static Dataset<Row> compute(Dataset<Row> forms) {
        Dataset<Row> rated = forms.select(
                FormMeasures.place("province").as("province"),
                FormMeasures.place("city").as("city"),
                FormMeasures.place("county").as("county"),
                col("fiscal_year"),
                FormMeasures.rate().as("rate"));

        Dataset<Row> byRegion = measure(rated.groupBy("province", "city", "county", "fiscal_year"))
                .withColumn("region", FormMeasures.regionLabel());
        Dataset<Row> allRegions = measure(rated.groupBy("fiscal_year"))
                .withColumn("province", lit(null).cast(DataTypes.StringType))
                .withColumn("city", lit(null).cast(DataTypes.StringType))
                .withColumn("county", lit(null).cast(DataTypes.StringType))
                .withColumn("region", lit(FormMeasures.ALL_REGIONS));

        return byRegion.unionByName(allRegions)
                .select(columns().stream().map(c -> col(c)).toArray(Column[]::new))
                .repartition(1)
                .sortWithinPartitions(ordering());
    }

    /** The table's columns, in order. */
    public static List<String> columns() {
        List<String> names = new ArrayList<>(KEYS);
        names.add("forms");
        names.add("rated");
        for (RateBand b : RateBand.values()) names.add(b.column());
        names.addAll(List.of("p25", "median", "p75", "mean_rate"));
        return names;
    }

    /** Year by year; each year's all-regions row first, then regions by name, unknown places last. */
    public static Column[] ordering() {
        return new Column[] {
                col("fiscal_year").asc_nulls_last(),
                when(col("region").equalTo(FormMeasures.ALL_REGIONS), 0).otherwise(1).asc(),
                col("province").asc_nulls_last(),
                col("city").asc_nulls_last(),
                col("county").asc_nulls_last()};
    }

    private static Dataset<Row> measure(RelationalGroupedDataset groups) {
        Column rate = col("rate");
        List<Column> m = new ArrayList<>();
        m.add(count(rate).as("rated"));
        for (RateBand b : RateBand.values()) {
            m.add(sum(when(b.contains(rate), 1L).otherwise(0L)).cast(DataTypes.LongType).as(b.column()));
        }
        m.add(percentile(rate, lit(0.25)).as("p25"));
        m.add(percentile(rate, lit(0.5)).as("median"));
        m.add(percentile(rate, lit(0.75)).as("p75"));
        m.add(avg(rate).as("mean_rate"));
        return groups.agg(count(lit(1)).as("forms"), m.toArray(new Column[0]));
    }
}
