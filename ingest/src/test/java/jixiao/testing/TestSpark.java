package jixiao.testing;

import org.apache.spark.sql.SparkSession;

import jixiao.spark.QueryCompilation;
import jixiao.spark.SparkSessions;

/** One local Spark session per test JVM, shared by every test class (starting Spark takes seconds). */
public final class TestSpark {
    private TestSpark() {
    }

    private static final class Holder {
        static final SparkSession SPARK = create();

        private static SparkSession create() {
            System.setProperty("spark.sql.shuffle.partitions", "2");
            // Test tables hold a few hundred rows: compiling generated code (Janino) for every new plan took
            // a sixth of the tests' CPU and saves nothing at that size, so tests evaluate expressions
            // interpreted, as the jobs do on small inputs (QueryCompilation); QueryCompilationTest checks
            // that compiled queries write the same tables.
            System.setProperty(QueryCompilation.CHOICE, "interpreted");
            try {
                // keep Spark's warehouse out of the module folders, and remove it when the test JVM ends
                java.nio.file.Path warehouse = java.nio.file.Files.createTempDirectory("jixiao-warehouse");
                warehouse.toFile().deleteOnExit(); // it stays empty: tables are written by path
                System.setProperty("spark.sql.warehouse.dir", warehouse.toUri().toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            SparkSession spark = SparkSessions.getOrCreate("jixiao-test", "local[2]");
            QueryCompilation.forForms(spark, 0); // for the tests that query without a job
            return spark;
        }
    }

    public static SparkSession get() {
        return Holder.SPARK;
    }
}
