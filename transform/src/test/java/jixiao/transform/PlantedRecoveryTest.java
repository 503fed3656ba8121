package jixiao.transform;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.data.generate.CorpusGenerator;
import jixiao.data.generate.GeneratorConfig;
import jixiao.lake.IngestJob;
import jixiao.lake.Lake;
import jixiao.transform.check.Rule;
import jixiao.transform.reasons.ReasonCategory;

/**
 * Planted-pattern recovery: a corpus generated with known habits per region and year (noise off,
 * text only) is ingested and transformed, and each habit's rate is measured back from the gold
 * tables, region by region (years pooled: a region-year holds about 24 forms).
 *
 * <p>Tolerance. The generator records, per region, how often a habit could apply (eligible) and
 * did (applied). Where the forms show every eligible case, the measured rate must equal the planted
 * one within {@value #EXACT} (floored scores, blank actuals, copied sets, vague targets). Where they show only part of them (a missed target on a form whose actuals were blanked
 * cannot be seen), the measured part is a random subset and the rate must lie within
 * {@value #SIGMAS} binomial standard deviations of the planted rate, plus {@value #SLACK}.
 *
 * <p>What the forms cannot show exactly: a budget cut to exactly what was spent looks the same as an
 * honest mid-year cut of a project that then spent all of it. BUDGET_CUT_TO_FULL is recovered
 * statistically: the natural share b of such forms is measured in regions where the habit was not
 * planted, and a region's expected rate is p + (1 − p) b.
 */
class PlantedRecoveryTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    /** A seed under which every habit is planted in at least one region and absent from another. */
    static final long SEED = 10;
    static final double EXACT = 0.03;
    static final double SIGMAS = 3;
    static final double SLACK = 0.05;

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Lake lake;
    static JsonNode planted;
    static final List<String> REPORT = new ArrayList<>();

    @BeforeAll
    static void generateIngestTransform() throws IOException {
        spark = TransformSpark.get();
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(new GeneratorConfig(corpus, 6, 2022, 2024, 4, 6, List.of("txt"), SEED, 0), QUIET).run();
        planted = new ObjectMapper().readTree(corpus.resolve("planted.json").toFile());
        lake = new Lake(tmp.resolve("lake").toString());
        new IngestJob(spark, lake, QUIET).run(List.of(corpus.resolve("documents")), false);
        System.out.println(new TransformJob(spark, lake).run().closingLine());
    }

    static Dataset<Row> gold(String table) {
        return spark.read().format("delta").load(lake.table(table));
    }

    // ---- habits whose every case the forms show ----------------------------------------------

    @Test
    void flooredExecutionScores() {
        assertRecovered("FLOORED_EXECUTION_SCORE", ruleRate(Rule.EXEC_SCORE_FLOORED), EXACT, 0);
    }

    @Test
    void blankActualsWithPointsGiven() {
        assertRecovered("BLANK_ACTUALS", ruleRate(Rule.FORM_NO_ACTUALS), EXACT, 0);
    }

    /**
     * 据实支付 (or nothing) as the reason: gold/deduction_reasons, categories 据实 and 未说明, among the
     * indicators' reasons. The provincial template prints no reason on its execution line, so the
     * generator's execution-line reasons are not on those forms: the indicators' are a random subset.
     */
    @Test
    void boilerplateReasons() {
        Map<String, long[]> m = new TreeMap<>();
        for (Row r : gold(GoldTables.DEDUCTION_REASONS).where(col("county").isNotNull()).collectAsList()) {
            long[] c = m.computeIfAbsent(r.getAs("county"), k -> new long[2]);
            long n = r.<Long>getAs("reasons") - r.<Long>getAs("execution_reasons");
            c[0] += n;
            String cat = r.getAs("category");
            if (ReasonCategory.NO_EXPLANATION.name().equals(cat) || ReasonCategory.NONE.name().equals(cat)) c[1] += n;
        }
        assertRecovered("BOILERPLATE_REASON", m, SLACK, SIGMAS);
    }

    /** gold/project_lineage: project-years with an earlier year whose indicator set is last year's, unchanged. */
    @Test
    void copiedIndicatorSets() {
        Map<String, long[]> m = new TreeMap<>();
        for (Row r : gold(GoldTables.PROJECT_LINEAGE).where(col("previous_form_id").isNotNull()).collectAsList()) {
            long[] c = m.computeIfAbsent(r.getAs("county"), k -> new long[2]);
            c[0]++;
            if (Boolean.TRUE.equals(r.getAs("copied_unchanged"))) c[1]++;
        }
        assertRecovered("COPIED_INDICATOR_SETS", m, EXACT, 0);
    }

    /**
     * A word where a number belongs (WORD_TARGET_FOR_MEASURE) on forms whose set was drawn this year:
     * a set copied from last year was not drawn, so the generator did not roll the habit for it.
     */
    @Test
    void vagueTargets() {
        Set<String> vague = new HashSet<>();
        for (Row r : gold(GoldTables.FINDINGS).where(col("rule_id").equalTo(Rule.WORD_TARGET_FOR_MEASURE.id()))
                .select("form_id").distinct().collectAsList()) {
            vague.add(r.getString(0));
        }
        Map<String, long[]> m = new TreeMap<>();
        for (Row r : gold(GoldTables.PROJECT_LINEAGE).collectAsList()) {
            if (Boolean.TRUE.equals(r.getAs("copied_unchanged"))) continue;
            long[] c = m.computeIfAbsent(r.getAs("county"), k -> new long[2]);
            c[0]++;
            if (vague.contains(r.<String>getAs("form_id"))) c[1]++;
        }
        assertRecovered("VAGUE_INDICATORS", m, EXACT, 0);
    }

    // ---- habits the forms show in part -------------------------------------------------------

    @Test
    void fullMarksDespiteMiss() {
        assertRecovered("FULL_MARKS_DESPITE_MISS", ruleRate(Rule.MISSED_FULL_POINTS), SLACK, SIGMAS);
    }

    @Test
    void deductedDespiteMetCeiling() {
        assertRecovered("DEDUCT_DESPITE_MET", ruleRate(Rule.UNDER_CEILING_DEDUCTED), SLACK, SIGMAS);
    }

    /** Seen only where the whole-budget cost's actual should have been the executed amount. */
    @Test
    void targetsCopiedAsActuals() {
        assertRecovered("TARGETS_AS_ACTUALS", ruleRate(Rule.ACTUALS_COPIED_AGAINST_BUDGET), SLACK, SIGMAS);
    }

    @Test
    void budgetCutToSpending() {
        Map<String, long[]> measured = ruleRate(Rule.BUDGET_CUT_TO_SPENDING);
        Map<String, Double> rates = plantedRates("BUDGET_CUT_TO_FULL");
        long n = 0;
        long x = 0;
        for (Map.Entry<String, long[]> e : measured.entrySet()) {
            if (rates.getOrDefault(e.getKey(), -1.0) == 0.0) {
                n += e.getValue()[0];
                x += e.getValue()[1];
            }
        }
        assertTrue(n >= 20, "no region without the habit to measure the natural rate in: " + measured.keySet());
        double b = (double) x / n;
        Map<String, Double> expected = new HashMap<>();
        rates.forEach((k, p) -> expected.put(k, p + (1 - p) * b));
        REPORT.add(String.format(Locale.ROOT, "BUDGET_CUT_TO_FULL natural rate b = %.3f (%d of %d forms)", b, x, n));
        compare("BUDGET_CUT_TO_FULL", measured, expected, SLACK, SIGMAS);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** gold/rule_rates: checked and found per county, years pooled. */
    static Map<String, long[]> ruleRate(Rule rule) {
        Map<String, long[]> m = new TreeMap<>();
        for (Row r : gold(GoldTables.RULE_RATES).where(col("rule_id").equalTo(rule.id()).and(col("county").isNotNull()))
                .collectAsList()) {
            long[] c = m.computeIfAbsent(r.getAs("county"), k -> new long[2]);
            c[0] += r.<Long>getAs("checked");
            c[1] += r.<Long>getAs("found");
        }
        return m;
    }

    /** planted.json: applied ÷ eligible per county, years pooled. */
    static Map<String, Double> plantedRates(String habit) {
        Map<String, Double> out = new TreeMap<>();
        for (JsonNode region : planted.path("regions")) {
            long eligible = 0;
            long applied = 0;
            for (JsonNode year : region.path("years")) {
                eligible += year.path(habit).path("eligible").asLong();
                applied += year.path(habit).path("applied").asLong();
            }
            if (eligible > 0) out.put(region.path("county").asText(), (double) applied / eligible);
        }
        return out;
    }

    static void assertRecovered(String habit, Map<String, long[]> measured, double slack, double sigmas) {
        compare(habit, measured, plantedRates(habit), slack, sigmas);
    }

    /** Every region measured on at least 10 cases agrees with its expected rate; the pooled count (at least 20) does too. */
    static void compare(String habit, Map<String, long[]> measured, Map<String, Double> expected, double slack, double sigmas) {
        List<String> failures = new ArrayList<>();
        double predicted = 0;
        double variance = 0;
        long found = 0;
        long checked = 0;
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            long[] c = measured.getOrDefault(e.getKey(), new long[2]);
            double p = e.getValue();
            predicted += c[0] * p;
            variance += c[0] * p * (1 - p);
            found += c[1];
            checked += c[0];
            if (c[0] < 10) continue;
            double rate = (double) c[1] / c[0];
            double tolerance = slack + sigmas * Math.sqrt(p * (1 - p) / c[0]);
            String line = String.format(Locale.ROOT, "%s %s: measured %.3f (%d/%d), planted %.3f, tolerance %.3f",
                    habit, e.getKey(), rate, c[1], c[0], p, tolerance);
            REPORT.add(line);
            System.out.println(line);
            if (Math.abs(rate - p) > tolerance) failures.add(line);
        }
        double pooledTolerance = slack * checked + Math.max(sigmas, 1) * Math.sqrt(variance);
        String pooled = String.format(Locale.ROOT, "%s all regions: found %d of %d, planted rates predict %.1f ± %.1f",
                habit, found, checked, predicted, pooledTolerance);
        System.out.println(pooled);
        assertTrue(checked >= 20, habit + ": too few cases to measure: " + checked);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(Math.abs(found - predicted) <= pooledTolerance, pooled);
    }
}
