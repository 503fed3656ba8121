package jixiao.read;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads one top-level .docx table onto its grid columns. Cells advance the column by their gridSpan
 * (after the row's gridBefore), vMerge continue cells show the text of the cell they continue, and
 * old-style hMerge continue cells widen the cell to their left. A table nested in a cell is
 * flattened into that cell's text (its rows on lines, its cells separated by spaces) and noted.
 */
final class DocxTableReader {
    /** Deeper nesting than this is not a form; it stops a hostile file from exhausting the stack. */
    private static final int MAX_NESTING = 8;
    /** Word allows 63 columns; a damaged or hostile span or gridBefore must not allocate a huge row. */
    private static final int MAX_SPAN = 512;

    private DocxTableReader() {
    }

    static List<String[]> read(String source, CTTbl table, int tableNo, Consumer<String> notes) throws UnreadableInput {
        List<List<PlacedCell>> rows = new ArrayList<>();
        for (XmlObject o : OoxmlChildren.of(table, CTRow.class)) {
            CTRow row = (CTRow) o;
            List<PlacedCell> cells = new ArrayList<>();
            boolean nested = false;
            int col = gridBefore(row);
            for (XmlObject c : OoxmlChildren.of(row, CTTc.class)) {
                CTTc tc = (CTTc) c;
                CTTcPr pr = tc.getTcPr();
                int span = gridSpan(pr);
                CellContent content = content(tc, 0);
                nested |= content.nested();
                if (continuesLeft(pr) && !cells.isEmpty()) {
                    PlacedCell left = cells.remove(cells.size() - 1);
                    cells.add(new PlacedCell(left.col(), left.span() + span, left.text(), left.continuesAbove()));
                } else {
                    cells.add(new PlacedCell(col, span, content.text(), continuesAbove(pr)));
                }
                col += span;
            }
            rows.add(cells);
            if (nested) notes.accept("table " + tableNo + " row " + rows.size() + ": nested table flattened");
        }
        return TableLayout.resolve(rows, gridColumns(table), source, tableNo);
    }

    private record CellContent(String text, boolean nested) {
    }

    /** The cell's paragraphs on separate lines; nested tables flattened in place. */
    private static CellContent content(CTTc tc, int depth) {
        StringBuilder out = new StringBuilder();
        boolean nested = false;
        for (XmlObject o : OoxmlChildren.of(tc, CTP.class, CTTbl.class)) {
            String text;
            if (o instanceof CTP p) {
                text = DocxText.of(p);
            } else {
                nested = true;
                text = depth < MAX_NESTING ? flatten((CTTbl) o, depth + 1) : "";
            }
            if (out.length() > 0) out.append('\n');
            out.append(text);
        }
        return new CellContent(CellText.clean(out.toString()), nested);
    }

    /** A nested table as text: one line per row, its cells' texts separated by spaces. */
    private static String flatten(CTTbl table, int depth) {
        List<String> lines = new ArrayList<>();
        for (XmlObject o : OoxmlChildren.of(table, CTRow.class)) {
            List<String> texts = new ArrayList<>();
            for (XmlObject c : OoxmlChildren.of(o, CTTc.class)) {
                String t = content((CTTc) c, depth).text().replace('\n', ' ');
                if (!t.isEmpty()) texts.add(t);
            }
            if (!texts.isEmpty()) lines.add(String.join(" ", texts));
        }
        return String.join("\n", lines);
    }

    private static int gridColumns(CTTbl table) {
        return table.getTblGrid() == null ? 0 : table.getTblGrid().sizeOfGridColArray();
    }

    private static int gridBefore(CTRow row) {
        CTTrPr pr = row.getTrPr();
        return pr == null || pr.sizeOfGridBeforeArray() == 0 ? 0 : number(pr.getGridBeforeArray(0), 0);
    }

    private static int gridSpan(CTTcPr pr) {
        return pr == null || !pr.isSetGridSpan() ? 1 : Math.max(1, number(pr.getGridSpan(), 1));
    }

    /** {@code <w:vMerge/>} without a value means continue, as Word writes it. */
    private static boolean continuesAbove(CTTcPr pr) {
        if (pr == null || !pr.isSetVMerge()) return false;
        return !pr.getVMerge().isSetVal() || pr.getVMerge().getVal() == STMerge.CONTINUE;
    }

    private static boolean continuesLeft(CTTcPr pr) {
        if (pr == null || !pr.isSetHMerge()) return false;
        return !pr.getHMerge().isSetVal() || pr.getHMerge().getVal() == STMerge.CONTINUE;
    }

    /** A decimal attribute, capped at {@link #MAX_SPAN}. */
    private static int number(CTDecimalNumber n, int fallback) {
        BigInteger v = n == null ? null : n.getVal();
        if (v == null || v.signum() < 0) return fallback;
        return v.min(BigInteger.valueOf(MAX_SPAN)).intValue();
    }
}
