package jixiao.lake;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.StructType;

/** The columns of the bronze and silver tables: the one place they are declared. */
public final class Schemas {
    private Schemas() {
    }

    /** bronze/documents: one row per input file, always. Key: path. */
    public static final StructType DOCUMENTS = new StructType()
            .add("path", StringType, false)
            .add("name", StringType, false)
            .add("sha256", StringType, false)
            .add("size", LongType, false)
            .add("format", StringType, true)
            .add("status", StringType, false)
            .add("reason", StringType, true)
            .add("forms", IntegerType, false)
            .add("summary_rows", IntegerType, false)
            .add("rejects", IntegerType, false)
            .add("notes", StringType, true)
            .add("ingested_at", TimestampType, false)
            // the file's modification time as listed: with its length, what says it is unchanged without reading it
            .add("modified", TimestampType, true);

    /**
     * silver/forms: every contract field of a form, then how it was read. Key: form_id (content hash +
     * form index). The reading's columns come last and may be null: a lake written before they existed
     * gains them at the end when ingest next MERGEs (Delta schema evolution), so old and new lakes list
     * the columns in the same order, and the rows it already held keep nulls until read again
     * ({@code ingest --reprocess}). template: a catalogue id or "unknown"; missing: what a partial form
     * lacks, joined with "; "; confidence: 0–1; template_notes: the template's 填表说明 notes, one a line;
     * provenance: where values came from, one remark a line.
     */
    public static final StructType FORMS = new StructType()
            .add("form_id", StringType, false)
            .add("document_sha256", StringType, false)
            .add("path", StringType, false)
            .add("source", StringType, false)
            .add("form_index", IntegerType, false)
            .add("place", StringType, true)
            .add("fiscal_year", IntegerType, true)
            .add("project_name", StringType, true)
            .add("project_code", StringType, true)
            .add("department", StringType, true)
            .add("implementing_unit", StringType, true)
            .add("province", StringType, true)
            .add("city", StringType, true)
            .add("county", StringType, true)
            .add("amount_unit", StringType, true)
            .add("budget_initial", DoubleType, true)
            .add("budget_adjusted", DoubleType, true)
            .add("executed", DoubleType, true)
            .add("execution_rate", DoubleType, true)
            .add("execution_weight", DoubleType, true)
            .add("execution_score", DoubleType, true)
            .add("execution_reason", StringType, true)
            .add("total_score", DoubleType, true)
            .add("indicator_count", IntegerType, false)
            .add("conclusion", StringType, true)
            .add("problems", StringType, true)
            .add("improvements", StringType, true)
            .add("ingested_at", TimestampType, false)
            .add("template", StringType, true)
            .add("partial", BooleanType, true)
            .add("missing", StringType, true)
            .add("confidence", DoubleType, true)
            .add("template_notes", StringType, true)
            .add("provenance", StringType, true);

    /** silver/indicators: one row per indicator. Key: form_id + indicator_index. */
    public static final StructType INDICATORS = new StructType()
            .add("form_id", StringType, false)
            .add("indicator_index", IntegerType, false)
            .add("document_sha256", StringType, false)
            .add("level1", StringType, true)
            .add("level2", StringType, true)
            .add("name", StringType, true)
            .add("comparator", StringType, true)
            .add("target_text", StringType, true)
            .add("target_value", DoubleType, true)
            .add("unit", StringType, true)
            .add("actual_text", StringType, true)
            .add("weight", DoubleType, true)
            .add("score", DoubleType, true)
            .add("reason", StringType, true);

    /** silver/summaries: rows of summary tables (汇总表). Key: summary_id. */
    public static final StructType SUMMARIES = new StructType()
            .add("summary_id", StringType, false)
            .add("document_sha256", StringType, false)
            .add("path", StringType, false)
            .add("source", StringType, false)
            .add("table_index", IntegerType, false)
            .add("row_index", IntegerType, false)
            .add("place", StringType, true)
            .add("fiscal_year", IntegerType, true)
            .add("department", StringType, true)
            .add("project_name", StringType, true)
            .add("unit", StringType, true)
            .add("self_score", DoubleType, true)
            .add("grade", StringType, true);

    /**
     * silver/rejects: what could not be read, file by file and place by place. Key: reject_id.
     * Rows of silver tables carry their document's content hash: a changed file's rows are replaced.
     */
    public static final StructType REJECTS = new StructType()
            .add("reject_id", StringType, false)
            .add("document_sha256", StringType, false)
            .add("path", StringType, false)
            .add("file", StringType, false)
            .add("place", StringType, true)
            .add("reason_code", StringType, false)
            .add("message", StringType, true);

    /** silver/set_aside: tables recognised as not project forms. */
    public static final StructType SET_ASIDE = new StructType()
            .add("set_aside_id", StringType, false)
            .add("document_sha256", StringType, false)
            .add("path", StringType, false)
            .add("source", StringType, false)
            .add("place", StringType, true)
            .add("kind", StringType, false)
            .add("title", StringType, true)
            .add("rows", IntegerType, false);
}
