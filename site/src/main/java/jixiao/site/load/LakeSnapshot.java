package jixiao.site.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import io.delta.tables.DeltaTable;
import jixiao.lake.Lake;
import jixiao.lake.LakeReader;
import jixiao.transform.GoldTables;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Every table the site shows, collected to the driver once: gold tables are small (a row per form at
 * most), and rendering pages from plain Java values keeps Spark out of the page code.
 */
public final class LakeSnapshot {
    /** What the site reads: the gold tables plus the normalised forms and indicators the form pages redraw. */
    public static final List<String> TABLES = GoldTables.ALL;

    private static final int READERS = 4;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LakeSnapshot.class);

    private final Map<String, GoldTable> tables;

    public LakeSnapshot(Map<String, GoldTable> tables) {
        this.tables = Map.copyOf(tables);
    }

    public static LakeSnapshot read(SparkSession spark, Lake lake) {
        // one Spark job per table and a Delta log to replay for each: read them side by side
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            Map<String, Long> run = lastRun(spark, lake);
            Map<String, Future<GoldTable>> pending = new LinkedHashMap<>();
            for (String name : TABLES) pending.put(name, pool.submit(() -> readTable(spark, lake, name, pinned(run, name))));
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
        long t0 = System.nanoTime();
        LakeReader reader = new LakeReader(spark, lake);
        DeltaTable delta = reader.delta(name, "jixiao transform");
        LakeReader.Commit last = reader.latest(name);
        long latest = last.version();
        Object ts = new java.sql.Timestamp(last.at().toEpochMilli());
        long version = latest;
        if (pinned != null && pinned != latest) {
            LOG.warn("site: {} has commits after the last finished transform (version {}, latest {}): a transform "
                    + "stopped or is running; the site shows the last finished one", name, pinned, latest);
            version = pinned;
            ts = delta.history().where("version = " + pinned).select("timestamp").head().get(0);
        }
        long t1 = System.nanoTime();
        // the version just named, whatever a transform writes meanwhile
        var df = spark.read().format("delta").option("versionAsOf", version).load(lake.table(name));
        List<String> columns = List.of(df.columns());
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : df.collectAsList()) {
            List<Object> values = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) values.add(plain(r.get(i)));
            rows.add(values);
        }
        LOG.debug("{}: {} rows, version {}, read in {} ms (history {} ms, rows {} ms)", name, rows.size(), version,
                (System.nanoTime() - t0) / 1_000_000, (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return new GoldTable(name, version, String.valueOf(ts), columns, rows);
    }

    /** Each table the last finished transform wrote, with its version; null for a lake from before runs were recorded. */
    static Map<String, Long> lastRun(SparkSession spark, Lake lake) {
        if (!new LakeReader(spark, lake).exists(GoldTables.TRANSFORM_RUN)) return null;
        Map<String, Long> run = new java.util.HashMap<>();
        for (Row r : spark.read().format("delta").load(lake.table(GoldTables.TRANSFORM_RUN)).select("table", "version").collectAsList()) {
            run.put(r.getString(0), r.getLong(1));
        }
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

    /** Spark's values as plain Java ones (Scala maps and sequences, SQL dates and timestamps). */
    static Object plain(Object v) {
        if (v instanceof scala.collection.Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            CollectionConverters.asJava(m).forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        if (v instanceof scala.collection.Seq<?> s) return CollectionConverters.asJava(s).stream().map(LakeSnapshot::plain).toList();
        if (v instanceof java.sql.Date d) return d.toLocalDate();
        if (v instanceof java.sql.Timestamp t) return t.toInstant();
        if (v instanceof java.math.BigDecimal b) return b.doubleValue();
        if (v instanceof Float f) return f.doubleValue();
        if (v instanceof Short s) return s.intValue();
        return v;
    }
}
