package jixiao.site.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.spark.sql.SparkSession;

import io.delta.kernel.Snapshot;
import io.delta.kernel.exceptions.TableNotFoundException;
import jixiao.lake.Lake;
import jixiao.lake.MissingTableException;
import jixiao.transform.GoldTables;

/**
 * Every table the site shows, collected to the driver once: gold tables are small (a row per form at
 * most), and rendering pages from plain Java values keeps Spark out of the page code.
 */
public final class LakeSnapshot {
    /** What the site reads: the gold tables plus the normalised forms and indicators the form pages redraw. */
    public static final List<String> TABLES = GoldTables.ALL;

    /**
     * Tables the site reads in part: the normalised indicators (seven rows a form, the largest table) only in
     * what the form pages and the reasons page show, 17 of their 30 columns. A page that asks a row for a
     * column left out fails at once ({@link GoldTable#notRead()}). Every other table is read whole.
     */
    static final Map<String, java.util.Set<String>> COLUMNS_READ = Map.of(GoldTables.INDICATORS_NORMALISED, java.util.Set.of(
            "form_id", "indicator_index", "level1", "level2", "name", "target_text", "comparator_printed", "comparator",
            "comparator_inferred", "target_unit", "actual_text", "weight", "score", "recomputed_score", "outcome", "reason",
            "reason_category"));

    private static final int READERS = 4;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LakeSnapshot.class);

    private final Map<String, GoldTable> tables;

    public LakeSnapshot(Map<String, GoldTable> tables) {
        this.tables = Map.copyOf(tables);
    }

    public static LakeSnapshot read(SparkSession spark, Lake lake) {
        // the tables side by side: each is a log to replay and files to read, mostly waiting on the file system
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            KernelTableReader kernel = new KernelTableReader(spark.sparkContext().hadoopConfiguration());
            Map<String, Long> run = lastRun(kernel, lake);
            Map<String, Future<GoldTable>> pending = new LinkedHashMap<>();
            for (String name : TABLES) pending.put(name, pool.submit(() -> readTable(kernel, lake, name, pinned(run, name))));
            Map<String, GoldTable> out = new LinkedHashMap<>();
            for (var e : pending.entrySet()) out.put(e.getKey(), get(e.getValue()));
            return new LakeSnapshot(out);
        } finally {
            pool.shutdownNow();
        }
    }

    private static GoldTable get(Future<GoldTable> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the lake", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    public GoldTable table(String name) {
        GoldTable t = tables.get(name);
        if (t == null) throw new IllegalArgumentException("not in the snapshot: " + name);
        return t;
    }

    /** The gold tables (for downloads), in the order transform writes them. */
    public List<GoldTable> gold() {
        return TABLES.stream().filter(n -> n.startsWith("gold/")).map(this::table).toList();
    }

    public List<GoldTable> all() {
        return TABLES.stream().map(this::table).toList();
    }

    /** {@code pinned}: the version the last finished transform wrote, or null to read the latest. */
    static GoldTable readTable(SparkSession spark, Lake lake, String name, Long pinned) {
        return readTable(new KernelTableReader(spark.sparkContext().hadoopConfiguration()), lake, name, pinned);
    }

    private static GoldTable readTable(KernelTableReader kernel, Lake lake, String name, Long pinned) {
        long t0 = System.nanoTime();
        Snapshot snapshot = snapshot(kernel, lake, name, null);
        if (pinned != null && pinned != snapshot.getVersion()) {
            LOG.warn("site: {} has commits after the last finished transform (version {}, latest {}): a transform "
                    + "stopped or is running; the site shows the last finished one", name, pinned, snapshot.getVersion());
            snapshot = snapshot(kernel, lake, name, pinned);
        }
        KernelTableReader.Read read = kernel.rows(snapshot, COLUMNS_READ.get(name));
        List<List<Object>> rows = read.rows();
        LOG.debug("{}: {} rows, version {}, read in {} ms", name, rows.size(), read.version(), (System.nanoTime() - t0) / 1_000_000);
        return new GoldTable(name, read.version(), String.valueOf(new java.sql.Timestamp(read.committed().toEpochMilli())),
                read.columns(), rows, java.util.Set.copyOf(read.notRead()));
    }

    private static Snapshot snapshot(KernelTableReader kernel, Lake lake, String name, Long version) {
        try {
            return kernel.snapshot(lake.table(name), version);
        } catch (TableNotFoundException e) {
            throw new MissingTableException(name, lake.table(name), "jixiao transform");
        }
    }

    /** Each table the last finished transform wrote, with its version; null for a lake from before runs were recorded. */
    static Map<String, Long> lastRun(SparkSession spark, Lake lake) {
        return lastRun(new KernelTableReader(spark.sparkContext().hadoopConfiguration()), lake);
    }

    private static Map<String, Long> lastRun(KernelTableReader kernel, Lake lake) {
        KernelTableReader.Read read;
        try {
            read = kernel.rows(kernel.snapshot(lake.table(GoldTables.TRANSFORM_RUN), null));
        } catch (TableNotFoundException e) {
            return null;
        }
        int table = read.columns().indexOf("table");
        int version = read.columns().indexOf("version");
        Map<String, Long> run = new java.util.HashMap<>();
        for (List<Object> r : read.rows()) run.put((String) r.get(table), (Long) r.get(version));
        return run;
    }

    /**
     * The version of {@code name} to read: the last finished transform's, so a run killed half-way (some
     * tables new, some old) never shows as a mix; a table that run did not write is a
     * {@link MixedRunsException}.
     */
    static Long pinned(Map<String, Long> run, String name) {
        if (run == null) return null;
        Long v = run.get(name);
        if (v == null) throw new MixedRunsException(name + " was not written by the last finished transform");
        return v;
    }
}
