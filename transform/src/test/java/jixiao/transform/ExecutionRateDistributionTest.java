package jixiao.transform;

import static jixiao.transform.FormRow.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.lake.Lake;

/** Bands, quartiles and all-regions rows of gold/execution_rate_distribution, worked out by hand. */
class ExecutionRateDistributionTest {
    private static final double EPS = 1e-9;

    @TempDir
    static Path dir;

    static Lake lake;
    static TransformSummary summary;
    static List<Row> gold;

    @BeforeAll
    static void transform() {
        SparkSession spark = TransformSpark.get();
        lake = new Lake(dir.resolve("lake").toString());
        FormRow.writeForms(spark, lake.table(Lake.FORMS), List.of(
                // 2023 西湖区: rates 0.30, 0.85, 1.00, 0.96 (computed); two without a rate
                form("f01").region("浙江省", "杭州市", "西湖区").year(2023).rate(0.30),
                form("f02").region("浙江省", "杭州市", "西湖区").year(2023).rate(0.85),
                form("f03").region("浙江省", "杭州市", "西湖区").year(2023).rate(1.0),
                form("f04").region("浙江省", "杭州市", "西湖区").year(2023).amounts(100.0, 96.0),
                form("f05").region("浙江省", "杭州市", "西湖区").year(2023).amounts(0.0, 50.0),
                form("f06").region("浙江省", "杭州市", "西湖区").year(2023).amounts(100.0, null),
                // 2023 宁波市 (no county): band edges, 100% as read from a sheet, over 100%
                form("f07").region("浙江省", "宁波市", null).year(2023).rate(1.2),
                form("f08").region("浙江省", "宁波市", null).year(2023).rate(0.5),
                form("f09").region("浙江省", "宁波市", null).year(2023).rate(0.95),
                form("f10").region("浙江省", "宁波市", null).year(2023).rate(0.9999999999),
                // 2023, no place at all; the printed rate wins over the amounts
                form("f11").region(null, null, null).year(2023).rate(0.9).amounts(100.0, 10.0),
                // 2024: a blank county counts as none; a province whose only form has no rate
                form("f12").region("浙江省", "杭州市", "西湖区").year(2024).rate(0.8),
                form("f13").region("浙江省", "杭州市", "  ").year(2024).rate(0.1),
                form("f14").region("江苏省", null, null).year(2024),
                // no fiscal year
                form("f15").region("浙江省", "杭州市", "西湖区").year(null).rate(0.6)));
        summary = new TransformJob(spark, lake).run();
        gold = spark.read().format("delta").load(lake.table(Lake.GOLD_EXECUTION_RATES)).collectAsList();
    }

    @Test
    void rowsAreSortedByYearWithAllRegionsFirst() {
        List<String> keys = gold.stream().map(r -> r.getAs("fiscal_year") + " " + r.getAs("region")).toList();
        assertEquals(List.of(
                "2023 全部地区", "2023 宁波市", "2023 西湖区", "2023 未知地区",
                "2024 全部地区", "2024 江苏省", "2024 西湖区", "2024 杭州市",
                "null 全部地区", "null 西湖区"), keys);
        assertEquals(10, summary.rows(Lake.GOLD_EXECUTION_RATES));
    }

    @Test
    void columnsAreInTheDocumentedOrder() {
        Row any = gold.get(0);
        assertEquals(ExecutionRateDistribution.columns(), Arrays.asList(any.schema().fieldNames()));
    }

    @Test
    void countyWithComputedAndMissingRates() {
        Row r = row(2023, "西湖区");
        assertPlace(r, "浙江省", "杭州市", "西湖区");
        assertCounts(r, 6, 4, 1, 0, 1, 0, 1, 1, 0);
        // sorted rates 0.30 0.85 0.96 1.00; exact percentiles interpolate between neighbours
        assertQuartiles(r, 0.7125, 0.905, 0.97, 0.7775);
    }

