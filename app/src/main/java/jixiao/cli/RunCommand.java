package jixiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import jixiao.lake.IngestJob;
import jixiao.lake.Lake;
import jixiao.lake.LakeOptions;
import jixiao.site.SiteBuilder;
import jixiao.transform.TransformJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao run}: ingest → transform → site in one Spark session, ending with the site's path. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest documents, compute the gold tables and publish the site, in one go.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    LakeOptions options;

    @Option(names = "--out", defaultValue = "data/site", description = "site folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--reprocess", description = "read unchanged files again (after a reader improved)")
    boolean reprocess;

    /** The bundled samples: three real documents and a small generated corpus (its truth files stay out). */
    static final List<String> SAMPLES = List.of("data/samples/seeds", "data/samples/generated/documents");

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "files and folders to read, as paths or URIs such as hdfs://… (default: data/samples/seeds and data/samples/generated/documents)")
    List<String> inputs = SAMPLES;

    @Override
    public Integer call() {
        Lake l = options.lake();
        SparkSession spark = options.spark("jixiao-run");
        new IngestJob(spark, l, System.err).ingest(inputs, reprocess).print(System.err);
        System.err.println(new TransformJob(spark, l).run().closingLine());
        Path index = new SiteBuilder(spark, l, out).build();
        System.out.println("site: " + index.toAbsolutePath());
        return 0;
    }
}
