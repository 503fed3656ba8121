package jixiao.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

import jixiao.lake.Schemas;

/** Silver forms and indicators to reviewed forms ({@link ReviewSchema#REVIEWED}), and the normalised silver tables from them. */
final class ReviewedForms {
    private ReviewedForms() {
    }

    /** Each form with its indicators, through {@link FormReview}: the plain-Java stages run once per form. */
    static Dataset<Row> review(Dataset<Row> forms, Dataset<Row> indicators) {
        List<Column> fields = new ArrayList<>();
        for (String c : List.of("indicator_index", "level1", "level2", "name", "comparator", "target_text", "target_value",
                "unit", "actual_text", "weight", "score", "reason")) {
            fields.add(col(c));
        }
        Dataset<Row> grouped = indicators.groupBy(col("form_id").as("ind_form_id"))
                .agg(collect_list(struct(fields.toArray(new Column[0]))).as("indicators"));
        List<Column> formColumns = new ArrayList<>();
        for (String c : Schemas.FORMS.fieldNames()) formColumns.add(forms.col(c));
        formColumns.add(grouped.col("indicators"));
        return forms.join(grouped, forms.col("form_id").equalTo(grouped.col("ind_form_id")), "left")
                .select(formColumns.toArray(new Column[0]))
                .map(new FormReview(), Encoders.row(ReviewSchema.REVIEWED));
    }

    /**
     * silver/forms_normalised: the form-level columns, in form order, and last {@code source_place}: where in its
     * file the form was read (silver/forms' place), which the site prints beside the file.
     */
    static Dataset<Row> forms(Dataset<Row> reviewed, Dataset<Row> silverForms) {
        Dataset<Row> places = silverForms.select(col("form_id").as("place_form_id"), col("place").as("source_place"));
        List<Column> cols = new ArrayList<>();
        for (String c : ReviewSchema.FORM.fieldNames()) cols.add(reviewed.col(c));
        cols.add(places.col("source_place"));
        return reviewed.join(places, reviewed.col("form_id").equalTo(places.col("place_form_id")), "left")
                .select(cols.toArray(new Column[0]))
                .orderBy("form_id");
    }

    /** silver/indicators_normalised: one row per indicator, with its form_id first. */
    static Dataset<Row> indicators(Dataset<Row> reviewed) {
        List<Column> cols = new ArrayList<>();
        cols.add(col("form_id"));
        for (String c : ReviewSchema.INDICATOR.fieldNames()) cols.add(col("i." + c).as(c));
        return reviewed.select(col("form_id"), explode(col("indicators")).as("i"))
                .select(cols.toArray(new Column[0]))
                .orderBy("form_id", "indicator_index");
    }
}
