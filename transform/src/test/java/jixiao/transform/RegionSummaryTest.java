package jixiao.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import jixiao.transform.aggregate.RegionSummary;

/** Rankings that mean something: a region with a handful of forms is not ranked; intervals stay in range. */
class RegionSummaryTest {
    private static final StructType PER_FORM = new StructType().add("province", DataTypes.StringType).add("city", DataTypes.StringType)
            .add("county", DataTypes.StringType).add("region", DataTypes.StringType).add("execution_rate", DataTypes.DoubleType)
            .add("gap", DataTypes.DoubleType).add("errors", DataTypes.LongType).add("quality_index", DataTypes.DoubleType);

    @Test
    void fewFormsAreNotRankedAndIntervalsStayInRange() {
        SparkSession spark = TransformSpark.get();
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < 6; k++) rows.add(RowFactory.create("省", "市", "甲县", "甲县", 0.9 + k * 0.02, 0.0, 0L, 80.0));
        rows.add(RowFactory.create("省", "市", "乙县", "乙县", 1.0, 0.0, 0L, 80.0)); // one form at the top
        for (int k = 0; k < 6; k++) rows.add(RowFactory.create("省", "市", "丙县", "丙县", 0.5 + k * 0.01, 0.0, 0L, 80.0));
        List<Row> out = RegionSummary.compute(spark, spark.createDataFrame(rows, PER_FORM))
                .where("metric = 'execution_rate'").collectAsList();
        Row one = out.stream().filter(r -> "乙县".equals(r.getAs("region"))).findFirst().orElseThrow();
        assertNull(one.getAs("rank"));
        Row best = out.stream().filter(r -> "甲县".equals(r.getAs("region"))).findFirst().orElseThrow();
        assertEquals(1, (int) best.<Integer>getAs("rank"));
        assertEquals(2, (int) best.<Integer>getAs("regions"));
        for (Row r : out) {
            assertTrue(r.<Double>getAs("lower") >= 0.5 - 1e-12 && r.<Double>getAs("upper") <= 1.0 + 1e-12, r.toString());
        }
    }
}
