package jixiao.site;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import jixiao.lake.Schemas;

/** A silver/forms fixture for the site: forms with a place, a year and a printed rate, per {@link Schemas#FORMS}. */
public final class SilverForms {
    private final List<Row> rows = new ArrayList<>();

    public SilverForms add(String province, String city, String county, int year, Double rate) {
        String id = "form-" + rows.size();
        Object[] v = new Object[Schemas.FORMS.size()];
        v[Schemas.FORMS.fieldIndex("form_id")] = id;
        v[Schemas.FORMS.fieldIndex("document_sha256")] = "sha-" + id;
        v[Schemas.FORMS.fieldIndex("path")] = "/fixtures/" + id + ".xlsx";
        v[Schemas.FORMS.fieldIndex("source")] = id + ".xlsx";
        v[Schemas.FORMS.fieldIndex("form_index")] = 0;
        v[Schemas.FORMS.fieldIndex("indicator_count")] = 0;
        v[Schemas.FORMS.fieldIndex("ingested_at")] = Timestamp.valueOf("2025-01-01 00:00:00");
        v[Schemas.FORMS.fieldIndex("province")] = province;
        v[Schemas.FORMS.fieldIndex("city")] = city;
        v[Schemas.FORMS.fieldIndex("county")] = county;
        v[Schemas.FORMS.fieldIndex("fiscal_year")] = year;
        v[Schemas.FORMS.fieldIndex("execution_rate")] = rate;
        rows.add(RowFactory.create(v));
        return this;
    }

    public void writeTo(SparkSession spark, String location) {
        spark.createDataFrame(rows, Schemas.FORMS).write().format("delta").mode("overwrite").save(location);
    }
}
