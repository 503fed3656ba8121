package jixiao.read;

/**
 * One cell of a grid: its text (NFKC-normalised, trimmed, never null) and where it was printed.
 * {@code row} is the line (text) or row (sheet, table, page) in {@code part}; {@code col} is 0-based.
 */
public record Cell(String text, String part, int row, int col) {
    public Cell {
        text = text == null ? "" : text;
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    /** Where the cell is, for messages: "line 12, col 3" or "sheet 表1, row 5, col 2". */
    public String place() {
        String where = part == null || part.isEmpty() ? "line " + row : part + ", row " + row;
        return where + ", col " + (col + 1);
    }
}