    @Test
    void cityWithBandEdgesExactHundredAndOverHundred() {
        Row r = row(2023, "宁波市");
        assertPlace(r, "浙江省", "宁波市", null);
        assertCounts(r, 4, 4, 0, 1, 0, 0, 1, 1, 1);
        // sorted rates 0.5 0.95 0.9999999999 1.2
        assertQuartiles(r, 0.8375, 0.97499999995, 1.05, 0.912499999975);
    }

    @Test
    void formWithoutPlaceIsUnknownRegion() {
        Row r = row(2023, "未知地区");
        assertPlace(r, null, null, null);
        assertCounts(r, 1, 1, 0, 0, 0, 1, 0, 0, 0);
        assertQuartiles(r, 0.9, 0.9, 0.9, 0.9);
    }

    @Test
    void allRegionsOfAYear() {
        Row r = row(2023, "全部地区");
        assertPlace(r, null, null, null);
        assertCounts(r, 11, 9, 1, 1, 1, 1, 2, 2, 1);
        // sorted rates 0.3 0.5 0.85 0.9 0.95 0.96 0.9999999999 1.0 1.2
        assertQuartiles(r, 0.85, 0.95, 0.9999999999, 7.6599999999 / 9);

        Row y2024 = row(2024, "全部地区");
        assertCounts(y2024, 3, 2, 1, 0, 1, 0, 0, 0, 0);
        assertQuartiles(y2024, 0.275, 0.45, 0.625, 0.45);
    }

    @Test
    void blankCountyFallsBackToCity() {
        Row r = row(2024, "杭州市");
        assertPlace(r, "浙江省", "杭州市", null);
        assertCounts(r, 1, 1, 1, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void regionWithoutAnyRateHasNoQuartiles() {
        Row r = row(2024, "江苏省");
        assertCounts(r, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        assertNull(r.getAs("p25"));
        assertNull(r.getAs("median"));
        assertNull(r.getAs("p75"));
        assertNull(r.getAs("mean_rate"));
    }

    @Test
    void formsWithoutYearStillCount() {
        assertCounts(row(null, "全部地区"), 1, 1, 0, 1, 0, 0, 0, 0, 0);
        assertCounts(row(null, "西湖区"), 1, 1, 0, 1, 0, 0, 0, 0, 0);
    }

    @Test
    void closingLineNamesFormsTablesAndTime() {
        String line = summary.closingLine();
        assertEquals(true, line.matches("transform: 15 forms, \\d+ findings → " + jixiao.transform.GoldTables.ALL.size() + " tables in \\d+\\.\\d s \\(\\d+\\.\\d forms/s\\)"), line);
    }

    private static Row row(Integer year, String region) {
        List<Row> found = new ArrayList<>();
        for (Row r : gold) {
            if (java.util.Objects.equals(r.getAs("fiscal_year"), year) && region.equals(r.getAs("region"))) found.add(r);
        }
        assertEquals(1, found.size(), "rows for " + year + " " + region);
        return found.get(0);
    }

    private static void assertPlace(Row r, String province, String city, String county) {
        assertEquals(province, r.getAs("province"));
        assertEquals(city, r.getAs("city"));
        assertEquals(county, r.getAs("county"));
    }

    /** forms, rated, then the seven bands from low to high. */
    private static void assertCounts(Row r, long forms, long rated, long... bands) {
        assertEquals(forms, (long) r.<Long>getAs("forms"), "forms");
        assertEquals(rated, (long) r.<Long>getAs("rated"), "rated");
        long[] actual = Arrays.stream(RateBand.values()).mapToLong(b -> r.<Long>getAs(b.column())).toArray();
        assertEquals(Arrays.toString(bands), Arrays.toString(actual), "bands");
    }

    private static void assertQuartiles(Row r, double p25, double median, double p75, double mean) {
        assertEquals(p25, r.<Double>getAs("p25"), EPS, "p25");
        assertEquals(median, r.<Double>getAs("median"), EPS, "median");
        assertEquals(p75, r.<Double>getAs("p75"), EPS, "p75");
        assertEquals(mean, r.<Double>getAs("mean_rate"), EPS, "mean_rate");
    }
}
