package jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells that wrap onto the next printed line in space-aligned exports (PDF text, DOCX text): a line
 * right under a table row whose words all sit in columns where that row has text, with no number
 * among them, is the rest of those cells, not a row of its own.
 */
final class WrappedCells {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d,.]+%?");
    /**
     * Lines that are rows of their own though they fill fewer columns: a figure with its unit (86278亩),
     * an unweighted breakdown (其中…), an empty level heading (经济效益指标).
     */
    private static final Pattern OWN_ROW = Pattern.compile("^[≥≤=<>]*\\d[\\d,.]*\\s*\\S{0,4}$|^其中|^\\S{2,8}指标$");

    private WrappedCells() {
    }

    /** When {@code line} continues the last row, appends it there and says so. */
    static boolean continues(List<Row> rows, Row line) {
        Row previous = rows.get(rows.size() - 1);
        List<Integer> lineCols = nonBlank(line);
        List<Integer> prevCols = nonBlank(previous);
        if (lineCols.isEmpty() || prevCols.size() < 3 || lineCols.size() >= prevCols.size()) return false;
        // 保障审批大厅运行 优 优: a name with its target and the same actual is a row, however short its cells
        if (lineCols.size() >= 3 && repeats(line, lineCols)) return false;
        for (int c : lineCols) {
            String t = line.text(c).strip();
            if (!prevCols.contains(c) || NUMBER.matcher(t).matches() || OWN_ROW.matcher(t).find()) return false;
        }
        List<Cell> merged = new ArrayList<>(previous.cells());
        for (int c : lineCols) {
            Cell p = merged.get(c);
            merged.set(c, new Cell(p.text() + "\n" + line.text(c), p.part(), p.row(), p.col()));
        }
        rows.set(rows.size() - 1, new Row(merged));
        return true;
    }

    private static boolean repeats(Row line, List<Integer> cols) {
        for (int i = 1; i < cols.size(); i++) {
            if (line.text(cols.get(i)).strip().equals(line.text(cols.get(i - 1)).strip())) return true;
        }
        return false;
    }

    private static List<Integer> nonBlank(Row r) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < r.size(); c++) if (!r.cells().get(c).isBlank()) out.add(c);
        return out;
    }
}
