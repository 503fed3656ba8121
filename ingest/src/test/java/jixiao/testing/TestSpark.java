package jixiao.testing;

import org.apache.spark.sql.SparkSession;

import jixiao.spark.SparkSessions;

/** One local Spark session per test JVM, shared by every test class (starting Spark takes seconds). */
public final class TestSpark {
    private TestSpark() {
    }

    private static final class Holder {
        static final SparkSession SPARK = create();

        private static SparkSession create() {
            System.setProperty("spark.sql.shuffle.partitions", "2");
            return SparkSessions.getOrCreate("jixiao-test", "local[2]");
        }
    }

    public static SparkSession get() {
        return Holder.SPARK;
    }
}
