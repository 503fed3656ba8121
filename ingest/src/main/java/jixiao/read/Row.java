package jixiao.read;

import java.util.ArrayList;
import java.util.List;

/** One row of a grid: cells in column order, blank cells included so columns stay aligned. */
public record Row(List<Cell> cells) {
    public Row {
        cells = List.copyOf(cells);
        ReadBudget.spend(cells.size()); // every reader makes rows: the one place a file's cost is counted
    }

    public int size() {
        return cells.size();
    }

    /** The cell's text at a column, "" when the row is shorter. */
    public String text(int col) {
        return col >= 0 && col < cells.size() ? cells.get(col).text() : "";
    }

    public List<String> nonBlankTexts() {
        List<String> out = new ArrayList<>();
        for (Cell c : cells) {
            if (!c.isBlank()) out.add(c.text());
        }
        return out;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }

    /** Where the row starts, for messages. */
    public String place() {
        if (cells.isEmpty()) return "?";
        Cell first = cells.get(0);
        return first.part() == null || first.part().isEmpty() ? "line " + first.row()
                : first.part() + ", row " + first.row();
    }
}
