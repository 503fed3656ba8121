package jixiao.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import jixiao.lake.Schemas;
import jixiao.transform.normalise.SilverForm;

/** A silver/forms row's reading reaches {@link SilverForm}: template, partial, the template's notes. */
class FormReviewReadingTest {
    private static final StructType WITH_INDICATORS = new StructType(Schemas.FORMS.fields())
            .add("indicators", DataTypes.createArrayType(new StructType()), true);

    private static Row row(String template, Boolean partial, String notes) {
        Row base = FormRow.form("f1").region("四川省", null, null).year(2024).build();
        Object[] v = new Object[WITH_INDICATORS.size()];
        for (int i = 0; i < base.size(); i++) v[i] = base.get(i);
        v[Schemas.FORMS.fieldIndex("template")] = template;
        v[Schemas.FORMS.fieldIndex("partial")] = partial;
        v[Schemas.FORMS.fieldIndex("template_notes")] = notes;
        return new GenericRowWithSchema(v, WITH_INDICATORS);
    }

    @Test
    void theReadingIsCarried() {
        SilverForm f = FormReview.read(row("sichuan-department", true, "预算执行率=预算执行数/调整后预算数\n其他资金包括：社会投入资金"));
        assertEquals("sichuan-department", f.template());
        assertTrue(f.partial());
        assertEquals(List.of("预算执行率=预算执行数/调整后预算数", "其他资金包括：社会投入资金"), f.templateNotes());
    }

    /** Rows ingested before readings were recorded hold nulls: no template, not known to be partial, no notes. */
    @Test
    void anUnrecordedReadingIsEmpty() {
        SilverForm f = FormReview.read(row(null, null, null));
        assertNull(f.template());
        assertFalse(f.partial());
        assertEquals(List.of(), f.templateNotes());
    }
}
