package jixiao.read;

import java.util.List;

/**
 * A document as every reader gives it to the recogniser: rows of cells with their positions.
 * Text, sheets, tables and pages all become this, so one recogniser serves every format.
 */
public record Grid(String source, List<Row> rows) {
    public Grid {
        rows = List.copyOf(rows);
    }
}
