package jixiao.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jixiao.lake.Lake;

/** The three seed documents ingested and transformed (with three real excerpts): the examples, worked out by hand, asserted exactly. */
class SeedExpectationsTest {
    static SparkSession spark;
    static Lake lake;
    static TransformSummary summary;
    static List<Row> findings;
    static List<Row> recheck;

    @BeforeAll
    static void ingestAndTransform() {
        LabelledLake l = LabelledLake.get();
        spark = l.spark;
        lake = l.lake;
        summary = l.summary;
        findings = table(GoldTables.FINDINGS).collectAsList();
        recheck = table(GoldTables.SCORE_RECHECK).collectAsList();
    }

    static Dataset<Row> table(String name) {
        return spark.read().format("delta").load(lake.table(name));
    }

    @Test
    void everyTableIsWritten() {
        assertEquals(GoldTables.ALL.size(), summary.tables().size());
        assertEquals(19 + 5, summary.forms()); // the seeds' 19 and the real excerpts' 5 (two of them cut second forms)
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

    /**
     * Seed 001's 聘用人员数量 (≤88人, 63人, 5.73 of 8 = 63 ÷ 88 × 8) and 制作工装数量 (≤300套, 191套, 6.37 of 10): the
     * forms score these counts as floors, so the printed ≤ is contradicted; said so, and neither is judged met.
     */
    @Test
    void seed001CeilingsOnCountsScoredAsFloors() {
        Map<String, String> contradicted = new TreeMap<>();
        for (Row r : rows("001_", "SIGN_CONTRADICTS_SCORING")) contradicted.put(r.getAs("indicator_name"), value(r, "actual"));
        assertEquals("63人", contradicted.get("聘用人员数量"));
        assertEquals("191套", contradicted.get("制作工装数量"));
        assertEquals(List.of(), rows("001_", "UNDER_CEILING_DEDUCTED").stream()
                .filter(r -> contradicted.containsKey(r.<String>getAs("indicator_name"))).toList());
    }

    /**
     * Seed 001's 服装经费: 0% execution, in the lowest band. Its template (the national form, as Shandong prints it)
     * sets no rate below which a reason is due, and its cost row explains the 0% anyway: no LOW_RATE_NO_REASON.
     * Its cost indicator (≤69万元, nothing paid) is not judged met.
     */
    @Test
    void seed001ClothingHasZeroExecution() {
        Row f = form("001_", "服装经费");
        assertEquals(0.0, f.<Double>getAs("execution_rate"), 0);
        assertEquals(0.0, f.<Double>getAs("execution_recomputed"), 0);
        assertEquals(List.of(), rows("001_", "LOW_RATE_NO_REASON").stream()
                .filter(r -> "服装经费".equals(r.getAs("project_name"))).toList());
        Row band = table(GoldTables.EXECUTION_RATES).where("region = '张店区' and fiscal_year = 2024").first();
        assertEquals(1L, band.<Long>getAs("band_0_50"));
        Row cost = spark.read().format("delta").load(lake.table(GoldTables.INDICATORS_NORMALISED))
                .where("form_id = '" + f.getAs("form_id") + "' and name = '工装制作总费用'").first();
        assertEquals("UNDECIDABLE", cost.getAs("outcome"));
        assertEquals("ZERO_ACTUAL", cost.getAs("undecided_reason"));
    }

    /** Seed 001's 维保: 330台/套 against ≥200, deducted "今后在设置指标时更加严谨": a target set too low, no finding. */
    @Test
    void seed001FarBeyondTargetDeductedForTheTarget() {
        assertEquals(List.of(), rows("001_", "MET_BUT_DEDUCTED").stream()
                .filter(r -> "负责维护张店市民中心硬件设备数量".equals(r.getAs("indicator_name"))).toList());
    }

    /**
     * Seed 000's 寄递 form (1万元, nothing spent, 寄递数量 0个 → 0个, cost 1万元 → 0万元, self-score 80): it was
     * "recomputed" to 90 by counting nothing done as met. Now too little of it can be checked: no score, no gap.
     */
    @Test
    void seed000NothingDoneIsNotRecheckedUp() {
        List<Row> nothing = recheck.stream().filter(r -> r.<String>getAs("source").startsWith("000_"))
                .filter(r -> r.<Double>getAs("execution_rate") != null && r.<Double>getAs("execution_rate") == 0).toList();
        assertEquals(1, nothing.size());
        assertEquals(80.0, nothing.get(0).<Double>getAs("self_score"), 1e-9);
        assertNull(nothing.get(0).getAs("recomputed_score"));
        assertNull(nothing.get(0).getAs("gap"));
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
        // nothing to verify: no recomputed score and no gap (无法复核), never a gap of 0 that ranks them first
        for (Row r : recheck.stream().filter(r -> r.<String>getAs("source").startsWith("003_")).toList()) {
            assertEquals(0, (int) r.<Integer>getAs("verified_indicators"));
            assertNull(r.getAs("recomputed_score"));
            assertNull(r.getAs("gap"));
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
