package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the data shown rests on, in one row: the files received (bronze), how many were read whole, in
 * part or not at all, the forms they gave, when the latest of them was ingested ({@code 数据截至}), and
 * the number of this transform run, counted from 1 ({@code 数据版本}): what the site's stamp prints.
 */
public final class IntakeTable {
    private IntakeTable() {
    }

    /**
     * @param documents bronze/documents
     * @param run       this run's number: finished runs before it plus one
     */
    public static Dataset<Row> compute(Dataset<Row> documents, long run) {
        return documents.agg(
                count(lit(1)).as("files"),
                status("read").as("read"),
                status("partial").as("partial"),
                status("rejected").as("rejected"),
                coalesce(sum(col("forms")), lit(0L)).cast("long").as("forms"),
                max(col("ingested_at")).as("latest_ingest"))
                .withColumn("run", lit(run))
                .select("run", "latest_ingest", "files", "read", "partial", "rejected", "forms");
    }

    private static Column status(String s) {
        return coalesce(sum(when(col("status").equalTo(s), 1L).otherwise(0L)), lit(0L)).cast("long");
    }
}
