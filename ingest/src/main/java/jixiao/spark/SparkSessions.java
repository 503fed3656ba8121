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
                // MERGE sources here are rows built in the driver: deterministic, no need to materialise
                .config("spark.databricks.delta.merge.materializeSource", "none")
                .config("spark.ui.enabled", conf.get("spark.ui.enabled", "false"));
        if (!conf.contains("spark.master")) {
            b.master(master == null || master.isBlank() ? DEFAULT_MASTER : master);
            // small local jobs: a few shuffle partitions keep a laptop run quick
            b.config("spark.sql.shuffle.partitions", conf.get("spark.sql.shuffle.partitions", "4"));
            b.config("spark.databricks.delta.snapshotPartitions", conf.get("spark.databricks.delta.snapshotPartitions", "2"));
        }
        return b.getOrCreate();
    }
}
