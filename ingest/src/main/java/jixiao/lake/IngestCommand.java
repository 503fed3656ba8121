package jixiao.lake;

import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao ingest [--lake URI] PATH...}: documents into the Delta lake's bronze and silver tables. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read evaluation forms from files and folders into the Delta lake (bronze and silver).")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    LakeOptions options;

    @Option(names = "--reprocess", description = "read unchanged files again (after a reader improved)")
    boolean reprocess;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and folders to read, as paths or URIs (hdfs://…, s3a://…)")
    List<String> inputs;

    @Override
    public Integer call() {
        SparkSession spark = options.spark("jixiao-ingest");
        IngestSummary s = new IngestJob(spark, options.lake(), System.err).ingest(inputs, reprocess);
        s.print(System.err);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestCommand()).execute(args));
    }
}
