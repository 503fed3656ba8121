package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

import jixiao.transform.reasons.ReasonCategory;

/**
 * gold/deduction_reasons: reasons for lost points by category × region × year: how many, how many
 * points, and their share of the region-year's reasons and points.
 */
public final class DeductionReasons {
    private DeductionReasons() {
    }

    /** One row per reason for lost points, with its form's region and year. */
    public static Dataset<Row> items(Dataset<Row> reviewed) {
        return reviewed.select(col("form_id"), col("province"), col("city"), col("county"), col("region"),
                        col("department_type"), col("fiscal_year"), explode(col("reasons")).as("r"))
                .select(col("form_id"), col("province"), col("city"), col("county"), col("region"), col("department_type"),
                        col("fiscal_year"), col("r.source").as("source"), col("r.indicator_index").as("indicator_index"),
                        col("r.reason").as("reason"), col("r.category").as("category"), col("r.points_lost").as("points_lost"));
    }

    public static Dataset<Row> compute(Dataset<Row> items) {
        Dataset<Row> cut = Levels.cut(items, false, List.of("category"), g -> g.agg(
                count(lit(1)).as("reasons"),
                sum(when(col("source").equalTo(jixiao.transform.reasons.LostPoints.EXECUTION), 1L).otherwise(0L))
                        .cast(DataTypes.LongType).as("execution_reasons"),
                sum(col("points_lost")).as("points_lost")));
        WindowSpec regionYear = Window.partitionBy(col("province"), col("city"), col("county"), col("region"), col("fiscal_year"));
        Column label = col("category");
        for (ReasonCategory c : ReasonCategory.values()) {
            label = when(col("category").equalTo(c.name()), lit(c.label())).otherwise(label);
        }
        Column order = lit(ReasonCategory.values().length);
        for (ReasonCategory c : ReasonCategory.values()) {
            order = when(col("category").equalTo(c.name()), lit(c.ordinal())).otherwise(order);
        }
        List<Column> out = new ArrayList<>();
        for (String k : Levels.keyColumns(false, List.of("category"))) out.add(col(k));
        out.add(col("category_label"));
        out.add(col("reasons"));
        out.add(col("execution_reasons"));
        out.add(col("points_lost"));
        out.add(col("share"));
        out.add(col("points_share"));
        return cut.withColumn("category_label", label)
                .withColumn("share", col("reasons").divide(sum("reasons").over(regionYear)))
                .withColumn("points_share", when(sum("points_lost").over(regionYear).gt(0),
                        col("points_lost").divide(sum("points_lost").over(regionYear))))
                .withColumn("category_order", order)
                .repartition(1)
                .sortWithinPartitions(Levels.ordering(false, List.of(col("category_order"))))
                .select(out.toArray(new Column[0]));
    }
}
