package jixiao.transform;

import org.apache.spark.sql.SparkSession;

import jixiao.testing.TestSpark;

/**
 * The test JVM's Spark session, tuned for tables of a few hundred rows: compiling generated code
 * for each of transform's queries costs more than running them, so tests interpret expressions
 * and skip adaptive re-planning. Results are the same; production keeps Spark's defaults.
 */
public final class TransformSpark {
    private TransformSpark() {
    }

    public static synchronized SparkSession get() {
        SparkSession spark = TestSpark.get();
        spark.conf().set("spark.sql.codegen.wholeStage", "false");
        spark.conf().set("spark.sql.codegen.factoryMode", "NO_CODEGEN");
        spark.conf().set("spark.sql.adaptive.enabled", "false");
        return spark;
    }
}
