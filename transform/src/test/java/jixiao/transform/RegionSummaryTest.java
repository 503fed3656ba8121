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
    private static final StructType PER_FORM = new StructType().add("fiscal_year", DataTypes.IntegerType).add("province", DataTypes.StringType).add("city", DataTypes.StringType)
            .add("county", DataTypes.StringType).add("region", DataTypes.StringType).add("execution_rate", DataTypes.DoubleType)
            .add("gap", DataTypes.DoubleType).add("errors", DataTypes.LongType).add("quality_index", DataTypes.DoubleType);

    @Test
    void fewFormsAreNotRankedAndIntervalsStayInRange() {
        SparkSession spark = TransformSpark.get();
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < 6; k++) rows.add(RowFactory.create(2024, "省", "市", "甲县", "甲县", 0.9 + k * 0.02, 0.0, 0L, 80.0));
        rows.add(RowFactory.create(2024, "省", "市", "乙县", "乙县", 1.0, 0.0, 0L, 80.0)); // one form at the top
        for (int k = 0; k < 6; k++) rows.add(RowFactory.create(2024, "省", "市", "丙县", "丙县", 0.5 + k * 0.01, 0.0, 0L, 80.0));
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

    @Test
    void eachYearIsRankedOnItsOwn() {
        SparkSession spark = TransformSpark.get();
        List<Row> rows = new ArrayList<>();
        // 甲县 is best in 2023, 乙县 in 2024; 丙县 has forms in 2024 only and must not enter 2023's ranking
        for (int k = 0; k < 5; k++) {
            rows.add(RowFactory.create(2023, "省", "市", "甲县", "甲县", 0.95, 0.0, 0L, 80.0));
            rows.add(RowFactory.create(2023, "省", "市", "乙县", "乙县", 0.60, 0.0, 0L, 80.0));
            rows.add(RowFactory.create(2024, "省", "市", "甲县", "甲县", 0.70, 0.0, 0L, 80.0));
            rows.add(RowFactory.create(2024, "省", "市", "乙县", "乙县", 0.99, 0.0, 0L, 80.0));
            rows.add(RowFactory.create(2024, "省", "市", "丙县", "丙县", 0.80, 0.0, 0L, 80.0));
        }
        List<Row> out = RegionSummary.compute(spark, spark.createDataFrame(rows, PER_FORM))
                .where("metric = 'execution_rate'").collectAsList();
        assertEquals(5, out.size());
        for (Row r : out) {
            int year = r.<Integer>getAs("fiscal_year");
            String region = r.getAs("region");
            int rank = r.<Integer>getAs("rank");
            assertEquals(year == 2023 ? 2 : 3, (int) r.<Integer>getAs("regions"), r.toString());
            if (year == 2023) assertEquals(region.equals("甲县") ? 1 : 2, rank, r.toString());
            else assertEquals(region.equals("乙县") ? 1 : region.equals("丙县") ? 2 : 3, rank, r.toString());
            assertTrue(r.<Double>getAs("upper") <= (year == 2023 ? 0.95 : 0.99) + 1e-12, r.toString());
        }
    }
}
