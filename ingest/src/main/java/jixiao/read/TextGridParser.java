package jixiao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of a text export into a grid. Four layouts occur in published documents, often
 * mixed in one file, so each line is classified and runs of lines of one kind are parsed together:
 * <ul>
 *   <li>tab-separated rows ({@code a\tb\tc});</li>
 *   <li>one cell per line, each cell line indented by a tab, rows separated by blank lines, and
 *       unindented lines continuing the cell above (Word's "save as text" of a table);</li>
 *   <li>pipe tables ({@code | a | b |}), with rows broken across lines and one-cell-per-line pipes;</li>
 *   <li>cells separated by runs of two or more spaces (PDF and DOCX text exports), aligned into
 *       columns by their horizontal position so blank cells under merged headings are kept.</li>
 * </ul>
 * Any other line is a row of one cell (titles, notes, narrative).
 */
final class TextGridParser {
    private enum Kind { BLANK, TAB_ROW, CELL_LINE, PIPE, TEXT }

    private final String source;
    private final List<Row> rows = new ArrayList<>();
    /** The space-aligned columns that each text line is read by (one set per table segment). */
    private SpaceColumns[] columnsOf;

    TextGridParser(String source) {
        this.source = source;
    }

    Grid parse(String text) {
        // Cells are normalised one by one (CellText); lines stay as printed so that space-aligned
        // columns keep their widths (a full-width '（' is two columns wide, its NFKC form one).
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('｜', '|').split("\n", -1);
        boolean cellLinesAreCells = countCellLines(lines) > countTabRows(lines);
        Kind[] kinds = new Kind[lines.length];
        for (int i = 0; i < lines.length; i++) kinds[i] = classify(lines[i], cellLinesAreCells);
        columnsOf = SpaceColumns.bySegment(lines, i -> kinds[i] == Kind.TEXT);
        boolean blankSeparated = cellsBetweenBlankLines(lines, kinds);
        int i = 0;
        while (i < lines.length) {
            switch (kinds[i]) {
                case BLANK -> {
                    int run = 0;
                    while (i < lines.length && kinds[i] == Kind.BLANK) {
                        run++;
                        i++;
                    }
                    // a web page copied as one cell per line, one blank line between cells: a longer run
                    // holds the table's empty cells (cell, blank, empty, blank, empty, blank, next cell).
                    // One empty cell is most often a row's last (no reason given), which costs nothing to
                    // leave out; two or more in a row (no actual, no reason) must keep their places
                    int empty = (run - 1) / 2;
                    if (blankSeparated && empty >= 2 && !rows.isEmpty() && i < lines.length && kinds[i] == Kind.TEXT) {
                        for (int e = 0; e < empty; e++) rows.add(new Row(List.of(new Cell("", "", i - run + 2 * e + 2, 0))));
                    }
                }
                case TAB_ROW -> {
                    rows.add(tabRow(lines[i], i + 1));
                    i++;
                }
                case CELL_LINE -> i = cellBlock(lines, kinds, i);
                case PIPE -> i = pipeBlock(lines, kinds, i);
                case TEXT -> {
                    // a line that starts at the margin opens a row (a label, a title); only indented lines continue cells
                    boolean adjacent = i > 0 && kinds[i - 1] == Kind.TEXT && !rows.isEmpty() && isIndented(lines[i]);
                    if (!(adjacent && WrappedCells.continues(rows, columnsOf[i].placed(lines[i], i + 1)))) {
                        rows.add(columnsOf[i].row(lines[i], i + 1));
                    }
                    i++;
                }
            }
        }
        return new Grid(source, rows);
    }

    private static Kind classify(String line, boolean cellLinesAreCells) {
        if (isBlank(line) && line.indexOf('\t') < 0) return Kind.BLANK;
        String stripped = line.strip();
        if (stripped.startsWith("|") || stripped.endsWith("|") || PipeTable.isRule(stripped)) return Kind.PIPE;
        int tabs = count(line, '\t');
        if (tabs == 0) return Kind.TEXT;
        if (tabs == 1 && line.startsWith("\t") && cellLinesAreCells) return Kind.CELL_LINE;
        return isBlank(line) ? Kind.BLANK : Kind.TAB_ROW;
    }

    /**
     * True when most of the text is single-cell lines with exactly one blank line after each: a web
     * page's table copied as one cell per line.
     */
    private static boolean cellsBetweenBlankLines(String[] lines, Kind[] kinds) {
        int text = 0, single = 0;
        for (int i = 0; i + 2 < lines.length; i++) {
            if (kinds[i] != Kind.TEXT) continue;
            text++;
            if (kinds[i + 1] == Kind.BLANK && kinds[i + 2] == Kind.TEXT) single++;
        }
        return text >= 20 && single * 10 >= text * 6;
    }

    /** Blank after NFKC: the ideographic space U+3000 and no-break spaces count as white space. */
    private static boolean isBlank(String line) {
        return CellText.clean(line).isEmpty();
    }

    private static long countCellLines(String[] lines) {
        long n = 0;
        for (String l : lines) if (l.startsWith("\t") && count(l, '\t') == 1) n++;
        return n;
    }

    private static long countTabRows(String[] lines) {
        long n = 0;
        for (String l : lines) if (count(l, '\t') >= 2 || (count(l, '\t') == 1 && !l.startsWith("\t"))) n++;
        return n;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static boolean isIndented(String line) {
        char c = line.charAt(0);
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }

    private Row tabRow(String line, int lineNo) {
        String[] parts = line.split("\t", -1);
        List<Cell> cells = new ArrayList<>(parts.length);
        for (int c = 0; c < parts.length; c++) cells.add(new Cell(CellText.clean(parts[c]), "", lineNo, c));
        return new Row(cells);
    }

    /**
     * One cell per line: a line starting with a tab (or, inside a block, with any white space) opens
     * a cell; a blank line before it opens a new row; an unindented line after at most one blank
     * line continues the open cell; two blank lines or any other kind of line end the block.
     */
    private int cellBlock(String[] lines, Kind[] kinds, int start) {
        List<Cell> row = new ArrayList<>();
        StringBuilder cell = null;
        int cellLine = start + 1;
        int rowLine = start + 1;
        int blanks = 0;
        int i = start;
        for (; i < lines.length; i++) {
            String line = lines[i];
            Kind k = kinds[i];
            if (k == Kind.BLANK) {
                blanks++;
                if (blanks >= 2) break;
                continue;
            }
            boolean opensCell = k == Kind.CELL_LINE || (k == Kind.TEXT && isIndented(line));
            if (opensCell) {
                if (cell != null) row.add(new Cell(CellText.clean(cell.toString()), "", cellLine, row.size()));
                if (blanks > 0 && !row.isEmpty()) {
                    rows.add(new Row(row));
                    row = new ArrayList<>();
                    rowLine = i + 1;
                }
                cell = new StringBuilder(line.strip());
                cellLine = i + 1;
            } else if (k == Kind.TEXT && cell != null) {
                cell.append('\n').append(line.strip());
            } else {
                break;
            }
            blanks = 0;
        }
        if (cell != null) row.add(new Cell(CellText.clean(cell.toString()), "", cellLine, row.size()));
        if (!row.isEmpty()) rows.add(new Row(row));
        return i; // the first line that did not belong to the block
    }

    /**
     * Pipe tables: a run of '|' lines (and '+---+' rules), with single blank lines allowed inside
     * (they separate rows of one-cell-per-line pipes). A line that opens with '|' but does not close
     * with one continues on the next lines.
     */
    private int pipeBlock(String[] lines, Kind[] kinds, int start) {
        if (isLooseBlock(lines, kinds, start)) return loosePipeBlock(lines, kinds, start);
        List<PipeTable.Line> block = new ArrayList<>();
        int i = start;
        boolean blankBefore = false;
        while (i < lines.length) {
            if (kinds[i] == Kind.BLANK) {
                if (i + 1 < lines.length && kinds[i + 1] == Kind.PIPE) {
                    blankBefore = true;
                    i++;
                    continue;
                }
                break;
            }
            if (kinds[i] != Kind.PIPE) break;
            int lineNo = i + 1;
            StringBuilder joined = new StringBuilder(lines[i].strip());
            while (!PipeTable.isRule(joined.toString()) && !joined.toString().endsWith("|") && i + 1 < lines.length
                    && kinds[i + 1] != Kind.BLANK && !lines[i + 1].strip().startsWith("|")) {
                i++;
                joined.append('\n').append(lines[i].strip());
            }
            i++;
            block.add(new PipeTable.Line(joined.toString(), lineNo, blankBefore));
            blankBefore = false;
        }
        rows.addAll(PipeTable.rows(block));
        return Math.max(i, start + 1);
    }


    /** A pipe block with cell lines, pipe-only lines or unclosed rows: see {@link LoosePipes}. */
    private static boolean isLooseBlock(String[] lines, Kind[] kinds, int start) {
        int seen = 0;
        int cellLines = 0;
        for (int i = start; i < lines.length && seen < 40; i++) {
            if (kinds[i] == Kind.BLANK) continue;
            if (kinds[i] != Kind.PIPE && !followedByPipe(kinds, i)) break;
            if (kinds[i] == Kind.PIPE && LoosePipes.closesRow(lines[i])) return true;
            if (kinds[i] == Kind.PIPE && LoosePipes.isCellLine(lines[i]) && ++cellLines >= 2) return true;
            seen++;
        }
        return false;
    }

    /** A loose block runs over text lines and blank lines as long as a pipe line comes soon after. */
    private int loosePipeBlock(String[] lines, Kind[] kinds, int start) {
        List<PipeTable.Line> block = new ArrayList<>();
        int i = start;
        while (i < lines.length) {
            if (kinds[i] == Kind.PIPE || ((kinds[i] == Kind.TEXT || kinds[i] == Kind.BLANK) && followedByPipe(kinds, i))) {
                if (kinds[i] != Kind.BLANK) block.add(new PipeTable.Line(lines[i], i + 1, false));
                i++;
            } else {
                break;
            }
        }
        rows.addAll(LoosePipes.rows(block));
        return Math.max(i, start + 1);
    }

    private static boolean followedByPipe(Kind[] kinds, int i) {
        for (int k = i + 1, nonBlank = 0; k < kinds.length && nonBlank < 3; k++) {
            if (kinds[k] == Kind.PIPE) return true;
            if (kinds[k] != Kind.BLANK) nonBlank++;
            else if (k > i + 3) return false;
        }
        return false;
    }
}
