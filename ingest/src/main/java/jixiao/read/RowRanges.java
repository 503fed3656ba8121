package jixiao.read;

import java.util.ArrayList;
import java.util.List;

/** Row numbers for notes: 5, 6, 7, 9 → "rows 5-7, 9"; one row → "row 5". */
final class RowRanges {
    private RowRanges() {
    }

    static String describe(List<Integer> sortedRows) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sortedRows.size()) {
            int from = sortedRows.get(i);
            int to = from;
            while (i + 1 < sortedRows.size() && sortedRows.get(i + 1) == to + 1) to = sortedRows.get(++i);
            parts.add(from == to ? String.valueOf(from) : from + "-" + to);
            i++;
        }
        return (sortedRows.size() == 1 ? "row " : "rows ") + String.join(", ", parts);
    }
}
