package jixiao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Pipe tables as web-page converters print HTML tables with merged cells: a cell per line ending in
 * "|" ({@code 项目名称 |}), a cell's text spread over several lines between pipes, and a line of
 * pipes alone ({@code ||||||}) or a run of adjacent pipes at a line's end closing the row (the
 * padding of cells the merges hid). Every "|" ends a cell; a "|" that opens a row ends nothing.
 */
final class LoosePipes {
    private LoosePipes() {
    }

    /** A line of pipes alone, or a row ending in a run of them: the padding that closes a row. */
    static boolean closesRow(String line) {
        String s = line.strip();
        if (isPipesOnly(s) && s.chars().filter(c -> c == '|').count() >= 2) return true;
        return s.endsWith("||") && !isPipesOnly(s);
    }

    /** "项目名称 |": one cell on its own line, closed by its pipe. */
    static boolean isCellLine(String line) {
        String s = line.strip();
        return s.endsWith("|") && !s.startsWith("|") && s.indexOf('|') == s.length() - 1;
    }

    static boolean isPipesOnly(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c == '|' || Character.isWhitespace(c));
    }

    static List<Row> rows(List<PipeTable.Line> lines) {
        List<Row> out = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int cellLine = -1;
        for (PipeTable.Line l : lines) {
            String s = l.text();
            for (String part : s.split("\n", -1)) {
                String line = part.strip();
                if (isPipesOnly(line) && line.chars().filter(c -> c == '|').count() >= 2) {
                    if (cell.length() > 0) row.add(cell(cell, cellLine, row.size()));
                    cell.setLength(0);
                    if (!row.isEmpty()) out.add(new Row(row));
                    row = new ArrayList<>();
                    continue;
                }
                // a whole row on one line (| a | b |) ends there, as in strict tables
                boolean wholeRow = line.startsWith("|") && line.endsWith("|") && line.chars().filter(c -> c == '|').count() >= 3
                        && row.isEmpty() && cell.toString().isBlank();
                int i = 0;
                while (i < line.length()) {
                    char c = line.charAt(i);
                    if (c != '|') {
                        if (cell.length() == 0) cellLine = l.lineNo();
                        cell.append(c);
                        i++;
                        continue;
                    }
                    int run = i;
                    while (run < line.length() && line.charAt(run) == '|') run++;
                    boolean opensRow = row.isEmpty() && cell.toString().isBlank();
                    if (!opensRow) row.add(cell(cell, cellLine < 0 ? l.lineNo() : cellLine, row.size()));
                    cell.setLength(0);
                    cellLine = -1;
                    boolean closesRow = run - i >= 2 && line.substring(run).isBlank();
                    if (closesRow && !row.isEmpty()) {
                        out.add(new Row(row));
                        row = new ArrayList<>();
                    }
                    i = run;
                }
                if (wholeRow && !row.isEmpty()) {
                    out.add(new Row(row));
                    row = new ArrayList<>();
                }
                if (cell.length() > 0) cell.append('\n');
            }
        }
        if (!cell.toString().isBlank()) row.add(cell(cell, cellLine, row.size()));
        if (!row.isEmpty()) out.add(new Row(row));
        return out;
    }

    private static Cell cell(StringBuilder text, int lineNo, int col) {
        return new Cell(CellText.clean(text.toString()), "", lineNo, col);
    }
}
