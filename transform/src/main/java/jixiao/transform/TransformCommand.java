package jixiao.transform;

import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import jixiao.lake.LakeOptions;
import jixiao.lake.MissingTableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jixiao transform [--lake URI] [--master URL]}: silver tables to gold tables. */
@Command(name = "transform", mixinStandardHelpOptions = true,
        description = "Re-check every form and compute the gold tables (findings, score recheck, execution rates, deduction reasons, indicator quality, lineage, region summary) from the lake's silver tables.")
public final class TransformCommand implements Callable<Integer> {
    @Mixin
    LakeOptions options;

    @Override
    public Integer call() {
        SparkSession spark = options.spark("jixiao-transform");
        try {
            TransformSummary summary = new TransformJob(spark, options.lake()).run();
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
