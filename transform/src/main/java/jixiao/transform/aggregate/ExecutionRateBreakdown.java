package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

import jixiao.transform.RateBand;

/**
 * gold/execution_rate_breakdown: the execution-rate distribution (the bands of {@link RateBand},
 * percentiles, mean) by region, department type and year, measured twice: against the adjusted
 * budget (basis 全年预算, the rate as printed) and against the initial budget (basis 年初预算,
 * executed ÷ initial), so cuts that make execution look complete show up.
 */
public final class ExecutionRateBreakdown {
    public static final String ADJUSTED = "全年预算";
    public static final String INITIAL = "年初预算";

    private ExecutionRateBreakdown() {
    }

    public static Dataset<Row> compute(Dataset<Row> reviewed) {
        Dataset<Row> rated = reviewed.select(col("province"), col("city"), col("county"), col("region"),
                        col("department_type"), col("fiscal_year"),
                        explode(array(struct(lit(ADJUSTED).as("basis"), col("execution_rate").as("rate")),
                                struct(lit(INITIAL).as("basis"), col("rate_vs_initial").as("rate")))).as("b"))
                .select(col("province"), col("city"), col("county"), col("region"), col("department_type"),
                        col("fiscal_year"), col("b.basis").as("basis"), col("b.rate").as("rate"));
        List<Column> out = new ArrayList<>();
        out.add(col("basis"));
        for (String k : Levels.keyColumns(true, List.of())) out.add(col(k));
        out.add(col("forms"));
        out.add(col("rated"));
        for (RateBand b : RateBand.values()) out.add(col(b.column()));
        for (String p : List.of("p10", "p25", "median", "p75", "p90", "mean_rate")) out.add(col(p));
        return Levels.cut(rated, true, List.of("basis"), ExecutionRateBreakdown::measure)
                .repartition(1)
                .sortWithinPartitions(Levels.ordering(true, List.of(when(col("basis").equalTo(ADJUSTED), 0).otherwise(1))))
                .select(out.toArray(new Column[0]));
    }

    static Dataset<Row> measure(RelationalGroupedDataset groups) {
        Column rate = col("rate");
        List<Column> m = new ArrayList<>();
        m.add(count(rate).as("rated"));
        for (RateBand b : RateBand.values()) {
            m.add(sum(when(b.contains(rate), 1L).otherwise(0L)).cast(DataTypes.LongType).as(b.column()));
        }
        m.add(percentile(rate, lit(0.10)).as("p10"));
        m.add(percentile(rate, lit(0.25)).as("p25"));
        m.add(percentile(rate, lit(0.5)).as("median"));
        m.add(percentile(rate, lit(0.75)).as("p75"));
        m.add(percentile(rate, lit(0.90)).as("p90"));
        m.add(avg(rate).as("mean_rate"));
        return groups.agg(count(lit(1)).as("forms"), m.toArray(new Column[0]));
    }
}
