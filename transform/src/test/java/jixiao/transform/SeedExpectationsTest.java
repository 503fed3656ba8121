package jixiao.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.extract.DocumentExtractor;
import jixiao.lake.IngestJob;
import jixiao.lake.Lake;
import jixiao.testing.Resources;

/** The three seed documents ingested and transformed: the examples, worked out by hand, asserted exactly. */
class SeedExpectationsTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Lake lake;
    static TransformSummary summary;
    static List<Row> findings;
    static List<Row> recheck;

    @BeforeAll
    static void ingestAndTransform() throws IOException {
        spark = TransformSpark.get();
        lake = new Lake(tmp.resolve("lake").toString());
        new IngestJob(spark, lake, new DocumentExtractor(), QUIET).run(List.of(Resources.path("seeds")), false);
        summary = new TransformJob(spark, lake).run();
        findings = table(GoldTables.FINDINGS).collectAsList();
        recheck = table(GoldTables.SCORE_RECHECK).collectAsList();
    }

    static Dataset<Row> table(String name) {
        return spark.read().format("delta").load(lake.table(name));
    }

    @Test
    void everyTableIsWritten() {
        assertEquals(GoldTables.ALL.size(), summary.tables().size());
        assertEquals(19, summary.forms());
        System.out.print(summary.report());
        System.out.println(summary.closingLine());
    }

    /** Seed 000: rates 0.85, 0.9967, 0.77, 0.72, 0.42 scored 8, 9, 7, 7, 4: floored, a finding each. */
    @Test
    void seed000ExecutionScoresAreFloored() {
        Map<String, String> floored = new TreeMap<>();
        for (Row r : rows("000_", "EXEC_SCORE_FLOORED")) floored.put(r.<Map<String, String>>getAs("values") == null ? "" :
                value(r, "rate"), value(r, "score"));
        assertEquals(Map.of("42.00%", "4", "72.00%", "7", "77.04%", "7", "85.00%", "8", "99.67%", "9"), floored);
        assertEquals(List.of(), rows("000_", "EXEC_SCORE_MISMATCH"));
        assertEquals(List.of(), rows("000_", "EXEC_SCORE_ROUNDED"));
        // the recheck gives rate × weight: 0.85 × 10 = 8.5 where the form printed 8
        Row f0 = form("000_", "互联网应用及维护费");
        assertEquals("floored", f0.getAs("execution_method"));
        assertEquals(8.5, f0.<Double>getAs("execution_recomputed"), 1e-9);
    }

    /** Seed 001's 聘用人员数量 (≤88人, 63人, 5.73 of 8): met by staying under the ceiling, yet points deducted. */
    @Test
    void seed001StaffUnderCeilingIsMetButDeducted() {
        List<Row> hits = rows("001_", "UNDER_CEILING_DEDUCTED").stream()
                .filter(r -> "聘用人员数量".equals(r.getAs("indicator_name"))).toList();
        assertEquals(1, hits.size());
        Row r = hits.get(0);
        assertEquals("行政审批服务工作经费", r.getAs("project_name"));
        assertEquals("88人", value(r, "target"));
        assertEquals("63人", value(r, "actual"));
        assertEquals("5.73", value(r, "score"));
        assertEquals("8", value(r, "weight"));
        assertEquals("达成", value(r, "outcome"));
    }

    /** Seed 001's 服装经费: 0% execution, in the lowest band, with no reason on its execution line. */
    @Test
    void seed001ClothingHasZeroExecution() {
        Row f = form("001_", "服装经费");
        assertEquals(0.0, f.<Double>getAs("execution_rate"), 0);
        assertEquals(0.0, f.<Double>getAs("execution_recomputed"), 0);
        List<Row> low = rows("001_", "LOW_RATE_NO_REASON").stream()
                .filter(r -> "服装经费".equals(r.getAs("project_name"))).toList();
        assertEquals(1, low.size());
        assertEquals("0.00%", value(low.get(0), "rate"));
        Row band = table(GoldTables.EXECUTION_RATES).where("region = '张店区' and fiscal_year = 2024").first();
        assertEquals(1L, band.<Long>getAs("band_0_50"));
    }

    /** Seed 003: five forms give full points with no actual values at all. */
    @Test
    void seed003FullPointsWithoutActuals() {
        List<Row> hits = rows("003_", "FORM_NO_ACTUALS");
        assertEquals(5, hits.size());
        assertEquals(List.of("9", "11", "8", "7", "4"), hits.stream()
                .sorted(java.util.Comparator.comparing(r -> r.<String>getAs("form_id")))
                .map(r -> value(r, "count")).toList());
        assertEquals(List.of(), rows("003_", "NO_ACTUAL_SCORED")); // the form-level finding stands for its rows
        // nothing to verify: every indicator keeps its self-score, so the recheck only re-does the execution line
        for (Row r : recheck.stream().filter(r -> r.<String>getAs("source").startsWith("003_")).toList()) {
            assertEquals(0, (int) r.<Integer>getAs("verified_indicators"));
            assertEquals(0.0, r.<Double>getAs("gap"), 1e-9);
        }
    }

    private static List<Row> rows(String sourcePrefix, String rule) {
        return findings.stream().filter(r -> r.<String>getAs("source").startsWith(sourcePrefix))
                .filter(r -> rule.equals(r.getAs("rule_id"))).collect(Collectors.toList());
    }

    private static Row form(String sourcePrefix, String project) {
        List<Row> found = recheck.stream().filter(r -> r.<String>getAs("source").startsWith(sourcePrefix))
                .filter(r -> project.equals(r.getAs("project_name"))).toList();
        assertTrue(found.size() >= 1, project);
        return found.get(0);
    }

    private static String value(Row finding, String key) {
        scala.collection.Map<String, String> m = finding.getMap(finding.fieldIndex("values"));
        return m.get(key).getOrElse(() -> null);
    }
}
