package jixiao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds one grid from a word-processor document walked in order: paragraphs become rows, tables
 * add their laid-out rows, and what the grid cannot show becomes a note. Shared by .docx and .doc.
 */
final class WordGridBuilder {
    static final String PARAGRAPH = "paragraph";

    private final String source;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    WordGridBuilder(String source) {
        this.source = source;
    }

    /**
     * A paragraph as a row; empty paragraphs are skipped. Tabs separate its cells: a line such as
     * "主管部门：某局⇥⇥实施单位：某中心" shows a person two fields, so the recogniser sees two cells.
     */
    void paragraph(int index, String raw) {
        List<Cell> cells = new ArrayList<>();
        for (String piece : raw.split("\t")) {
            String text = CellText.clean(piece);
            if (!text.isEmpty()) cells.add(new Cell(text, PARAGRAPH, index, cells.size()));
        }
        if (!cells.isEmpty()) rows.add(new Row(cells));
    }

    /**
     * A table's rows, laid out on its grid by {@link TableLayout} from cell texts already cleaned with
     * {@link CellText#clean}; {@code tableNo} is 1-based in document order.
     */
    void table(int tableNo, List<String[]> laidOut) {
        String part = "table " + tableNo;
        for (int r = 0; r < laidOut.size(); r++) {
            String[] texts = laidOut.get(r);
            List<Cell> cells = new ArrayList<>(texts.length);
            for (int c = 0; c < texts.length; c++) cells.add(new Cell(texts[c], part, r + 1, c));
            rows.add(new Row(cells));
        }
    }

    void note(String note) {
        notes.add(note);
    }

    Grid build() {
        return new Grid(source, rows, notes);
    }
}
