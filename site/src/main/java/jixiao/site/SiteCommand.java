package jixiao.site;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import jixiao.lake.LakeOptions;
import jixiao.lake.MissingTableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jixiao site [--lake URI] [--master URL] [--out DIR]}: gold tables to a static HTML site. */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Publish the gold tables as a static HTML site (charts as SVG and PNG), viewable from file://.")
public final class SiteCommand implements Callable<Integer> {
    @Mixin
    LakeOptions options;

    static final String DEFAULT_OUT = "data/site";

    @Option(names = {"-o", "--out"}, defaultValue = DEFAULT_OUT, paramLabel = "DIR",
            description = "folder to write the site into (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        SparkSession spark = options.spark("jixiao-site");
        try {
            Path index = new SiteBuilder(spark, options.lake(), out).build();
            System.out.println(index.toAbsolutePath().normalize());
            return 0;
        } catch (MissingTableException e) {
            System.err.println("site: " + e.getMessage());
            return 1;
        }
    }

    public static void main(String[] args) {
        // charts are drawn off screen; without this a desktop JVM may try to reach a display
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new SiteCommand()).execute(args));
    }
}
