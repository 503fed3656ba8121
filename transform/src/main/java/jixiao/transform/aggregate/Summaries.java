package jixiao.transform.aggregate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import jixiao.transform.ReviewSchema;
import jixiao.transform.check.CheckResult;
import jixiao.transform.check.Finding;
import jixiao.transform.check.SummaryCheck;
import jixiao.transform.check.Tally;

/**
 * Summary-table rows (silver/summaries) matched to the forms they summarise: the same project name
 * in the same document, or the same project name, department and year. Each match is checked by
 * {@link SummaryCheck}; the results are findings and tallies like the per-form ones.
 */
public final class Summaries {
    /** form_id, finding struct, and for tallies rule_id / checked / found (one kind per row). */
    public static final StructType OUT = new StructType()
            .add("form_id", DataTypes.StringType, false)
            .add("f", ReviewSchema.FINDING, true)
            .add("rule_id", DataTypes.StringType, true)
            .add("checked", DataTypes.IntegerType, true)
            .add("found", DataTypes.IntegerType, true);

    private Summaries() {
    }

    public static Dataset<Row> check(Dataset<Row> summaries, Dataset<Row> reviewed) {
        Dataset<Row> s = summaries.select(col("document_sha256").as("s_doc"), trim(col("project_name")).as("s_name"),
                col("department").as("s_department"), col("fiscal_year").as("s_year"), col("self_score").as("s_score"),
                col("grade").as("s_grade"));
        Dataset<Row> f = reviewed.select(col("form_id"), col("document_sha256").as("f_doc"),
                trim(col("project_name")).as("f_name"), col("department").as("f_department"), col("fiscal_year").as("f_year"),
                col("total_score").as("f_total"));
        Dataset<Row> matched = s.join(f, col("s_name").equalTo(col("f_name"))
                        .and(col("s_doc").equalTo(col("f_doc"))
                                .or(col("s_department").equalTo(col("f_department")).and(col("s_year").equalTo(col("f_year"))))))
                .dropDuplicates("form_id", "s_score", "s_grade");
        return matched.flatMap((FlatMapFunction<Row, Row>) Summaries::rows, Encoders.row(OUT));
    }

    private static Iterator<Row> rows(Row m) {
        String formId = m.getAs("form_id");
        CheckResult r = SummaryCheck.check(formId, m.getAs("s_score"), m.getAs("s_grade"), m.getAs("f_total"));
        List<Row> out = new ArrayList<>();
        for (Finding x : r.findings()) {
            out.add(RowFactory.create(formId, RowFactory.create(null, null, x.rule().id(), x.rule().severity().name(),
                    x.rule().category(), x.message(), scala.jdk.javaapi.CollectionConverters.asScala(x.values())), null, null, null));
        }
        for (Tally t : r.tallies()) out.add(RowFactory.create(formId, null, t.rule().id(), t.checked(), t.found()));
        return out.iterator();
    }

    public static Dataset<Row> findings(Dataset<Row> checked) {
        return checked.where(col("f").isNotNull()).select("form_id", "f");
    }

    public static Dataset<Row> tallies(Dataset<Row> checked) {
        return checked.where(col("rule_id").isNotNull()).select("form_id", "rule_id", "checked", "found");
    }
}
