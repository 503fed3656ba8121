package jixiao.transform;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jixiao.lake.Lake;

/** Silver → gold: reads silver/forms and rewrites every gold table from it. */
public final class TransformJob {
    private static final Logger LOG = LoggerFactory.getLogger(TransformJob.class);

    private final SparkSession spark;
    private final Lake lake;

    public TransformJob(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** @throws MissingTableException when silver/forms is not there yet (ingest has not run) */
    public TransformSummary run() {
        long started = System.nanoTime();
        LakeTables tables = new LakeTables(spark, lake);
        Dataset<Row> forms = tables.read(Lake.FORMS, "jixiao ingest");
        LOG.info("transform: reading {} from {}", Lake.FORMS, lake.root());

        TableCount rates = tables.overwrite(ExecutionRateDistribution.TABLE, ExecutionRateDistribution.compute(forms));
        LOG.info("transform: wrote {} ({} rows)", rates.table(), rates.rows());

        return new TransformSummary(List.of(rates), (System.nanoTime() - started) / 1e9);
    }
}
