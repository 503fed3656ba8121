package jixiao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Columns of a space-aligned text export. Cells are runs of text separated by two or more spaces;
 * their start positions (in display columns) over the whole document are clustered into column
 * anchors, so a cell lands in the same column index on every line, even when the cells to its left
 * are blank (merged headings) or the table continues on the next page.
 */
final class SpaceColumns {
    private static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");
    private static final int TOLERANCE = 1;

    private int[] anchors = new int[0];

    /** Learns the column anchors from every line that has at least two cells. */
    void learn(List<String> lines) {
        TreeMap<Integer, Integer> starts = new TreeMap<>();
        for (String line : lines) {
            List<int[]> spans = spans(line);
            if (spans.size() < 2) continue;
            for (int[] s : spans) starts.merge(s[0], 1, Integer::sum);
        }
        List<Integer> out = new ArrayList<>();
        int last = Integer.MIN_VALUE;
        for (int start : starts.keySet()) {
            if (start - last > TOLERANCE) out.add(start);
            last = start;
        }
        anchors = out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line as a row: one cell per anchor up to its last cell, blank where nothing is printed. */
    Row row(String line, int lineNo) {
        List<int[]> spans = spans(line);
        if (spans.size() < 2 || anchors.length == 0) {
            return new Row(List.of(new Cell(CellText.clean(line), "", lineNo, 0)));
        }
        List<StringBuilder> texts = new ArrayList<>();
        for (int[] s : spans) {
            int col = column(s[0]);
            while (texts.size() <= col) texts.add(new StringBuilder());
            StringBuilder b = texts.get(col);
            if (b.length() > 0) b.append(' ');
            b.append(line, s[2], s[3]);
        }
        List<Cell> cells = new ArrayList<>(texts.size());
        for (int c = 0; c < texts.size(); c++) cells.add(new Cell(CellText.clean(texts.get(c).toString()), "", lineNo, c));
        return new Row(cells);
    }

    private int column(int start) {
        int col = 0;
        for (int a = 0; a < anchors.length; a++) {
            if (anchors[a] <= start + TOLERANCE) col = a;
        }
        return col;
    }

    /** Cells of a line as {display start, display end, char start, char end}. */
    static List<int[]> spans(String line) {
        List<int[]> out = new ArrayList<>();
        String expanded = line.replace('\t', ' ');
        Matcher m = CELL.matcher(expanded);
        while (m.find()) {
            int displayStart = DisplayWidth.of(expanded.substring(0, m.start()));
            out.add(new int[] {displayStart, displayStart + DisplayWidth.of(m.group()), m.start(), m.end()});
        }
        return out;
    }
}
