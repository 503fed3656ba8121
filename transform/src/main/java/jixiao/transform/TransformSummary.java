package jixiao.transform;

import java.util.List;
import java.util.Locale;

/** What a transform run wrote: each table with its row count, the forms it read, and how long it took. */
public record TransformSummary(long forms, List<TableCount> tables, double seconds) {
    public TransformSummary {
        tables = List.copyOf(tables);
    }

    public long rows(String table) {
        return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableCount::rows).sum();
    }

    /** e.g. {@code transform: 19 forms, 245 findings → 16 tables in 21.4 s (0.9 forms/s)} */
    public String closingLine() {
        return String.format(Locale.ROOT, "transform: %,d forms, %,d findings → %d tables in %.1f s (%.1f forms/s)",
                forms, rows(GoldTables.FINDINGS), tables.size(), seconds, forms / Math.max(seconds, 1e-9));
    }

    /** One line per table: its name and rows. */
    public String report() {
        StringBuilder b = new StringBuilder();
        for (TableCount t : tables) b.append(String.format(Locale.ROOT, "  %-36s %,10d rows%n", t.table(), t.rows()));
        return b.toString();
    }
}
