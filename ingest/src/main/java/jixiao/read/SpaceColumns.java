package jixiao.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

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
    private static final int TOLERANCE = 1;
    /** A column start seen on this many lines is trusted to split text joined by a single space. */
    private static final int STRONG = 3;
    /** How far apart two starts of one column may be printed (PDF layout exports jitter). */
    private static final int MAX_JITTER = 4;

    private boolean wide = true;
    private int[] anchors = new int[0];
    private Set<Integer> strong = Set.of();
    /** The column of every start seen on a line of two or more cells. */
    private java.util.Map<Integer, Integer> columnOf = java.util.Map.of();

    /**
     * The columns for every text line, learnt per segment: a run of text lines ended by a line of one
     * cell at the margin (a title, a label such as 项目资金（万元）, a note) or by a line of another
     * kind. Forms in one export are drawn at different widths, so each table keeps its own columns.
     */
    static SpaceColumns[] bySegment(String[] lines, java.util.function.IntPredicate isText) {
        SpaceColumns[] out = new SpaceColumns[lines.length];
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean boundary = i == lines.length || !isText.test(i) && !lines[i].isBlank() || isText.test(i) && opensAtMargin(lines[i]);
            if (!boundary) continue;
            List<String> segment = new ArrayList<>();
            for (int k = start; k < i; k++) if (isText.test(k)) segment.add(lines[k]);
            SpaceColumns columns = new SpaceColumns();
            columns.learn(segment);
            for (int k = start; k < i; k++) out[k] = columns;
            if (i < lines.length) out[i] = columns;
            start = i + 1;
        }
        return out;
    }

    /** One cell starting at the margin: a line that heads what follows rather than a table row. */
    private static boolean opensAtMargin(String line) {
        String e = expand(line);
        List<int[]> spans = spans(e, false);
        return spans.size() == 1 && spans.get(0)[0] == 0;
    }

    /** Learns the measure and the column anchors from every line that has at least two cells. */
    void learn(List<String> lines) {
        Anchors byDisplay = anchors(lines, true);
        Anchors byChars = anchors(lines, false);
        Anchors best = byChars.aligned > byDisplay.aligned ? byChars : byDisplay;
        wide = best == byDisplay;
        anchors = best.starts;
        strong = best.strong;
        columnOf = best.columnOf;
    }

    private record Anchors(int[] starts, Set<Integer> strong, double aligned, java.util.Map<Integer, Integer> columnOf) {
    }

    private static Anchors anchors(List<String> lines, boolean wide) {
        TreeMap<Integer, Integer> starts = new TreeMap<>();
        List<int[]> lineStarts = new ArrayList<>();
        int cells = 0;
        for (String line : lines) {
            List<int[]> spans = spans(expand(line), wide);
            if (spans.size() < 2) continue;
            int[] ls = new int[spans.size()];
            for (int i = 0; i < spans.size(); i++) {
                ls[i] = spans.get(i)[0];
                starts.merge(ls[i], 1, Integer::sum);
            }
            lineStarts.add(ls);
            cells += spans.size();
        }
        List<List<Integer>> singletons = new ArrayList<>();
        for (int start : starts.keySet()) singletons.add(new ArrayList<>(List.of(start)));
        List<List<Integer>> clusters = mergeNeverTogether(singletons, lineStarts);
        Set<Integer> trusted = new HashSet<>();
        int onStrong = 0;
        for (var e : starts.entrySet()) {
            if (e.getValue() >= STRONG) {
                trusted.add(e.getKey());
                onStrong += e.getValue();
            }
        }
        double aligned = cells == 0 ? 0 : (double) onStrong / cells;
        java.util.Map<Integer, Integer> columnOf = new java.util.HashMap<>();
        for (int i = 0; i < clusters.size(); i++) for (int start : clusters.get(i)) columnOf.put(start, i);
        return new Anchors(clusters.stream().mapToInt(c -> c.get(0)).toArray(), trusted, aligned, columnOf);
    }

    /**
     * Start positions a few apart that no line uses together are one column printed with jitter (a
     * heading pushed aside by a long neighbour, a table drawn a little wider on another page or in
     * another form); starts that share a line are different columns, however close.
     */
    private static List<List<Integer>> mergeNeverTogether(List<List<Integer>> clusters, List<int[]> lineStarts) {
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> c : clusters) {
            if (!out.isEmpty()) {
                List<Integer> prev = out.get(out.size() - 1);
                if (c.get(0) - prev.get(prev.size() - 1) <= MAX_JITTER && !together(prev, c, lineStarts)) {
                    prev.addAll(c);
                    continue;
                }
            }
            out.add(new ArrayList<>(c));
        }
        return out;
    }

    private static boolean together(List<Integer> a, List<Integer> b, List<int[]> lineStarts) {
        Set<Integer> sa = new HashSet<>(a);
        Set<Integer> sb = new HashSet<>(b);
        for (int[] line : lineStarts) {
            boolean inA = false;
            boolean inB = false;
            for (int s : line) {
                inA |= sa.contains(s);
                inB |= sb.contains(s);
            }
            if (inA && inB) return true;
        }
        return false;
    }

    /** The line as a row: one cell per anchor up to its last cell, blank where nothing is printed. */
    Row row(String line, int lineNo) {
        String expanded = expand(line);
        List<int[]> spans = splitAtStrongAnchors(expanded, spans(expanded, wide));
        if (spans.size() < 2 || anchors.length == 0) {
            return new Row(List.of(new Cell(CellText.clean(line), "", lineNo, 0)));
        }
        return placed(expanded, spans, lineNo);
    }

    /** The line's cells in their columns, even a single indented one (a wrapped cell's second line). */
    Row placed(String line, int lineNo) {
        String expanded = expand(line);
        return placed(expanded, splitAtStrongAnchors(expanded, spans(expanded, wide)), lineNo);
    }

    private Row placed(String expanded, List<int[]> spans, int lineNo) {
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
        Integer known = columnOf.get(start);
        if (known != null) return known;
        int col = 0;
        for (int a = 0; a < anchors.length; a++) {
            if (anchors[a] <= start + TOLERANCE) col = a;
        }
        return col;
    }

    /**
     * A cell that runs into the next with a single space (a wide cell in a narrow column, or a PDF
     * export that pushed a word against its neighbour) is cut where a word starts within a few
     * positions of a column start that many lines share, other than the column the cell began in;
     * the piece is placed at that column start.
     */
    private List<int[]> splitAtStrongAnchors(String expanded, List<int[]> spans) {
        if (strong.isEmpty()) return spans;
        List<int[]> out = new ArrayList<>();
        int[] at = positions(expanded, wide);
        for (int[] s : spans) {
            int from = s[2];
            int posFrom = s[0];
            for (int i = s[2] + 1; i < s[3]; i++) {
                if (expanded.charAt(i - 1) != ' ' || expanded.charAt(i) == ' ') continue;
                int pos = at[i];
                int anchor = nearestStrong(pos, MAX_JITTER);
                if (anchor >= 0 && column(anchor) != column(posFrom) && anchor > posFrom) {
                    out.add(new int[] {posFrom, pos - 1, from, i - 1});
                    from = i;
                    posFrom = anchor;
                }
            }
            out.add(new int[] {posFrom, s[1], from, s[3]});
        }
        return out;
    }

    /** The strong column start nearest {@code pos}, within {@code reach}; -1 when none. */
    private int nearestStrong(int pos, int reach) {
        for (int d = 0; d <= reach; d++) {
            if (strong.contains(pos + d)) return pos + d;
            if (strong.contains(pos - d)) return pos - d;
        }
        return -1;
    }

    /** Tabs and ideographic spaces (two columns wide) are white space between cells. */
    private static String expand(String line) {
        return line.replace('\t', ' ').replace("\u3000", "  ").replace('\u00A0', ' ');
    }

    /**
     * Every character index's position in the chosen measure (display width of the text before it, or
     * the index itself), measured in one pass: a 300 KB line costs as much as its length, not its square.
     */
    private static int[] positions(String s, boolean wide) {
        int[] at = new int[s.length() + 1];
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            at[i] = wide ? w : i;
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (n == 2) at[i + 1] = wide ? w : i + 1;
            w += DisplayWidth.of(cp);
            i += n;
        }
        at[s.length()] = wide ? w : s.length();
        return at;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * Cells of an expanded line as {start, end, char start, char end}, positions in the chosen measure: a
     * cell is words joined by single spaces; two spaces or more part cells. Scanned in one loop (a
     * pattern with a repeated group recursed once per word and overflowed the stack on long lines).
     */
    private static List<int[]> spans(String expanded, boolean wide) {
        List<int[]> out = new ArrayList<>();
        int[] at = positions(expanded, wide);
        int n = expanded.length();
        int i = 0;
        while (i < n) {
            while (i < n && space(expanded.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            while (i < n) {
                char c = expanded.charAt(i);
                if (!space(c)) i++;
                else if (c == ' ' && i + 1 < n && !space(expanded.charAt(i + 1))) i++;
                else break;
            }
            out.add(new int[] {at[start], at[i], start, i});
        }
        return out;
    }
}
