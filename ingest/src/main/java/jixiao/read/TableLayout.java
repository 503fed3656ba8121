package jixiao.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jixiao.model.RejectReason;

/**
 * Lays word-processor table rows out on the table's grid columns, so a column means the same thing
 * in every row, and gives a merged cell's text to every grid position it covers: a cell spanning
 * columns repeats its text in each, a vertically merged cell's text carries into the rows it spans.
 * The recogniser expects this (a heading printed once in a merged cell still heads every row it
 * covers, and a merged title repeats across the row).
 */
final class TableLayout {
    /** Word allows 63 columns; a grid far wider is a damaged or hostile file, not a form. */
    static final int MAX_COLUMNS = 1024;

    private TableLayout() {
    }

    /**
     * One array of texts per row, all as wide as the grid (or as the widest row, when a row overruns
     * the grid); {@code source} and {@code tableNo} name the table in a reject.
     */
    static List<String[]> resolve(List<List<PlacedCell>> rows, int gridWidth, String source, int tableNo)
            throws UnreadableInput {
        int width = Math.max(gridWidth, rows.stream()
                .mapToInt(r -> r.stream().mapToInt(c -> c.col() + c.span()).max().orElse(0))
                .max().orElse(0));
        if (width > MAX_COLUMNS) {
            throw new UnreadableInput(RejectReason.CORRUPT, "table " + tableNo, source + ": table " + tableNo
                    + " is " + width + " grid columns wide (Word allows 63): the table is damaged");
        }
        List<String[]> out = new ArrayList<>(rows.size());
        String[] above = null;
        for (List<PlacedCell> row : rows) {
            String[] texts = new String[width];
            Arrays.fill(texts, "");
            for (PlacedCell c : row) {
                for (int k = 0; k < c.span(); k++) {
                    int col = c.col() + k;
                    texts[col] = c.continuesAbove() ? carried(above, col, c.text()) : c.text();
                }
            }
            out.add(texts);
            above = texts;
        }
        return out;
    }

    /** The text above in the same grid column; a continue cell with nothing above it keeps its own. */
    private static String carried(String[] above, int col, String own) {
        String up = above != null && col < above.length ? above[col] : "";
        return up.isEmpty() ? own : up;
    }
}
