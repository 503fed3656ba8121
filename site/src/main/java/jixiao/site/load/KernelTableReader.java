package jixiao.site.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;

import io.delta.kernel.Scan;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.MapValue;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.internal.util.Utils;
import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.ByteType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DecimalType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.FloatType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.MapType;
import io.delta.kernel.types.ShortType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.TimestampNTZType;
import io.delta.kernel.types.TimestampType;

/**
 * One version of a Delta table read whole on the driver with Delta Kernel: the log replayed and the
 * Parquet files read in this process, through the Hadoop file system of the lake (any URI). The site
 * reads gold tables whole; through Spark each cost a log-replay job and a collect job, more than
 * their rows. Values come out as plain Java: strings, boxed numbers, {@link Instant}, {@link LocalDate},
 * lists and maps with string keys (sorted).
 */
final class KernelTableReader {
    private final Engine engine;

    KernelTableReader(Configuration hadoop) {
        this.engine = DefaultEngine.create(hadoop);
    }

    /** A table's version as read: its commit time, columns in order, rows and the columns left unread. */
    record Read(long version, Instant committed, List<String> columns, List<List<Object>> rows, List<String> notRead) {
    }

    /** The table's latest version ({@code version} null) or that version; {@link TableNotFoundException} when there is no table. */
    Snapshot snapshot(String location, Long version) {
        Table table = Table.forPath(engine, location);
        return version == null ? table.getLatestSnapshot(engine) : table.getSnapshotAsOfVersion(engine, version);
    }

    /** Every row of the snapshot. */
    Read rows(Snapshot snapshot) {
        return rows(snapshot, null);
    }

    /** Every row of the snapshot, in {@code only} of its columns (in the table's order), or all when null. */
    Read rows(Snapshot snapshot, java.util.Set<String> only) {
        List<StructField> fields = snapshot.getSchema().fields().stream()
                .filter(f -> only == null || only.contains(f.getName())).toList();
        List<String> columns = fields.stream().map(StructField::getName).toList();
        List<String> left = snapshot.getSchema().fields().stream().map(StructField::getName)
                .filter(c -> !columns.contains(c)).toList();
        Scan scan = snapshot.getScanBuilder().withReadSchema(new io.delta.kernel.types.StructType(fields)).build();
        Row scanState = scan.getScanState(engine);
        FlatRows rows = new FlatRows(fields.size());
        // one object for each distinct text or number of the table: ids, places, rule ids, units, weights and
        // scores repeat on millions of rows, and held once each they take a fraction of the heap (the map goes
        // once the table is read)
        Map<Object, Object> distinct = new HashMap<>();
        try (var files = scan.getScanFiles(engine)) {
            while (files.hasNext()) {
                FilteredColumnarBatch batch = files.next();
                try (var scanFiles = batch.getRows()) {
                    while (scanFiles.hasNext()) readFile(scanState, scanFiles.next(), fields.size(), rows, distinct);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Delta table at " + snapshot.getPath(), e);
        }
        return new Read(snapshot.getVersion(), Instant.ofEpochMilli(snapshot.getTimestamp(engine)), columns, rows.trimmed(), left);
    }

    private void readFile(Row scanState, Row scanFile, int width, FlatRows out, Map<Object, Object> distinct)
            throws IOException {
        var physical = engine.getParquetHandler().readParquetFiles(
                Utils.singletonCloseableIterator(InternalScanFileUtils.getAddFileStatus(scanFile)),
                ScanStateRow.getPhysicalDataReadSchema(scanState), Optional.empty()).map(r -> r.getData());
        try (var logical = Scan.transformPhysicalData(engine, scanState, scanFile, physical)) {
            while (logical.hasNext()) addRows(logical.next(), width, out, distinct);
        }
    }

    private static void addRows(FilteredColumnarBatch filtered, int width, FlatRows out, Map<Object, Object> distinct) {
        ColumnarBatch data = filtered.getData();
        Optional<ColumnVector> selected = filtered.getSelectionVector();
        for (int i = 0; i < data.getSize(); i++) {
            // rows a deletion vector removed are unselected
            if (selected.isPresent() && (selected.get().isNullAt(i) || !selected.get().getBoolean(i))) continue;
            int row = out.append();
            for (int c = 0; c < width; c++) out.set(row, c, value(data.getColumnVector(c), i, distinct));
        }
    }

    static Object value(ColumnVector v, int i, Map<Object, Object> distinct) {
        if (v.isNullAt(i)) return null;
        DataType t = v.getDataType();
        if (t instanceof StringType) return distinct.computeIfAbsent(v.getString(i), x -> x);
        if (t instanceof LongType) return distinct.computeIfAbsent(v.getLong(i), x -> x);
        if (t instanceof IntegerType) return distinct.computeIfAbsent(v.getInt(i), x -> x);
        if (t instanceof DoubleType) return distinct.computeIfAbsent(v.getDouble(i), x -> x);
        if (t instanceof BooleanType) return v.getBoolean(i);
        if (t instanceof FloatType) return (double) v.getFloat(i);
        if (t instanceof ShortType) return (int) v.getShort(i);
        if (t instanceof ByteType) return v.getByte(i);
        if (t instanceof DecimalType) return v.getDecimal(i).doubleValue();
        if (t instanceof DateType) return LocalDate.ofEpochDay(v.getInt(i));
        if (t instanceof TimestampType || t instanceof TimestampNTZType) {
            long micros = v.getLong(i);
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        }
        if (t instanceof ArrayType) {
            var a = v.getArray(i);
            List<Object> out = new ArrayList<>(a.getSize());
            for (int k = 0; k < a.getSize(); k++) out.add(value(a.getElements(), k, distinct));
            return out;
        }
        if (t instanceof MapType) {
            MapValue m = v.getMap(i);
            Map<String, Object> out = new HashMap<>();
            for (int k = 0; k < m.getSize(); k++) out.put(String.valueOf(value(m.getKeys(), k, distinct)), value(m.getValues(), k, distinct));
            return SortedMapValue.of(out);
        }
        throw new IllegalArgumentException("a column of type " + t + " is not read by the site");
    }
}
