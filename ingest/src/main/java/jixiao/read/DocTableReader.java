package jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import jixiao.model.RejectReason;

/**
 * Reads one top-level .doc table onto grid columns. A .doc stores no column grid, only each cell's
 * left edge and width, so the grid is the table's distinct cell edges: a cell spans the columns
 * between its edges, as a gridSpan would in a .docx. Vertically merged continue cells show the
 * text they continue; a nested table is flattened into its cell and noted. When HWPF gives cells
 * without width or overlapping each other, its rows cannot be trusted and the table is refused.
 */
final class DocTableReader {
    /** Edges this close (in twips, 1/1440 inch, about 0.5 mm) are one column boundary drawn unevenly. */
    private static final int EDGE_TOLERANCE = 30;

    private DocTableReader() {
    }

    static List<String[]> read(String source, Table table, int tableNo, Consumer<String> notes) throws UnreadableInput {
        int level = table.getTableLevel();
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) rows.add(table.getRow(r));
        int[] edges = edges(source, rows, tableNo);

        List<List<PlacedCell>> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            List<PlacedCell> cells = new ArrayList<>();
            boolean nested = false;
            int nextFree = 0;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int start = Math.max(nextFree, column(edges, cell.getLeftEdge()));
                int end = Math.max(start + 1, column(edges, cell.getLeftEdge() + cell.getWidth()));
                nextFree = end;
                if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                    // Word 95-style horizontal merge: the continue cell widens the cell to its left
                    PlacedCell left = cells.remove(cells.size() - 1);
                    cells.add(new PlacedCell(left.col(), end - left.col(), left.text(), left.continuesAbove()));
                    continue;
                }
                CellContent content = content(cell, level);
                nested |= content.nested();
                boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                cells.add(new PlacedCell(start, end - start, content.text(), continues));
            }
            placed.add(cells);
            if (nested) notes.accept("table " + tableNo + " row " + (r + 1) + ": nested table flattened");
        }
        return TableLayout.resolve(placed, edges.length - 1, source, tableNo);
    }

    /** The table's column boundaries: every cell edge, near-equal edges merged. */
    private static int[] edges(String source, List<TableRow> rows, int tableNo) throws UnreadableInput {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            int right = 0;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.getWidth() <= 0 || (c > 0 && cell.getLeftEdge() < right - EDGE_TOLERANCE)) {
                    throw new UnreadableInput(RejectReason.UNSUPPORTED_FORMAT, "table " + tableNo + ", row " + (r + 1),
                            source + ": table " + tableNo + " row " + (r + 1) + " cell " + (c + 1)
                                    + ": the .doc reader cannot place this cell (no width, or overlapping its neighbour);"
                                    + " save the file as .docx to read it");
                }
                right = cell.getLeftEdge() + cell.getWidth();
                all.add(cell.getLeftEdge());
                all.add(right);
            }
        }
        List<Integer> merged = new ArrayList<>();
        for (int e : all) {
            if (merged.isEmpty() || e - merged.get(merged.size() - 1) > EDGE_TOLERANCE) merged.add(e);
        }
        return merged.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the boundary nearest to an edge. */
    private static int column(int[] edges, int edge) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - edge) < Math.abs(edges[best] - edge)) best = i;
        }
        return best;
    }

    private record CellContent(String text, boolean nested) {
    }

    /** The cell's paragraphs on separate lines; paragraphs of a nested table as one line per nested row. */
    private static CellContent content(TableCell cell, int level) {
        List<String> lines = new ArrayList<>();
        StringBuilder nestedRow = new StringBuilder();
        boolean nested = false;
        for (int i = 0; i < cell.numParagraphs(); i++) {
            Paragraph p = cell.getParagraph(i);
            if (p.getTableLevel() > level) {
                nested = true;
                if (p.isTableRowEnd() && p.getTableLevel() == level + 1) {
                    flush(nestedRow, lines);
                } else {
                    String t = CellText.clean(HwpfText.of(p.text())).replace('\n', ' ');
                    if (!t.isEmpty()) nestedRow.append(nestedRow.length() > 0 ? " " : "").append(t);
                }
            } else {
                flush(nestedRow, lines);
                lines.add(HwpfText.of(p.text()));
            }
        }
        flush(nestedRow, lines);
        return new CellContent(CellText.clean(String.join("\n", lines)), nested);
    }

    private static void flush(StringBuilder row, List<String> lines) {
        if (row.length() > 0) lines.add(row.toString());
        row.setLength(0);
    }
}
