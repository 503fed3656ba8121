package jixiao.site.download;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.load.GoldTable;
import jixiao.transform.aggregate.RegionSummary;

/**
 * A lake table as the downloads show it: its Chinese sheet name, the columns written (Chinese headers; columns the
 * vocabulary marks {@link ColumnFormat#SKIP} left out) and each cell's shown value and format.
 */
public final class DownloadTable {
    private static final String METRIC = "metric";

    private final GoldTable table;
    private final String title;
    private final List<Column> columns = new ArrayList<>();
    private final int[] source;
    private final int metricIndex;
    private final Map<String, ColumnFormat> metricFormats = new HashMap<>();

    DownloadTable(GoldTable table, ColumnNames names) {
        this.table = table;
        this.title = names.sheet(table.name());
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = names.column(table.name(), table.columns().get(i));
            if (c.format() == ColumnFormat.SKIP) continue;
            columns.add(c);
            kept.add(i);
        }
        this.source = kept.stream().mapToInt(Integer::intValue).toArray();
        this.metricIndex = table.columns().indexOf(METRIC);
        // a metric's values are a rate when the column it summarises is one (execution_rate), points otherwise
        for (RegionSummary.Metric m : RegionSummary.METRICS) {
            ColumnFormat f = names.column(table.name(), m.column()).format();
            metricFormats.put(m.id(), f == ColumnFormat.RATE ? ColumnFormat.RATE : ColumnFormat.NUMBER);
        }
    }

    public static DownloadTable of(GoldTable table) {
        return new DownloadTable(table, ColumnNames.get());
    }

    public GoldTable table() {
        return table;
    }

    /** The lake's table name, e.g. {@code gold/findings}. */
    public String name() {
        return table.name();
    }

    /** The Chinese sheet name, e.g. {@code 问题清单}. */
    public String title() {
        return title;
    }

    /** The columns written, in order. */
    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public int rowCount() {
        return table.rows().size();
    }

    /** The format of a written column in a row (a {@link ColumnFormat#METRIC} column's depends on the row's metric). */
    public ColumnFormat format(List<Object> row, int column) {
        ColumnFormat f = columns.get(column).format();
        if (f != ColumnFormat.METRIC) return f;
        Object metric = metricIndex < 0 ? null : row.get(metricIndex);
        return metricFormats.getOrDefault(String.valueOf(metric), ColumnFormat.NUMBER);
    }

    /** The shown value of a written column in a lake row: see {@link ColumnFormat#shown}. */
    public Object shown(List<Object> row, int column) {
        return format(row, column).shown(row.get(source[column]));
    }
}
