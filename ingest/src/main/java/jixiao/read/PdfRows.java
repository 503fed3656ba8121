package jixiao.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns visual lines into grid rows, one per line, with one cell per column up to the line's last
 * printed cell and blank cells where nothing is printed (under merged headings). A line printed in
 * one column only is, in order of preference:
 * <ul>
 *   <li>the wrapped rest of the cell above it: the previous line has text in that column, the
 *       line starts no further left than that text and ends before the next column, and it follows
 *       closer than {@link #WRAP_PITCH} em and clearly closer than the page's table rows do: the
 *       two become one cell joined by a line break;</li>
 *   <li>a table row with one cell filled (a level-two heading with nothing beside it): it starts at
 *       a column start several lines share, fits its column and sits between two table rows
 *       (wrapped and lone cells between them aside);</li>
 *   <li>otherwise text outside the table (a title, a note, a page number): a row of one cell.</li>
 * </ul>
 */
final class PdfRows {
    /** A wrapped line follows the line above within this many em. */
    static final float WRAP_PITCH = 1.5f;
    /** ... and closer than this share of the usual distance between two table rows. */
    static final float WRAP_SHARE_OF_ROW = 0.8f;
    /** In place of a column: the line is a table row (ruled, or printed in several columns). */
    private static final int TABLE = -1;

    private final PdfColumns columns;

    PdfRows(PdfColumns columns) {
        this.columns = columns;
    }

    /** The rows of one page's lines. */
    List<Row> rows(List<PdfLine> lines) {
        String part = lines.isEmpty() ? "" : "page " + lines.get(0).page();
        int[][] cols = new int[lines.size()][];
        int[] single = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            cols[i] = columnsOf(lines.get(i));
            single[i] = lines.get(i).ruled() ? TABLE : singleColumn(cols[i]);
        }
        float rowPitch = usualRowPitch(lines, single);
        List<OpenRow> open = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            int col = single[i];
            OpenRow previous = open.isEmpty() ? null : open.get(open.size() - 1);
            if (col == TABLE) {
                // a ruled row's cells are whole already; an unruled line of several cells is a table row
                open.add(OpenRow.of(line, cols[i]));
            } else if (previous != null && previous.table && !previous.ruled && wraps(line, col, previous, rowPitch)) {
                previous.append(col, line);
            } else if (col > 0 && isLoneTableCell(line, col, single, i)) {
                open.add(OpenRow.of(line, cols[i]));
            } else {
                open.add(OpenRow.single(line));
            }
        }
        List<Row> out = new ArrayList<>(open.size());
        for (OpenRow r : open) out.add(r.toRow(part));
        return out;
    }

    private int[] columnsOf(PdfLine line) {
        int[] cols = new int[line.chunks().size()];
        for (int c = 0; c < cols.length; c++) cols[c] = columns.column(line.chunks().get(c).x());
        return cols;
    }

    /** The one column all of a line's chunks fall in, or {@link #TABLE} when they span several. */
    private static int singleColumn(int[] cols) {
        for (int c : cols) if (c != cols[0]) return TABLE;
        return cols[0];
    }

    private boolean wraps(PdfLine line, int col, OpenRow previous, float rowPitch) {
        String above = col < previous.texts.length ? previous.texts[col] : null;
        if (above == null || above.isEmpty()) return false;
        float pitch = line.baseline() - previous.lastBaseline;
        if (pitch <= 0 || pitch > WRAP_PITCH * Math.max(line.em(), previous.em)) return false;
        if (rowPitch > 0 && pitch >= WRAP_SHARE_OF_ROW * rowPitch) return false;
        float tolerance = columns.tolerance();
        return first(line).x() >= previous.left[col] - tolerance && last(line).right() <= columns.end(col) + tolerance;
    }

    private boolean isLoneTableCell(PdfLine line, int col, int[] single, int i) {
        return columns.isStrongStart(first(line).x()) && last(line).right() <= columns.end(col)
                && tableLineNear(single, i, -1) && tableLineNear(single, i, +1);
    }

    /**
     * Whether the nearest line above (step -1) or below (+1), passing over lines printed in one
     * column right of the first (wrapped or lone cells), is a table row.
     */
    private static boolean tableLineNear(int[] single, int i, int step) {
        for (int j = i + step; j >= 0 && j < single.length; j += step) {
            if (single[j] == TABLE) return true;
            if (single[j] == 0) return false;
        }
        return false;
    }

    /** The median distance between two consecutive unruled table lines on the page, 0 when there are none. */
    private static float usualRowPitch(List<PdfLine> lines, int[] single) {
        List<Float> pitches = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine above = lines.get(i - 1);
            PdfLine line = lines.get(i);
            if (single[i - 1] == TABLE && single[i] == TABLE && !above.ruled() && !line.ruled()) {
                pitches.add(line.baseline() - above.baseline());
            }
        }
        if (pitches.isEmpty()) return 0;
        float[] p = new float[pitches.size()];
        for (int i = 0; i < p.length; i++) p[i] = pitches.get(i);
        Arrays.sort(p);
        return p[p.length / 2];
    }

    private static PdfChunk first(PdfLine line) {
        return line.chunks().get(0);
    }

    private static PdfChunk last(PdfLine line) {
        return line.chunks().get(line.chunks().size() - 1);
    }

    /** A row being built: its cells' text and left edges, and the last line merged into it. */
    private static final class OpenRow {
        final int lineNo;
        final boolean table;
        final boolean ruled;
        final String[] texts;
        final float[] left;
        float lastBaseline;
        float em;

        private OpenRow(PdfLine line, int width, boolean table) {
            this.lineNo = line.number();
            this.table = table;
            this.ruled = line.ruled();
            this.texts = new String[width];
            this.left = new float[width];
            this.lastBaseline = line.baseline();
            this.em = line.em();
        }

        /** Text outside a table: one cell, whatever column it starts in. */
        static OpenRow single(PdfLine line) {
            OpenRow r = new OpenRow(line, 1, false);
            r.texts[0] = join(line.chunks());
            r.left[0] = line.chunks().get(0).x();
            return r;
        }

        static OpenRow of(PdfLine line, int[] cols) {
            int width = Arrays.stream(cols).max().orElse(0) + 1;
            OpenRow r = new OpenRow(line, width, true);
            for (int c = 0; c < cols.length; c++) {
                PdfChunk chunk = line.chunks().get(c);
                int col = cols[c];
                if (r.texts[col] == null) {
                    r.texts[col] = chunk.text();
                    r.left[col] = chunk.x();
                } else {
                    r.texts[col] += " " + chunk.text();
                }
            }
            return r;
        }

        void append(int col, PdfLine line) {
            texts[col] = texts[col] + "\n" + join(line.chunks());
            lastBaseline = line.baseline();
            em = Math.max(em, line.em());
        }

        private static String join(List<PdfChunk> chunks) {
            StringBuilder b = new StringBuilder();
            for (PdfChunk c : chunks) {
                if (b.length() > 0) b.append(' ');
                b.append(c.text());
            }
            return b.toString();
        }

        Row toRow(String part) {
            List<Cell> cells = new ArrayList<>(texts.length);
            for (int c = 0; c < texts.length; c++) cells.add(new Cell(CellText.clean(texts[c]), part, lineNo, c));
            return new Row(cells);
        }
    }
}
