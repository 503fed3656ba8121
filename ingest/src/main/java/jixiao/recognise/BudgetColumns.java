package jixiao.recognise;

import java.util.ArrayList;
import java.util.List;

import jixiao.read.Row;

/** Where the budget block's columns sit, read from its heading row; -1 when absent. */
record BudgetColumns(int initial, int adjusted, int executed, int rate, int weight, int score, int reason) {

    static boolean isHeader(Row row) {
        int found = 0;
        for (List<String> v : List.of(Vocabulary.BUDGET_INITIAL, Vocabulary.BUDGET_ADJUSTED, Vocabulary.EXECUTED, Vocabulary.RATE)) {
            if (Headings.column(row, v) >= 0) found++;
        }
        return found >= 2 && !IndicatorColumns.isHeader(row);
    }

    static BudgetColumns of(Row printed) {
        Row row = JoinedHeadings.split(printed);
        int reason = -1;
        for (int i = 0; i < row.size(); i++) if (Vocabulary.key(row.text(i)).contains("原因")) reason = i;
        return new BudgetColumns(
                Headings.column(row, Vocabulary.BUDGET_INITIAL),
                Headings.column(row, Vocabulary.BUDGET_ADJUSTED),
                Headings.column(row, Vocabulary.EXECUTED),
                Headings.column(row, Vocabulary.RATE),
                Headings.column(row, Vocabulary.WEIGHT),
                Headings.column(row, Vocabulary.SCORE),
                reason);
    }

    /** The mapped value columns in printed order (for reading a row whose cells have shifted). */
    List<int[]> inOrder() {
        List<int[]> out = new ArrayList<>();
        int[][] all = {{0, initial}, {1, adjusted}, {2, executed}, {3, rate}, {4, weight}, {5, score}};
        for (int[] a : all) if (a[1] >= 0) out.add(a);
        out.sort((x, y) -> Integer.compare(x[1], y[1]));
        return out;
    }
}
