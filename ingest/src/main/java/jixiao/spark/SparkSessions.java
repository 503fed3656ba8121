package jixiao.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one way every stage gets its Spark session, with Delta Lake switched on. The master is never
 * hard-coded: spark-submit's {@code --master} (or {@code spark.master}) wins; {@code --master} on our
 * command line is next; local mode on all cores is the default only when nothing else says.
 */
public final class SparkSessions {
    public static final String DEFAULT_MASTER = "local[*]";

    private SparkSessions() {
    }

    public static SparkSession getOrCreate(String appName, String master) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder b = SparkSession.builder().appName(appName)
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.session.timeZone", "UTC")
                // MERGE sources here are rows built in the driver or checkpointed parse output: deterministic,
                // already materialised once, so Delta need not copy them again for every MERGE
                .config("spark.databricks.delta.merge.materializeSource", "none")
                .config("spark.ui.enabled", conf.get("spark.ui.enabled", "false"));
        String chosen = conf.contains("spark.master") ? conf.get("spark.master")
                : master == null || master.isBlank() ? DEFAULT_MASTER : master;
        if (!conf.contains("spark.master")) b.master(chosen);
        // shuffle partitions follow the data: adaptive execution coalesces them to ~64 MB each; a local
        // run starts from a few per core (its data is small), a cluster from Spark's default
        b.config("spark.sql.adaptive.enabled", conf.get("spark.sql.adaptive.enabled", "true"));
        b.config("spark.sql.adaptive.coalescePartitions.enabled", conf.get("spark.sql.adaptive.coalescePartitions.enabled", "true"));
        if (chosen.startsWith("local")) {
            int cores = Runtime.getRuntime().availableProcessors();
            b.config("spark.sql.shuffle.partitions", conf.get("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * cores))));
            b.config("spark.databricks.delta.snapshotPartitions", conf.get("spark.databricks.delta.snapshotPartitions", "2"));
        }
        return b.getOrCreate();
    }
}
