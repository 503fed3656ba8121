package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import jixiao.transform.check.Rule;

/** gold/rule_catalogue, gold/findings (one row per finding) and gold/rule_rates (how often each rule fired). */
public final class FindingsTables {
    /** Form columns every finding carries, so a reader can filter without a join. */
    public static final List<String> CONTEXT = List.of("source", "province", "city", "county", "region", "department",
            "department_type", "fiscal_year", "project_name");

    public static final StructType CATALOGUE = new StructType()
            .add("rule_order", DataTypes.IntegerType, false)
            .add("rule_id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("severity_label", DataTypes.StringType, false)
            .add("category", DataTypes.StringType, false)
            .add("scope", DataTypes.StringType, false)
            .add("message_template", DataTypes.StringType, false)
            .add("formula", DataTypes.StringType, false)
            .add("clause", DataTypes.StringType, false);

    private FindingsTables() {
    }

    /** The rule catalogue as a table, in catalogue order. */
    public static Dataset<Row> catalogue(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (Rule r : Rule.values()) {
            rows.add(RowFactory.create(r.ordinal() + 1, r.id(), r.title(), r.severity().name(), r.severity().label(), r.category(),
                    r.scope().name(), r.messageTemplate(), r.formula(), r.clause()));
        }
        return spark.createDataFrame(rows, CATALOGUE).coalesce(1);
    }

    /**
     * Every finding with its form's context. {@code extra} holds findings made outside the per-form
     * pass (the summary-table cross-check) as form_id + a finding struct.
     */
    public static Dataset<Row> findings(Dataset<Row> reviewed, Dataset<Row> extra, Dataset<Row> catalogue) {
        Dataset<Row> own = reviewed.select(col("form_id"), explode(col("findings")).as("f"));
        Dataset<Row> all = own.unionByName(extra.select(col("form_id"), col("f")));
        List<Column> cols = new ArrayList<>();
        cols.add(col("form_id"));
        cols.add(col("f.indicator_index").as("indicator_index"));
        cols.add(col("f.indicator_name").as("indicator_name"));
        cols.add(col("rule_id"));
        cols.add(col("f.severity").as("severity"));
        cols.add(col("f.category").as("category"));
        cols.add(col("f.message").as("message"));
        cols.add(col("f.values").as("values"));
        for (String c : CONTEXT) cols.add(col(c));
        return all.join(reviewed.select(contextColumns()), "form_id")
                .withColumn("rule_id", col("f.rule_id"))
                .join(org.apache.spark.sql.functions.broadcast(catalogue.select("rule_id", "rule_order")), "rule_id")
                .repartition(1)
                .sortWithinPartitions(col("fiscal_year").asc_nulls_last(), col("region"), col("source"), col("form_id"),
                        col("f.indicator_index").asc_nulls_first(), col("rule_order"))
                .select(cols.toArray(new Column[0]));
    }

    private static Column[] contextColumns() {
        List<Column> c = new ArrayList<>();
        c.add(col("form_id"));
        for (String x : CONTEXT) c.add(col(x));
        return c.toArray(new Column[0]);
    }

    /** Per rule, region and year: how many times the rule applied (checked), fired (found), and the rate. */
    public static Dataset<Row> ruleRates(Dataset<Row> reviewed, Dataset<Row> extraTallies, Dataset<Row> catalogue) {
        Dataset<Row> own = reviewed.select(col("form_id"), explode(col("tallies")).as("t"))
                .select(col("form_id"), col("t.rule_id").as("rule_id"), col("t.checked").as("checked"), col("t.found").as("found"));
        Dataset<Row> tallies = own.unionByName(extraTallies.select("form_id", "rule_id", "checked", "found"))
                .join(reviewed.select(col("form_id"), col("province"), col("city"), col("county"), col("region"),
                        col("fiscal_year")), "form_id");
        Dataset<Row> cut = Levels.cut(tallies, false, List.of("rule_id"), g -> g.agg(
                sum("checked").cast(DataTypes.LongType).as("checked"), sum("found").cast(DataTypes.LongType).as("found")));
        List<Column> keys = new ArrayList<>();
        keys.add(col("rule_order"));
        List<Column> out = new ArrayList<>();
        for (String k : Levels.keyColumns(false, List.of("rule_id"))) out.add(col(k));
        out.add(col("severity"));
        out.add(col("category"));
        out.add(col("checked"));
        out.add(col("found"));
        out.add(when(col("checked").gt(0), col("found").divide(col("checked"))).as("rate"));
        return cut.join(org.apache.spark.sql.functions.broadcast(catalogue.select("rule_id", "rule_order", "severity", "category")),
                        "rule_id")
                .repartition(1)
                .sortWithinPartitions(Levels.ordering(false, keys))
                .select(out.toArray(new Column[0]));
    }
}
