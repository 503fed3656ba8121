package jixiao.data.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link Table} row by row; short rows are padded, so every row has the same width. */
final class TableBuilder {
    private final int width;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();

    TableBuilder(int width) {
        this.width = width;
    }

    int row(String... cells) {
        String[] r = new String[width];
        Arrays.fill(r, "");
        for (int i = 0; i < cells.length && i < width; i++) r[i] = cells[i] == null ? "" : cells[i];
        rows.add(List.of(r));
        return rows.size() - 1;
    }

    /** Merges columns {@code from..to} of row {@code r} (a label or a value spanning columns). */
    void span(int r, int from, int to) {
        if (to > from) merges.add(new Merge(r, from, r, to));
    }

    /** Merges rows {@code from..to} of column {@code c} (a heading over the rows below it). */
    void down(int c, int from, int to) {
        if (to > from) merges.add(new Merge(from, c, to, c));
    }

    /** Empties a cell that a merge above it covers (only the region's top-left cell shows text). */
    void clear(int r, int c) {
        List<String> row = new ArrayList<>(rows.get(r));
        row.set(c, "");
        rows.set(r, List.copyOf(row));
    }

    int size() {
        return rows.size();
    }

    Table build() {
        return new Table(rows, merges);
    }
}
