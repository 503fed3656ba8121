package jixiao.transform;

import java.util.List;

import jixiao.lake.Lake;

/** The tables transform writes: the one place their names live (silver inputs are in {@link Lake}). */
public final class GoldTables {
    private GoldTables() {
    }

    public static final String FORMS_NORMALISED = "silver/forms_normalised";
    public static final String INDICATORS_NORMALISED = "silver/indicators_normalised";

    public static final String EXECUTION_RATES = Lake.GOLD_EXECUTION_RATES;
    public static final String EXECUTION_RATE_BREAKDOWN = "gold/execution_rate_breakdown";
    public static final String FINDINGS = "gold/findings";
    public static final String RULE_RATES = "gold/rule_rates";
    public static final String RULE_CATALOGUE = "gold/rule_catalogue";
    public static final String SCORE_RECHECK = "gold/score_recheck";
    public static final String DEDUCTION_REASONS = "gold/deduction_reasons";
    public static final String REASON_PHRASES = "gold/reason_phrases";
    public static final String FORM_QUALITY = "gold/form_quality";
    public static final String INDICATOR_QUALITY = "gold/indicator_quality";
    public static final String PROJECT_LINEAGE = "gold/project_lineage";
    public static final String REGION_SUMMARY = "gold/region_summary";
    /** The last finished transform: each table it wrote and the Delta version it made (not a page's data). */
    public static final String TRANSFORM_RUN = "gold/transform_run";
    /** One row: files received, read, partial, rejected; forms; latest ingest; this run's number. */
    public static final String INTAKE = "gold/intake";
    /** gold/intake per fiscal year (数据覆盖): regions, departments, forms; files by how read, each in one year. */
    public static final String INTAKE_BY_YEAR = "gold/intake_by_year";
    public static final org.apache.spark.sql.types.StructType RUN_SCHEMA = new org.apache.spark.sql.types.StructType()
            .add("table", org.apache.spark.sql.types.DataTypes.StringType, false)
            .add("version", org.apache.spark.sql.types.DataTypes.LongType, false)
            .add("rows", org.apache.spark.sql.types.DataTypes.LongType, false)
            .add("started_at", org.apache.spark.sql.types.DataTypes.TimestampType, false)
            .add("finished_at", org.apache.spark.sql.types.DataTypes.TimestampType, false);

    /** Every table a run writes, in the order it writes them. */
    public static final List<String> ALL = List.of(FORMS_NORMALISED, INDICATORS_NORMALISED, RULE_CATALOGUE, FINDINGS,
            RULE_RATES, SCORE_RECHECK, EXECUTION_RATES, EXECUTION_RATE_BREAKDOWN, DEDUCTION_REASONS, REASON_PHRASES,
            PROJECT_LINEAGE, FORM_QUALITY, INDICATOR_QUALITY, REGION_SUMMARY, INTAKE, INTAKE_BY_YEAR);

    /** Every table of a lake that has been ingested and transformed: ingest's, then these. */
    public static final List<String> LAKE = java.util.stream.Stream.concat(jixiao.lake.Lake.INGESTED.stream(), ALL.stream())
            .toList();
}
