package jixiao.transform;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

import jixiao.lake.Schemas;

/** Builds silver/forms rows against {@link Schemas#FORMS}, filling the required columns a test does not care about. */
public final class FormRow {
    private static final Timestamp INGESTED = Timestamp.valueOf("2025-01-01 00:00:00");

    private final Map<String, Object> values = new LinkedHashMap<>();

    private FormRow(String id) {
        values.put("form_id", id);
        values.put("document_sha256", "sha-" + id);
        values.put("path", "/fixtures/" + id + ".xlsx");
        values.put("source", id + ".xlsx");
        values.put("form_index", 0);
        values.put("indicator_count", 0);
        values.put("ingested_at", INGESTED);
    }

    public static FormRow form(String id) {
        return new FormRow(id);
    }

    public FormRow region(String province, String city, String county) {
        values.put("province", province);
        values.put("city", city);
        values.put("county", county);
        return this;
    }

    public FormRow year(Integer fiscalYear) {
        values.put("fiscal_year", fiscalYear);
        return this;
    }

    /** The rate as printed on the form. */
    public FormRow rate(Double executionRate) {
        values.put("execution_rate", executionRate);
        return this;
    }

    public FormRow amounts(Double budgetAdjusted, Double executed) {
        values.put("budget_adjusted", budgetAdjusted);
        values.put("executed", executed);
        return this;
    }

    public Row build() {
        for (String name : values.keySet()) Schemas.FORMS.fieldIndex(name); // a typo fails here, not as a null
        Object[] row = new Object[Schemas.FORMS.size()];
        StructField[] fields = Schemas.FORMS.fields();
        for (int i = 0; i < fields.length; i++) row[i] = values.get(fields[i].name());
        return RowFactory.create(row);
    }

    /** Writes the rows as the lake's silver/forms Delta table at {@code location}. */
    public static void writeForms(SparkSession spark, String location, List<FormRow> forms) {
        Dataset<Row> df = spark.createDataFrame(forms.stream().map(FormRow::build).toList(), Schemas.FORMS);
        df.write().format("delta").mode("overwrite").save(location);
    }
}
