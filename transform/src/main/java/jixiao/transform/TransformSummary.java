package jixiao.transform;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a transform run wrote: each gold table with its row count, and how long it took. */
public record TransformSummary(List<TableCount> tables, double seconds) {
    public TransformSummary {
        tables = List.copyOf(tables);
    }

    public long rows(String table) {
        return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableCount::rows).sum();
    }

    /** e.g. {@code transform: gold/execution_rate_distribution 12 rows in 3.4 s} */
    public String closingLine() {
        String written = tables.stream().map(t -> t.table() + " " + t.rows() + " rows").collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "transform: %s in %.1f s", written, seconds);
    }
}
