package jixiao.lake;

import org.apache.spark.sql.SparkSession;

import jixiao.spark.SparkSessions;
import picocli.CommandLine.Option;

/** The options every stage on the lake shares ({@code --lake}, {@code --master}), as a picocli mixin. */
public final class LakeOptions {
    @Option(names = "--lake", defaultValue = Lake.DEFAULT_ROOT, paramLabel = "URI",
            description = "lake root: a folder or a URI such as hdfs://... (default: ${DEFAULT-VALUE})")
    String lake;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when spark-submit does not set one (default: " + SparkSessions.DEFAULT_MASTER + ")")
    String master;

    public Lake lake() {
        return new Lake(lake);
    }

    public SparkSession spark(String appName) {
        return SparkSessions.getOrCreate(appName, master);
    }
}
