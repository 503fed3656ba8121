package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.var_samp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * gold/region_summary: per fiscal year, region and metric, the raw mean, the mean shrunk toward
 * that year's overall mean by the region's count ({@link Shrinkage}), its 95% interval and the rank by the
 * shrunk mean (1 = best) among that year's regions, so small samples do not land at the extremes and a
 * ranking never mixes years (a region present in one year only is not compared with another year's); a
 * region with fewer than {@link #MIN_RANKED_FORMS} forms in the year is not ranked at all, and intervals
 * stay inside the range of the values averaged. Forms without a year form their own group (year null).
 */
public final class RegionSummary {
    /** A metric, how it reads, and which way is better. */
    public record Metric(String id, String label, String column, boolean higherIsBetter) {
    }

    public static final List<Metric> METRICS = List.of(
            // no ranking of self-scores: a higher self-score is not a better one (it may be an inflated one)
            new Metric("execution_rate", "预算执行率", "execution_rate", true),
            new Metric("score_gap", "自评高于复核的分数（可复核的表）", "gap", false),
            new Metric("errors_per_form", "每表错误数", "errors", false),
            new Metric("quality_index", "指标质量指数", "quality_index", true));

    public static final StructType SCHEMA = new StructType()
            .add("metric", DataTypes.StringType, false)
            .add("metric_label", DataTypes.StringType, false)
            .add("higher_is_better", DataTypes.BooleanType, false)
            .add("fiscal_year", DataTypes.IntegerType, true)
            .add("province", DataTypes.StringType, true)
            .add("city", DataTypes.StringType, true)
            .add("county", DataTypes.StringType, true)
            .add("region", DataTypes.StringType, false)
            .add("forms", DataTypes.LongType, false)
            .add("mean", DataTypes.DoubleType, false)
            .add("sd", DataTypes.DoubleType, true)
            .add("overall_mean", DataTypes.DoubleType, false)
            .add("weight", DataTypes.DoubleType, false)
            .add("shrunk_mean", DataTypes.DoubleType, false)
            .add("lower", DataTypes.DoubleType, false)
            .add("upper", DataTypes.DoubleType, false)
            .add("rank", DataTypes.IntegerType, true)
            .add("regions", DataTypes.IntegerType, false);

    /** A region with fewer forms than this is listed but not ranked: a handful of forms says little. */
    public static final int MIN_RANKED_FORMS = 5;

    private RegionSummary() {
    }

    /** {@code perForm}: one row per form with its fiscal year, the region columns and every metric's column. */
    public static Dataset<Row> compute(SparkSession spark, Dataset<Row> perForm) {
        List<Column> values = new ArrayList<>();
        for (Metric m : METRICS) {
            values.add(org.apache.spark.sql.functions.struct(lit(m.id()).as("metric"),
                    col(m.column()).cast(DataTypes.DoubleType).as("value")));
        }
        Dataset<Row> long_ = perForm.select(col("fiscal_year").cast(DataTypes.IntegerType).as("fiscal_year"), col("province"), col("city"), col("county"), col("region"),
                        explode(org.apache.spark.sql.functions.array(values.toArray(new Column[0]))).as("m"))
                .select(col("fiscal_year"), col("province"), col("city"), col("county"), col("region"), col("m.metric").as("metric"),
                        col("m.value").as("value"))
                .where(col("value").isNotNull());
        // columns: 0 metric, 1 year, 2 province, 3 city, 4 county, 5 region, 6 n, 7 mean, 8 var, 9 min, 10 max
        List<Row> groups = long_.groupBy("metric", "fiscal_year", "province", "city", "county", "region")
                .agg(count(lit(1)).as("n"), avg("value").as("mean"), var_samp("value").as("var"),
                        org.apache.spark.sql.functions.min("value").as("min"), org.apache.spark.sql.functions.max("value").as("max"))
                .collectAsList();
        Map<List<Object>, List<Row>> byMetricYear = new java.util.TreeMap<>(
                Comparator.comparing((List<Object> k) -> METRICS.indexOf(METRICS.stream().filter(m -> m.id().equals(k.get(0))).findFirst().orElseThrow()))
                        .thenComparing(k -> (Integer) k.get(1), Comparator.nullsLast(Comparator.naturalOrder())));
        for (Row r : groups) byMetricYear.computeIfAbsent(java.util.Arrays.asList(r.getString(0), r.isNullAt(1) ? null : r.getInt(1)),
                k -> new ArrayList<>()).add(r);
        List<Row> out = new ArrayList<>();
        byMetricYear.forEach((key, rows) -> {
            Metric m = METRICS.stream().filter(x -> x.id().equals(key.get(0))).findFirst().orElseThrow();
            // a mean cannot leave the range of the values it averages: intervals are kept inside it
            double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            for (Row r : rows) {
                range[0] = Math.min(range[0], r.getDouble(9));
                range[1] = Math.max(range[1], r.getDouble(10));
            }
            out.addAll(rows(m, (Integer) key.get(1), rows, range));
        });
        return spark.createDataFrame(out, SCHEMA).coalesce(1);
    }

    private static List<Row> rows(Metric m, Integer year, List<Row> groups, double[] range) {
        List<Row> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing((Row r) -> r.getString(5)).thenComparing(r -> String.valueOf(r.get(2)))
                .thenComparing(r -> String.valueOf(r.get(3))).thenComparing(r -> String.valueOf(r.get(4))));
        List<Shrinkage.Group> in = new ArrayList<>();
        for (Row r : sorted) {
            double var = r.isNullAt(8) ? Double.NaN : r.getDouble(8);
            in.add(new Shrinkage.Group(r.getLong(6), r.getDouble(7), var));
        }
        List<Shrinkage.Shrunk> shrunk = Shrinkage.shrink(in);
        Integer[] order = new Integer[sorted.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Comparator<Integer> byShrunk = Comparator.comparingDouble(i -> shrunk.get(i).mean());
        Comparator<Integer> ranked = Comparator.comparing(i -> sorted.get(i).getLong(6) < MIN_RANKED_FORMS); // ranked first
        java.util.Arrays.sort(order, ranked.thenComparing(m.higherIsBetter() ? byShrunk.reversed() : byShrunk).thenComparing(i -> i));
        Integer[] rank = new Integer[order.length];
        int rankedCount = 0;
        for (int k = 0; k < order.length; k++) {
            if (sorted.get(order[k]).getLong(6) >= MIN_RANKED_FORMS) rank[order[k]] = ++rankedCount;
        }
        List<Row> out = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            Row r = sorted.get(i);
            Shrinkage.Shrunk s = shrunk.get(i);
            Double sd = r.isNullAt(8) ? null : Math.sqrt(r.getDouble(8));
            double lower = Math.max(range[0], s.lower());
            double upper = Math.min(range[1], s.upper());
            out.add(RowFactory.create(m.id(), m.label(), m.higherIsBetter(), year, r.get(2), r.get(3), r.get(4), r.getString(5),
                    r.getLong(6), r.getDouble(7), sd, s.overall(), s.weight(), s.mean(), lower, upper, rank[i],
                    rankedCount));
        }
        return out;
    }
}
