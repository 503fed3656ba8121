package jixiao.read;

import java.util.List;

/**
 * A document (or one sheet, or one page run) as every reader gives it to the recogniser: rows of
 * cells with their positions. Text, sheets, tables and pages all become this, so one recogniser
 * serves every format. {@code notes} say what a reader saw but the grid cannot show (hidden sheets
 * and rows, nested tables flattened), and end up in the document's bronze row.
 */
public record Grid(String source, List<Row> rows, List<String> notes) {
    public Grid {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public Grid(String source, List<Row> rows) {
        this(source, rows, List.of());
    }
}
