package jixiao.recognise;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jixiao.read.Cell;
import jixiao.read.Row;

/** Questions about rows that the splitter and the readers share: is this a label, a heading row? */
final class Headings {
    /** Every form-level label; a cell holding one of these is never a value. */
    static final List<List<String>> FORM_LABELS = List.of(Vocabulary.PROJECT_NAME, Vocabulary.PROJECT_CODE,
            Vocabulary.DEPARTMENT, Vocabulary.IMPLEMENTING_UNIT, Vocabulary.YEAR, Vocabulary.CONCLUSION,
            Vocabulary.PROBLEMS, Vocabulary.IMPROVEMENTS);

    private Headings() {
    }

    static boolean isLabel(String text) {
        return FORM_LABELS.stream().anyMatch(l -> Vocabulary.is(text, l));
    }

    static int firstNonBlank(Row row) {
        for (int i = 0; i < row.size(); i++) if (!row.cells().get(i).isBlank()) return i;
        return -1;
    }

    /** A row led by 项目名称 / 项目 (alone, or with its value after a colon in the same cell). */
    static boolean isProjectLabelRow(Row row) {
        int first = firstNonBlank(row);
        if (first < 0) return false;
        String t = row.text(first);
        return Vocabulary.is(t, Vocabulary.PROJECT_NAME) || inlineValue(t, Vocabulary.PROJECT_NAME) != null;
    }

    /**
     * The value of a label in this row: the next non-blank cell to its right unless that is another
     * label (then ""), or the text after "label:" in the same cell. Empty when the row lacks the label.
     */
    static Optional<String> labelValue(Row row, List<String> labels) {
        List<Cell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            String t = cells.get(i).text();
            String inline = inlineValue(t, labels);
            if (inline != null) return Optional.of(inline);
            if (!Vocabulary.is(t, labels)) continue;
            for (int j = i + 1; j < cells.size(); j++) {
                String v = cells.get(j).text();
                if (v.isEmpty() || v.equals(t)) continue; // merged label cells repeat their text
                return Optional.of(isLabel(v) || inlineLabel(v) ? "" : v);
            }
            return Optional.of("");
        }
        return Optional.empty();
    }

    /** "项目名称：互联网应用及维护费" → "互联网应用及维护费"; null when the cell is not label:value. */
    static String inlineValue(String cellText, List<String> labels) {
        int colon = indexOfColon(cellText);
        if (colon <= 0) return null;
        if (!Vocabulary.is(cellText.substring(0, colon), labels)) return null;
        String value = cellText.substring(colon + 1).strip();
        return value.isEmpty() ? null : value; // "实施单位:" alone is a label, its value in the next cell
    }

    private static boolean inlineLabel(String cellText) {
        int colon = indexOfColon(cellText);
        return colon > 0 && colon < cellText.length() - 1 && isLabel(cellText.substring(0, colon));
    }

    private static int indexOfColon(String s) {
        int a = s.indexOf(':');
        int b = s.indexOf('：');
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }

    static boolean isSummaryHeader(Row row) {
        return has(row, Vocabulary.SUMMARY_NAME) && (has(row, Vocabulary.SUMMARY_GRADE)
                || (has(row, Vocabulary.SUMMARY_SCORE) && (has(row, List.of("序号")) || has(row, Vocabulary.SUMMARY_UNIT))))
                && !IndicatorColumns.isHeader(row);
    }

    static boolean has(Row row, List<String> variants) {
        return row.cells().stream().anyMatch(c -> Vocabulary.is(c.text(), variants));
    }

    static int column(Row row, List<String> variants) {
        for (int i = 0; i < row.size(); i++) if (Vocabulary.is(row.text(i), variants)) return i;
        return -1;
    }

    static boolean hasIndicatorRows(List<Row> rows) {
        return rows.stream().anyMatch(IndicatorColumns::isHeader);
    }

    static Stream<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).filter(t -> !t.isEmpty());
    }
}
