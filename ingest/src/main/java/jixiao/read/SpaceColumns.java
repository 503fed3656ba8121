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

    /** A column start seen on this many lines is trusted to split text joined by a single space. */
    private static final int STRONG = 3;

    private int[] anchors = new int[0];
    private java.util.Set<Integer> strong = java.util.Set.of();

    /** Learns the column anchors from every line that has at least two cells. */
    void learn(List<String> lines) {
        TreeMap<Integer, Integer> starts = new TreeMap<>();
        for (String line : lines) {
            List<int[]> spans = spans(line);
            if (spans.size() < 2) continue;
            for (int[] s : spans) starts.merge(s[0], 1, Integer::sum);
        }
        List<Integer> out = new ArrayList<>();
        java.util.Set<Integer> trusted = new java.util.HashSet<>();
        int last = -TOLERANCE - 1;
        for (var e : starts.entrySet()) {
            if (e.getKey() - last > TOLERANCE) out.add(e.getKey());
            if (e.getValue() >= STRONG) trusted.add(e.getKey());
            last = e.getKey();
        }
        anchors = out.stream().mapToInt(Integer::intValue).toArray();
        strong = trusted;
    }

    /** The line as a row: one cell per anchor up to its last cell, blank where nothing is printed. */
    Row row(String line, int lineNo) {
        String expanded = expand(line);
        List<int[]> spans = splitAtStrongAnchors(expanded, spans(line));
        if (spans.size() < 2 || anchors.length == 0) {
            return new Row(List.of(new Cell(CellText.clean(line), "", lineNo, 0)));
        }
        List<StringBuilder> texts = new ArrayList<>();
        for (int[] s : spans) {
            int col = column(s[0]);
            while (texts.size() <= col) texts.add(new StringBuilder());
            StringBuilder b = texts.get(col);
            if (b.length() > 0) b.append(' ');
            b.append(expanded, s[2], s[3]);
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

    /**
     * A cell that runs into the next with a single space (a wide cell in a narrow column) is cut where
     * a word starts exactly at a column start that many lines share.
     */
    private List<int[]> splitAtStrongAnchors(String expanded, List<int[]> spans) {
        if (strong.isEmpty()) return spans;
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            int from = s[2];
            int displayFrom = s[0];
            for (int i = s[2] + 1; i < s[3]; i++) {
                if (expanded.charAt(i - 1) != ' ') continue;
                int display = DisplayWidth.of(expanded.substring(0, i));
                if (display != displayFrom && nearStrongAnchor(display)) {
                    out.add(new int[] {displayFrom, display - 1, from, i - 1});
                    from = i;
                    displayFrom = display;
                }
            }
            out.add(new int[] {displayFrom, s[1], from, s[3]});
        }
        return out;
    }

    private boolean nearStrongAnchor(int display) {
        for (int d = -TOLERANCE; d <= TOLERANCE; d++) if (strong.contains(display + d)) return true;
        return false;
    }

    /** Tabs and ideographic spaces (two columns wide) are white space between cells. */
    private static String expand(String line) {
        return line.replace('\t', ' ').replace("\u3000", "  ").replace('\u00A0', ' ');
    }

    /** Cells of a line as {display start, display end, char start, char end}. */
    static List<int[]> spans(String line) {
        List<int[]> out = new ArrayList<>();
        String expanded = expand(line);
        Matcher m = CELL.matcher(expanded);
        while (m.find()) {
            int displayStart = DisplayWidth.of(expanded.substring(0, m.start()));
            out.add(new int[] {displayStart, displayStart + DisplayWidth.of(m.group()), m.start(), m.end()});
        }
        return out;
    }
}
