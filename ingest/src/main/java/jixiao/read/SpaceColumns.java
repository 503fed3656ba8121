package jixiao.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Columns of a space-aligned text export. Cells are runs of text separated by two or more spaces;
 * their start positions over the whole document are clustered into column anchors, so a cell lands
 * in the same column index on every line, even when the cells to its left are blank (merged
 * headings) or the table continues on the next page.
 *
 * <p>Exports measure position two ways: DOCX and plain-text tools pad by display width (a Chinese
 * character is two columns), PDF layout exports place each word at a column proportional to its x
 * position, so characters count one each. Both are tried and the one under which the cells line up
 * best is kept.
 */
final class SpaceColumns {
    private static final Pattern CELL = Pattern.compile("\\S+(?: \\S+)*");
    private static final int TOLERANCE = 1;
    /** A column start seen on this many lines is trusted to split text joined by a single space. */
    private static final int STRONG = 3;

    private boolean wide = true;
    private int[] anchors = new int[0];
    private Set<Integer> strong = Set.of();

    /** Learns the measure and the column anchors from every line that has at least two cells. */
    void learn(List<String> lines) {
        Anchors byDisplay = anchors(lines, true);
        Anchors byChars = anchors(lines, false);
        Anchors best = byChars.aligned > byDisplay.aligned ? byChars : byDisplay;
        wide = best == byDisplay;
        anchors = best.starts;
        strong = best.strong;
    }

    private record Anchors(int[] starts, Set<Integer> strong, double aligned) {
    }

    private static Anchors anchors(List<String> lines, boolean wide) {
        TreeMap<Integer, Integer> starts = new TreeMap<>();
        int cells = 0;
        for (String line : lines) {
            List<int[]> spans = spans(expand(line), wide);
            if (spans.size() < 2) continue;
            for (int[] s : spans) starts.merge(s[0], 1, Integer::sum);
            cells += spans.size();
        }
        List<Integer> out = new ArrayList<>();
        Set<Integer> trusted = new HashSet<>();
        int last = -TOLERANCE - 1;
        int onStrong = 0;
        for (var e : starts.entrySet()) {
            if (e.getKey() - last > TOLERANCE) out.add(e.getKey());
            if (e.getValue() >= STRONG) {
                trusted.add(e.getKey());
                onStrong += e.getValue();
            }
            last = e.getKey();
        }
        double aligned = cells == 0 ? 0 : (double) onStrong / cells;
        return new Anchors(out.stream().mapToInt(Integer::intValue).toArray(), trusted, aligned);
    }

    /** The line as a row: one cell per anchor up to its last cell, blank where nothing is printed. */
    Row row(String line, int lineNo) {
        String expanded = expand(line);
        List<int[]> spans = splitAtStrongAnchors(expanded, spans(expanded, wide));
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
     * a word starts at a column start that many lines share.
     */
    private List<int[]> splitAtStrongAnchors(String expanded, List<int[]> spans) {
        if (strong.isEmpty()) return spans;
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            int from = s[2];
            int posFrom = s[0];
            for (int i = s[2] + 1; i < s[3]; i++) {
                if (expanded.charAt(i - 1) != ' ') continue;
                int pos = position(expanded, i, wide);
                if (pos != posFrom && nearStrongAnchor(pos)) {
                    out.add(new int[] {posFrom, pos - 1, from, i - 1});
                    from = i;
                    posFrom = pos;
                }
            }
            out.add(new int[] {posFrom, s[1], from, s[3]});
        }
        return out;
    }

    private boolean nearStrongAnchor(int pos) {
        for (int d = -TOLERANCE; d <= TOLERANCE; d++) if (strong.contains(pos + d)) return true;
        return false;
    }

    /** Tabs and ideographic spaces (two columns wide) are white space between cells. */
    private static String expand(String line) {
        return line.replace('\t', ' ').replace("\u3000", "  ").replace('\u00A0', ' ');
    }

    private static int position(String s, int charIndex, boolean wide) {
        return wide ? DisplayWidth.of(s.substring(0, charIndex)) : charIndex;
    }

    /** Cells of an expanded line as {start, end, char start, char end}, positions in the chosen measure. */
    private static List<int[]> spans(String expanded, boolean wide) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CELL.matcher(expanded);
        while (m.find()) {
            int start = position(expanded, m.start(), wide);
            out.add(new int[] {start, position(expanded, m.end(), wide), m.start(), m.end()});
        }
        return out;
    }
}
