package jixiao.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jixiao.lake.Lake;
import jixiao.site.build.PageRenderer;
import jixiao.site.build.SiteWriter;
import jixiao.site.build.StagedSite;
import jixiao.site.load.GoldTable;
import jixiao.site.load.LakeSnapshot;
import jixiao.site.model.Links;
import jixiao.site.model.SiteModel;
import jixiao.site.page.BriefingPages;
import jixiao.site.page.ComparePage;
import jixiao.site.page.DepartmentPages;
import jixiao.site.page.DownloadsPage;
import jixiao.site.page.ExecutionPage;
import jixiao.site.page.FindingsPage;
import jixiao.site.page.FormPages;
import jixiao.site.page.MethodPage;
import jixiao.site.page.OverviewPage;
import jixiao.site.page.PageSet;
import jixiao.site.page.QualityPage;
import jixiao.site.page.ReasonsPage;
import jixiao.site.page.RegionPages;
import jixiao.site.page.RegionsPage;
import jixiao.site.page.SearchPage;
import jixiao.transform.GoldTables;

/**
 * Gold → static site: reads the lake once, then each page set renders its pages and charts through one
 * {@link SiteWriter}, which skips what has not changed since the last build. Every link is relative and
 * nothing is fetched from elsewhere: the folder works from file:// or any web server's sub-path.
 */
public final class SiteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(SiteBuilder.class);
    /** The table whose version stamps the pages: the per-form recheck, rewritten by every transform run. */
    /** What every page's stamp prints: the data's cut-off, its version (run number) and the files behind it. */
    static final String STAMP_TABLE = GoldTables.INTAKE;

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

    /** The page sets, in the order they are written. */
    static List<PageSet> pages() {
        // the downloads first: the workbook is the longest single task, the rest fills the other cores
        return List.of(new DownloadsPage(), new FormPages(), new OverviewPage(), new ExecutionPage(), new ReasonsPage(),
                new QualityPage(), new RegionsPage(), new RegionPages(), new DepartmentPages(), new BriefingPages(),
                new FindingsPage(), new SearchPage(), new MethodPage(), new ComparePage());
    }

    /**
     * @return the written index.html
     * @throws jixiao.lake.MissingTableException when the gold tables are not there yet
     */
    public Path build() {
        long started = System.nanoTime();
        LakeSnapshot snapshot = LakeSnapshot.read(spark, lake);
        long read = System.nanoTime();
        return build(snapshot, started, read);
    }

    /** Builds from tables already in memory (the benchmark and the notebooks can hand them in). */
    public Path build(LakeSnapshot snapshot) {
        long now = System.nanoTime();
        return build(snapshot, now, now);
    }

    private Path build(LakeSnapshot snapshot, long started, long read) {
        SiteModel model = new SiteModel(snapshot);
        // built beside the published folder and swapped in whole: readers never see half a site
        StagedSite staged = StagedSite.open(outDir);
        try {
            SiteWriter out = new SiteWriter(staged.dir(), new PageRenderer(), stamp(snapshot.table(STAMP_TABLE)));
            try {
                SiteAssets.copyTo(staged.dir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the site's assets to " + staged.dir(), e);
            }
            pages().parallelStream().forEach(p -> {
                long t = System.nanoTime();
                p.write(model, out);
                LOG.debug("site: {} in {} s", p.getClass().getSimpleName(), seconds(System.nanoTime() - t));
            });
            SiteWriter.Counts counts = out.finish();
            staged.publish();
            LOG.info("site: {} forms; {} files drawn, {} unchanged, {} removed; lake read in {} s, site in {} s → {}",
                    model.forms().size(), counts.rendered(), counts.kept(), counts.removed(), seconds(read - started),
                    seconds(System.nanoTime() - read), outDir);
            lastCounts = counts;
        } catch (RuntimeException | Error e) {
            staged.abandon();
            throw e;
        }
        return outDir.resolve(Links.INDEX);
    }

    private volatile SiteWriter.Counts lastCounts;

    /** What the last build drew and kept (for the command's report and the incremental-build test). */
    public SiteWriter.Counts lastCounts() {
        return lastCounts;
    }

    private Map<String, Object> stamp(GoldTable intake) {
        Map<String, Object> row = intake.records().isEmpty() ? Map.of() : intake.records().get(0);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("run", row.getOrDefault("run", 1L));
        Object latest = row.get("latest_ingest");
        String day = latest == null ? "—" : String.valueOf(latest); // a timestamp's text starts with its date
        s.put("asOf", day.length() > 10 ? day.substring(0, 10) : day);
        for (String k : List.of("files", "read", "partial", "rejected")) s.put(k, row.getOrDefault(k, 0L));
        s.put("built", java.time.LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().replace('T', ' '));
        return s;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
