package jixiao.transform;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of a reviewed form: one row per form with everything the plain-Java stages found,
 * its indicators, findings, rule tallies and deduction reasons as nested arrays. Every gold table
 * is a projection or an aggregate of these rows, so the Java logic runs once per form.
 */
public final class ReviewSchema {
    private ReviewSchema() {
    }

    /** silver/indicators_normalised without form_id (added when the array is exploded). */
    public static final StructType INDICATOR = new StructType()
            .add("indicator_index", IntegerType, false)
            .add("level1", StringType, true)
            .add("level2", StringType, true)
            .add("dimension1", StringType, false)
            .add("dimension2", StringType, false)
            .add("name", StringType, true)
            .add("comparator_printed", StringType, true)
            .add("comparator", StringType, true)
            .add("comparator_inferred", BooleanType, false)
            .add("target_text", StringType, true)
            .add("target_kind", StringType, false)
            .add("target_number", DoubleType, true)
            .add("target_unit", StringType, true)
            .add("actual_text", StringType, true)
            .add("actual_number", DoubleType, true)
            .add("actual_unit", StringType, true)
            .add("actual_value", DoubleType, true)
            .add("outcome", StringType, false)
            .add("undecided_reason", StringType, true)
            .add("attainment", DoubleType, true)
            .add("weight", DoubleType, true)
            .add("score", DoubleType, true)
            .add("recomputed_score", DoubleType, true)
            .add("reason", StringType, true)
            .add("reason_category", StringType, true)
            .add("actual_equals_target", BooleanType, false)
            .add("vague", BooleanType, false)
            .add("word_for_measure", BooleanType, false)
            .add("trivial", BooleanType, false);

    public static final StructType FINDING = new StructType()
            .add("indicator_index", IntegerType, true)
            .add("indicator_name", StringType, true)
            .add("rule_id", StringType, false)
            .add("severity", StringType, false)
            .add("category", StringType, false)
            .add("message", StringType, false)
            .add("values", DataTypes.createMapType(StringType, StringType, true), false);

    public static final StructType TALLY = new StructType()
            .add("rule_id", StringType, false)
            .add("checked", IntegerType, false)
            .add("found", IntegerType, false);

    /** A reason for lost points: on the execution line (indicator_index null) or an indicator. */
    public static final StructType REASON = new StructType()
            .add("source", StringType, false)
            .add("indicator_index", IntegerType, true)
            .add("reason", StringType, true)
            .add("category", StringType, false)
            .add("points_lost", DoubleType, false);

    /** The form-level columns, which are also silver/forms_normalised. */
    public static final StructType FORM = new StructType()
            .add("form_id", StringType, false)
            .add("document_sha256", StringType, false)
            .add("source", StringType, false)
            .add("fiscal_year", IntegerType, true)
            .add("project_name", StringType, true)
            .add("project_code", StringType, true)
            .add("project_key", StringType, true)
            .add("department", StringType, true)
            .add("department_type", StringType, false)
            .add("province", StringType, true)
            .add("city", StringType, true)
            .add("county", StringType, true)
            .add("region", StringType, false)
            .add("amount_unit", StringType, true)
            .add("budget_initial_wan", DoubleType, true)
            .add("budget_adjusted_wan", DoubleType, true)
            .add("executed_wan", DoubleType, true)
            .add("execution_rate_printed", DoubleType, true)
            .add("execution_rate_computed", DoubleType, true)
            .add("execution_rate", DoubleType, true)
            .add("rate_vs_initial", DoubleType, true)
            .add("budget_adjustment", DoubleType, true)
            .add("execution_weight", DoubleType, true)
            .add("execution_score", DoubleType, true)
            .add("execution_method", StringType, true)
            .add("execution_reason", StringType, true)
            .add("total_score", DoubleType, true)
            .add("indicator_count", IntegerType, false)
            .add("self_score", DoubleType, true)
            .add("self_sum", DoubleType, false)
            .add("execution_recomputed", DoubleType, true)
            .add("recomputed_score", DoubleType, true)
            .add("gap", DoubleType, true)
            .add("verified_indicators", IntegerType, false)
            .add("unverifiable_indicators", IntegerType, false)
            .add("verified_weight", DoubleType, false)
            .add("total_weight", DoubleType, false)
            .add("quantified", DoubleType, false)
            .add("units", DoubleType, false)
            .add("comparators", DoubleType, false)
            .add("dimensions", DoubleType, false)
            .add("not_trivial", DoubleType, false)
            .add("not_vague", DoubleType, false)
            .add("findings_total", IntegerType, false)
            .add("errors", IntegerType, false)
            .add("warnings", IntegerType, false);

    public static final StructType REVIEWED = withArrays();

    private static StructType withArrays() {
        StructType s = FORM;
        s = s.add("indicators", new ArrayType(INDICATOR, false), false);
        s = s.add("findings", new ArrayType(FINDING, false), false);
        s = s.add("tallies", new ArrayType(TALLY, false), false);
        s = s.add("reasons", new ArrayType(REASON, false), false);
        return s;
    }
}
