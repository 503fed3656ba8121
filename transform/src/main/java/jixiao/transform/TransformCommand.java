package jixiao.transform;

import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import jixiao.lake.Lake;
import jixiao.spark.SparkSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao transform [--lake URI] [--master URL]}: silver tables to gold tables. */
@Command(name = "transform", mixinStandardHelpOptions = true,
        description = "Re-check every form and compute the gold tables (findings, score recheck, execution rates, deduction reasons, indicator quality, lineage, region summary) from the lake's silver tables.")
public final class TransformCommand implements Callable<Integer> {
    @Option(names = "--lake", defaultValue = Lake.DEFAULT_ROOT, paramLabel = "URI",
            description = "lake root: a folder or a URI such as hdfs://... (default: ${DEFAULT-VALUE})")
    String lake;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when spark-submit does not set one (default: " + SparkSessions.DEFAULT_MASTER + ")")
    String master;

    @Override
    public Integer call() {
        SparkSession spark = SparkSessions.getOrCreate("jixiao-transform", master);
        try {
            TransformSummary summary = new TransformJob(spark, new Lake(lake)).run();
            System.out.print(summary.report());
            System.out.println(summary.closingLine());
            return 0;
        } catch (MissingTableException e) {
            System.err.println("transform: " + e.getMessage());
            return 1;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new TransformCommand()).execute(args));
    }
}
