package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

import jixiao.transform.quality.QualityParts;

/**
 * gold/form_quality (the indicator-quality index of every form, with each part) and
 * gold/indicator_quality (its means by region × department type × year, with the change from the
 * year before).
 */
public final class QualityTables {
    public static final List<String> PARTS = List.of("quantified", "units", "comparators", "dimensions", "not_trivial",
            "not_vague", "not_copied");
    /**
     * The parts the index averages. Left out, though kept as columns: "units" (a numeric target
     * without a unit is rare: the part is 100% almost everywhere) and "not_vague" (the same measure
     * as "quantified" in almost every form). "not_copied" counts only where the project has a form
     * the year before: a first year is not rewarded for having nothing to copy.
     */
    public static final List<String> INDEX_PARTS = List.of("quantified", "comparators", "dimensions", "not_trivial", "not_copied");

    private QualityTables() {
    }

    /**
     * Per form: the parts of {@link QualityParts}, "not copied" from the lineage (null without a form the
     * year before), and the index: 100 × the mean of the {@link #INDEX_PARTS} it has.
     */
    public static Dataset<Row> forms(Dataset<Row> reviewed, Dataset<Row> lineage) {
        Column notCopied = when(col("copied_unchanged").isNull(), lit(null).cast(DataTypes.DoubleType))
                .when(col("copied_unchanged"), 0.0).otherwise(1.0);
        Column sum = lit(0.0);
        Column parts = lit(0);
        for (String p : INDEX_PARTS) {
            sum = sum.plus(coalesce(col(p), lit(0.0)));
            parts = parts.plus(when(col(p).isNotNull(), 1).otherwise(0));
        }
        return reviewed.join(lineage.select("form_id", "copied_unchanged"), "form_id", "left")
                .withColumn("not_copied", notCopied)
                .withColumn("quality_index", when(col("indicator_count").gt(0),
                        round(sum.divide(parts).multiply(100), 2)).otherwise(0.0))
                .select(columns().stream().map(c -> col(c)).toArray(Column[]::new))
                .repartition(1)
                .sortWithinPartitions(col("fiscal_year").asc_nulls_last(), col("region"), col("source"), col("form_id"));
    }

    public static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("form_id", "source", "province", "city", "county", "region", "department",
                "department_type", "fiscal_year", "project_name", "indicator_count"));
        c.addAll(PARTS);
        c.add("quality_index");
        return c;
    }

    /** Means by region × department type × year (and all regions, all types), with year-over-year change. */
    public static Dataset<Row> byRegion(Dataset<Row> formQuality) {
        Dataset<Row> rated = formQuality.where(col("indicator_count").gt(0));
        Dataset<Row> cut = Levels.cut(rated, true, List.of(), g -> {
            List<Column> m = new ArrayList<>();
            m.add(avg("quality_index").as("quality_index"));
            for (String p : PARTS) m.add(avg(p).as(p));
            m.add(sum(when(col("not_copied").equalTo(0.0), 1L).otherwise(0L)).cast(DataTypes.LongType).as("copied_sets"));
            return g.agg(count(lit(1)).as("forms"), m.toArray(new Column[0]));
        });
        Column previous = lag(col("quality_index"), 1).over(Window.partitionBy("province", "city", "county", "region",
                "department_type").orderBy(col("fiscal_year").asc_nulls_last()));
        Column previousYear = lag(col("fiscal_year"), 1).over(Window.partitionBy("province", "city", "county", "region",
                "department_type").orderBy(col("fiscal_year").asc_nulls_last()));
        List<Column> out = new ArrayList<>();
        for (String k : Levels.keyColumns(true, List.of())) out.add(col(k));
        out.add(col("forms"));
        out.add(col("quality_index"));
        for (String p : PARTS) out.add(col(p));
        out.add(col("copied_sets"));
        out.add(col("previous_year"));
        out.add(col("yoy_change"));
        return cut.withColumn("previous_year", when(col("fiscal_year").isNotNull(), previousYear))
                .withColumn("yoy_change", when(col("fiscal_year").isNotNull().and(col("previous_year").isNotNull()),
                        col("quality_index").minus(previous)))
                .repartition(1)
                .sortWithinPartitions(Levels.ordering(true, List.of()))
                .select(out.toArray(new Column[0]));
    }
}
