package jixiao.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.apache.spark.sql.SparkSession;

/** The one local Spark session of this test JVM: starting Spark costs seconds, so every test class shares it. */
public final class LocalSpark {
    private LocalSpark() {
    }

    public static SparkSession get() {
        return Holder.SPARK;
    }

    private static final class Holder {
        static final SparkSession SPARK = start();

        private static SparkSession start() {
            try {
                return SparkSession.builder().appName("jixiao-test").master("local[2]")
                        .config("spark.sql.shuffle.partitions", "2")
                        .config("spark.ui.enabled", "false")
                        .config("spark.sql.session.timeZone", "UTC")
                        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                        .config("spark.sql.warehouse.dir", Files.createTempDirectory("jixiao-warehouse").toUri().toString())
                        .getOrCreate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
