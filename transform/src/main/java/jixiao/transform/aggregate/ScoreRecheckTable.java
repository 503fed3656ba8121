package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** gold/score_recheck: per form, the self-score, the recomputed score and the gap (see ScoreRecheck for the method). */
public final class ScoreRecheckTable {
    public static final List<String> COLUMNS = List.of("form_id", "source", "province", "city", "county", "region",
            "department", "department_type", "fiscal_year", "project_name", "project_key", "execution_rate",
            "execution_weight", "execution_score", "execution_method", "execution_recomputed", "total_score", "self_score",
            "self_sum", "recomputed_score", "gap", "indicator_count", "verified_indicators", "unverifiable_indicators",
            "verified_weight_share", "findings_total", "errors", "warnings");

    private ScoreRecheckTable() {
    }

    public static Dataset<Row> compute(Dataset<Row> reviewed) {
        return reviewed
                .withColumn("verified_weight_share",
                        when(col("total_weight").gt(0), col("verified_weight").divide(col("total_weight"))))
                .select(COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new))
                .repartition(1)
                .sortWithinPartitions(col("fiscal_year").asc_nulls_last(), col("region"), col("source"), col("form_id"));
    }
}
