package jixiao.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jixiao.lake.Lake;
import jixiao.lake.LakeLock;
import jixiao.lake.MissingTableException;
import jixiao.lake.Schemas;
import jixiao.spark.QueryCompilation;
import jixiao.transform.aggregate.IntakeByYear;
import jixiao.transform.aggregate.IntakeTable;
import jixiao.transform.aggregate.DeductionReasons;
import jixiao.transform.aggregate.ExecutionRateBreakdown;
import jixiao.transform.aggregate.FindingsTables;
import jixiao.transform.aggregate.LineageTable;
import jixiao.transform.aggregate.QualityTables;
import jixiao.transform.aggregate.ReasonPhrases;
import jixiao.transform.aggregate.RegionSummary;
import jixiao.transform.aggregate.ScoreRecheckTable;
import jixiao.transform.aggregate.Summaries;

/**
 * Silver → gold: read → normalise and check every form (plain Java, once per form, kept in memory)
 * → aggregate → write. Every table is overwritten each run, rows in a fixed order. Tables that do
 * not depend on each other are written at once: on small lakes a Delta commit's latency, not the
 * work, is what takes the time.
 */
public final class TransformJob {
    private static final Logger LOG = LoggerFactory.getLogger(TransformJob.class);
    /** Tables written at the same time. */
    private static final int WRITERS = 4;

    private final SparkSession spark;
    private final Lake lake;

    public TransformJob(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** @throws MissingTableException when silver/forms is not there yet (ingest has not run) */
    public TransformSummary run() {
        // no ingest commits silver while the gold tables are computed from it
        try (LakeLock lock = LakeLock.acquire(lake, "transform", System.err)) {
            return runHoldingTheLake();
        }
    }

    private TransformSummary runHoldingTheLake() {
        long started = System.nanoTime();
        java.sql.Timestamp startedAt = java.sql.Timestamp.from(java.time.Instant.now());
        LakeTables tables = new LakeTables(spark, lake);
        // with the declared columns: a lake ingested before the reading columns existed still transforms
        Dataset<Row> forms = tables.read(Lake.FORMS, "jixiao ingest", Schemas.FORMS);
        Dataset<Row> indicators = tables.readOrEmpty(Lake.INDICATORS, Schemas.INDICATORS);
        Dataset<Row> summaries = tables.readOrEmpty(Lake.SUMMARIES, Schemas.SUMMARIES);
        LOG.info("transform: reading silver tables from {}", lake.root());
        QueryCompilation.forForms(spark, tables.rows(Lake.FORMS));
        List<Dataset<Row>> kept = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> {
            Thread t = new Thread(r, "transform-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            // normalise and check: the plain-Java stages once per form, the result kept for every table
            Dataset<Row> reviewed = keep(kept, ReviewedForms.review(forms, indicators));
            TableCount normalised = tables.overwrite(GoldTables.FORMS_NORMALISED, ReviewedForms.forms(reviewed, forms));
            Dataset<Row> summaryChecks = keep(kept, Summaries.check(summaries, reviewed));
            Dataset<Row> lost = keep(kept, DeductionReasons.items(reviewed));
            Dataset<Row> catalogue = FindingsTables.catalogue(spark);

            List<Future<List<TableCount>>> jobs = new ArrayList<>();
            jobs.add(writers.submit(one(() -> tables.overwrite(GoldTables.INDICATORS_NORMALISED, ReviewedForms.indicators(reviewed)))));
            jobs.add(writers.submit(one(() -> tables.overwrite(GoldTables.RULE_CATALOGUE, catalogue))));
            jobs.add(writers.submit(one(() -> tables.overwrite(GoldTables.FINDINGS,
                    FindingsTables.findings(reviewed, Summaries.findings(summaryChecks), catalogue)))));
            jobs.add(writers.submit(one(() -> tables.overwrite(GoldTables.RULE_RATES,
                    FindingsTables.ruleRates(reviewed, Summaries.tallies(summaryChecks), catalogue)))));
            jobs.add(writers.submit(one(() -> tables.overwrite(GoldTables.SCORE_RECHECK, ScoreRecheckTable.compute(reviewed)))));
            jobs.add(writers.submit(one(() -> tables.overwrite(GoldTables.EXECUTION_RATES, ExecutionRateDistribution.compute(forms)))));
            jobs.add(writers.submit(one(() -> tables.overwrite(GoldTables.EXECUTION_RATE_BREAKDOWN,
                    ExecutionRateBreakdown.compute(reviewed)))));
            jobs.add(writers.submit(one(() -> tables.overwrite(GoldTables.DEDUCTION_REASONS, DeductionReasons.compute(lost)))));
            jobs.add(writers.submit(one(() -> tables.overwrite(GoldTables.REASON_PHRASES, ReasonPhrases.compute(lost)))));
            jobs.add(writers.submit(() -> lineageAndQuality(tables, reviewed)));
            jobs.add(writers.submit(one(() -> tables.overwrite(GoldTables.INTAKE,
                    IntakeTable.compute(tables.readOrEmpty(Lake.DOCUMENTS, Schemas.DOCUMENTS), tables.runNumber())))));
            jobs.add(writers.submit(one(() -> tables.overwrite(GoldTables.INTAKE_BY_YEAR,
                    IntakeByYear.compute(tables.readOrEmpty(Lake.DOCUMENTS, Schemas.DOCUMENTS), reviewed)))));

            List<TableCount> written = new ArrayList<>();
            written.add(normalised);
            for (Future<List<TableCount>> j : jobs) written.addAll(j.get());
            written.forEach(t -> LOG.debug("transform: wrote {} ({} rows)", t.table(), t.rows()));
            tables.recordRun(written, startedAt); // last: only a run that wrote every table is recorded
            return new TransformSummary(normalised.rows(), written, (System.nanoTime() - started) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("transform interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            writers.shutdownNow();
            kept.forEach(Dataset::unpersist);
        }
    }

    /** Lineage, then the quality index that needs it, then what aggregates the index. */
    private List<TableCount> lineageAndQuality(LakeTables tables, Dataset<Row> reviewed) {
        List<TableCount> out = new ArrayList<>();
        LakeTables.Kept lineage = tables.overwriteAndKeep(GoldTables.PROJECT_LINEAGE, LineageTable.compute(reviewed));
        try {
            out.add(lineage.count());
            LakeTables.Kept quality = tables.overwriteAndKeep(GoldTables.FORM_QUALITY,
                    QualityTables.forms(reviewed, lineage.rows()));
            try {
                out.add(quality.count());
                out.add(tables.overwrite(GoldTables.INDICATOR_QUALITY, QualityTables.byRegion(quality.rows())));
                Dataset<Row> perForm = reviewed.join(quality.rows().select("form_id", "quality_index"), "form_id");
                out.add(tables.overwrite(GoldTables.REGION_SUMMARY, RegionSummary.compute(spark, perForm)));
            } finally {
                quality.rows().unpersist();
            }
        } finally {
            lineage.rows().unpersist();
        }
        return out;
    }

    private static Callable<List<TableCount>> one(Callable<TableCount> write) {
        return () -> List.of(write.call());
    }

    private static Dataset<Row> keep(List<Dataset<Row>> kept, Dataset<Row> rows) {
        Dataset<Row> p = rows.persist();
        kept.add(p);
        return p;
    }
}
