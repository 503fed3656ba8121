package jixiao.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.SparkSession;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jixiao.lake.Lake;
import jixiao.transform.ExecutionRateDistribution;

/**
 * Gold → static site: reads the gold tables, draws the charts, renders the pages, copies the assets.
 * Every link is relative, nothing is fetched from elsewhere: the folder works from file:// as it is.
 */
public final class SiteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(SiteBuilder.class);

    private final SparkSession spark;
    private final Lake lake;
    private final Path outDir;
    private final Clock clock;

    public SiteBuilder(SparkSession spark, Lake lake, Path outDir) {
        this(spark, lake, outDir, Clock.systemDefaultZone());
    }

    /** With the clock that dates the pages (tests pin it for byte-stable output). */
    public SiteBuilder(SparkSession spark, Lake lake, Path outDir, Clock clock) {
        this.spark = spark;
        this.lake = lake;
        this.outDir = outDir;
        this.clock = clock;
    }

    /**
     * @return the written index.html
     * @throws jixiao.transform.MissingTableException when the gold tables are not there yet
     */
    public Path build() {
        long started = System.nanoTime();
        GoldTables gold = new GoldTables(spark, lake);
        List<DistributionRow> rates = gold.executionRates();
        long version = gold.version(ExecutionRateDistribution.TABLE);
        try {
            writeCharts(rates);
            SiteAssets.copyTo(outDir);
            Path index = write(OverviewPage.FILE, new PageRenderer().render(OverviewPage.TEMPLATE,
                    OverviewPage.variables(rates, version, LocalDate.now(clock))));
            LOG.info("site: {} rows of {} (version {}) published to {} in {} s", rates.size(),
                    ExecutionRateDistribution.TABLE, version, outDir, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + outDir, e);
        }
    }

    private void writeCharts(List<DistributionRow> rates) throws IOException {
        JFreeChart chart = ExecutionRateChart.create(rates, ChineseFont.family());
        int height = ExecutionRateChart.height(rates);
        Files.createDirectories(outDir.resolve(OverviewPage.CHART_SVG).getParent());
        ChartFiles.svg(chart, ExecutionRateChart.WIDTH, height, outDir.resolve(OverviewPage.CHART_SVG));
        ChartFiles.png(chart, ExecutionRateChart.WIDTH, height, outDir.resolve(OverviewPage.CHART_PNG));
    }

    private Path write(String name, String content) throws IOException {
        Path file = outDir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
