package jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows of a pipe table. Three shapes occur in text exports:
 * <ul>
 *   <li>Markdown tables: one line per row, a |---| rule under the heading;</li>
 *   <li>grid tables (+----+ rules between rows): the lines between two rules are one row whose
 *       cells wrap, so each column's pieces are joined;</li>
 *   <li>one cell per line (| a |), rows separated by blank lines.</li>
 * </ul>
 */
final class PipeTable {
    private static final Pattern RULE = Pattern.compile("^[|+]?\\s*:?[-=]{3,}:?\\s*([|+]\\s*:?[-=]{3,}:?\\s*)*[|+]?$");

    record Line(String text, int lineNo, boolean afterBlank) {
    }

    private PipeTable() {
    }

    static boolean isRule(String line) {
        return RULE.matcher(line.strip()).matches();
    }

    static List<Row> rows(List<Line> block) {
        List<Line> data = block.stream().filter(l -> !isRule(l.text())).toList();
        long rules = block.size() - data.size();
        if (data.stream().allMatch(l -> split(l.text()).length == 1) && data.stream().anyMatch(Line::afterBlank)) {
            return oneCellPerLine(data);
        }
        return rules >= 2 && rulesSeparateRows(block) ? gridRows(block) : lineRows(data);
    }

    /** Grid tables put a rule between every two rows; Markdown only under the heading. */
    private static boolean rulesSeparateRows(List<Line> block) {
        int dataRunsLongerThanOne = 0;
        int run = 0;
        for (Line l : block) {
            if (isRule(l.text())) {
                if (run > 1) dataRunsLongerThanOne++;
                run = 0;
            } else {
                run++;
            }
        }
        long rules = block.stream().filter(l -> isRule(l.text())).count();
        return rules > 2 || dataRunsLongerThanOne > 0;
    }

    private static List<Row> lineRows(List<Line> data) {
        List<Row> out = new ArrayList<>();
        for (Line l : data) out.add(row(split(l.text()), l.lineNo()));
        return out;
    }

    private static List<Row> gridRows(List<Line> block) {
        List<Row> out = new ArrayList<>();
        List<StringBuilder> cells = new ArrayList<>();
        int firstLine = -1;
        for (Line l : block) {
            if (isRule(l.text())) {
                if (firstLine >= 0) out.add(row(cells.stream().map(StringBuilder::toString).toArray(String[]::new), firstLine));
                cells = new ArrayList<>();
                firstLine = -1;
                continue;
            }
            if (firstLine < 0) firstLine = l.lineNo();
            String[] parts = split(l.text());
            for (int c = 0; c < parts.length; c++) {
                while (cells.size() <= c) cells.add(new StringBuilder());
                if (!parts[c].isBlank()) {
                    if (cells.get(c).length() > 0) cells.get(c).append('\n');
                    cells.get(c).append(parts[c].strip());
                }
            }
        }
        if (firstLine >= 0) out.add(row(cells.stream().map(StringBuilder::toString).toArray(String[]::new), firstLine));
        return out;
    }

    private static List<Row> oneCellPerLine(List<Line> data) {
        List<Row> out = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        for (Line l : data) {
            if (l.afterBlank() && !row.isEmpty()) {
                out.add(new Row(row));
                row = new ArrayList<>();
            }
            row.add(new Cell(CellText.clean(split(l.text())[0]), "", l.lineNo(), row.size()));
        }
        if (!row.isEmpty()) out.add(new Row(row));
        return out;
    }

    private static Row row(String[] parts, int lineNo) {
        List<Cell> cells = new ArrayList<>(parts.length);
        for (int c = 0; c < parts.length; c++) cells.add(new Cell(CellText.clean(parts[c]), "", lineNo, c));
        return new Row(cells);
    }

    private static String[] split(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
        return s.split("\\|", -1);
    }
}
