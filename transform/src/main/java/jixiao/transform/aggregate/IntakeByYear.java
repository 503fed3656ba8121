package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * {@code gold/intake} per fiscal year (数据覆盖): the regions, departments and forms each year has, and the
 * files behind them by how they were read. A file counts once, in the year most of its forms carry (ties: the
 * latest), so the file columns add up to gold/intake's totals; a file whose forms span years is counted in
 * {@code files_spanning_years}. A file with no form (rejected) or none with a year falls in the row whose
 * {@code fiscal_year} is null (未知年度), as do forms without a year.
 */
public final class IntakeByYear {
    private IntakeByYear() {
    }

    /**
     * @param documents bronze/documents
     * @param forms     reviewed forms: document_sha256, fiscal_year, province, city, county, region, department, department_type
     */
    public static Dataset<Row> compute(Dataset<Row> documents, Dataset<Row> forms) {
        Dataset<Row> formYears = forms.groupBy(col("document_sha256").as("sha256"), col("fiscal_year"))
                .agg(count(lit(1)).as("n"));
        WindowSpec byFile = Window.partitionBy("sha256");
        Dataset<Row> fileYear = formYears
                .withColumn("k", row_number().over(byFile.orderBy(col("n").desc(), col("fiscal_year").desc_nulls_last())))
                .withColumn("years", count(lit(1)).over(byFile))
                .where(col("k").equalTo(1))
                .select(col("sha256").as("y_sha256"), col("fiscal_year").as("file_year"), col("years"));
        Dataset<Row> files = documents.join(fileYear, documents.col("sha256").equalTo(fileYear.col("y_sha256")), "left")
                .groupBy(col("file_year"))
                .agg(count(lit(1)).as("files"), status("read").as("read"), status("partial").as("partial"),
                        status("rejected").as("rejected"),
                        coalesce(sum(when(col("years").gt(1), 1L).otherwise(0L)), lit(0L)).cast("long").as("files_spanning_years"));

        Column place = to_json(struct(col("province"), col("city"), col("county"), col("region")));
        Column department = to_json(struct(col("province"), col("city"), col("county"), col("region"), col("department"),
                col("department_type")));
        Dataset<Row> perYear = forms.groupBy(col("fiscal_year"))
                .agg(countDistinct(place).cast("long").as("regions"), countDistinct(department).cast("long").as("departments"),
                        count(lit(1)).as("forms"));

        // the null year is a row of its own: joined null-safe
        return perYear.join(files, perYear.col("fiscal_year").eqNullSafe(files.col("file_year")), "full_outer")
                .select(coalesce(col("fiscal_year"), col("file_year")).as("fiscal_year"),
                        coalesce(col("regions"), lit(0L)).as("regions"),
                        coalesce(col("departments"), lit(0L)).as("departments"),
                        coalesce(col("forms"), lit(0L)).as("forms"),
                        coalesce(col("files"), lit(0L)).as("files"),
                        coalesce(col("read"), lit(0L)).as("read"),
                        coalesce(col("partial"), lit(0L)).as("partial"),
                        coalesce(col("rejected"), lit(0L)).as("rejected"),
                        coalesce(col("files_spanning_years"), lit(0L)).as("files_spanning_years"))
                .repartition(1) // one file, in year order: read back in the order written, on a cluster too
                .sortWithinPartitions(col("fiscal_year").asc_nulls_last());
    }

    private static Column status(String s) {
        return coalesce(sum(when(col("status").equalTo(s), 1L).otherwise(0L)), lit(0L)).cast("long");
    }
}
