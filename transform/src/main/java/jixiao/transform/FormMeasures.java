package jixiao.transform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/** What the gold tables derive from a silver/forms row: its execution rate and its region. */
public final class FormMeasures {
    public static final String ALL_REGIONS = "全部地区";
    public static final String UNKNOWN_REGION = "未知地区";

    private FormMeasures() {
    }

    /**
     * The form's budget execution rate as a fraction: the printed rate when there is one, else
     * executed ÷ adjusted budget when both were read and the budget is positive, else null.
     */
    public static Column rate() {
        Column budget = col("budget_adjusted");
        Column executed = col("executed");
        Column computed = when(budget.gt(0).and(executed.isNotNull()), executed.divide(budget));
        Column printed = col("execution_rate");
        Column rate = coalesce(when(printed.isNotNull().and(isnan(printed).unary_$bang()), printed), computed);
        return when(isnan(rate).unary_$bang(), rate);
    }

    /** A place name with blanks read as missing. */
    public static Column place(String column) {
        return nullif(trim(col(column)), lit(""));
    }

    /** The most precise place a form names: county, else city, else province, else {@value #UNKNOWN_REGION}. */
    public static Column regionLabel() {
        return coalesce(col("county"), col("city"), col("province"), lit(UNKNOWN_REGION));
    }
}
