package jixiao.transform;

import org.apache.spark.sql.SparkSession;

import jixiao.testing.TestSpark;

/**
 * The test JVM's Spark session, tuned for tables of a few hundred rows: queries interpreted (as
 * {@link jixiao.testing.TestSpark} sets them) and no adaptive re-planning. Results are the same;
 * production keeps adaptive execution.
 */
public final class TransformSpark {
    private TransformSpark() {
    }

    public static synchronized SparkSession get() {
        SparkSession spark = TestSpark.get();
        spark.conf().set("spark.sql.adaptive.enabled", "false");
        return spark;
    }
}
