package jixiao.recognise.stream;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a table whose values and names a PDF converter printed apart (scrambled column order): in
 * each run of rows that hold figures, the value columns of all the rows come first, then the names
 * and headings of those rows. The values are cut into rows by the column order, the names are
 * collected in order (a last character wrapped onto its own line, such as 率, joined back), and
 * they are matched by position; level-two headings are shared out the same way when there is one
 * per row.
 */
final class DetachedReader {
    /** A run of values needs this many pieces to be a block of rows and not one row's values. */
    private static final int MIN_BLOCK = 8;

    private DetachedReader() {
    }

    /** True when the body holds a run of values long enough for several rows with no name among them. */
    static boolean applies(List<Piece> body) {
        return !blocks(body).isEmpty();
    }

    /**
     * The rows the body reads to under a schema, as aligned rows (names and headings filled in);
     * null when the names cannot be matched to the value rows.
     */
    static RowAligner.Result read(List<Piece> body, List<Field> schema) {
        List<int[]> blocks = blocks(body);
        if (blocks.isEmpty()) return null;
        List<RowAligner.Aligned> out = new ArrayList<>();
        double cost = 0;
        int consumed = 0;
        for (int b = 0; b < blocks.size(); b++) {
            int[] block = blocks.get(b);
            RowAligner.Result values = RowAligner.alignValues(body.subList(block[0], block[1]), schema);
            if (values.cost() >= RowAligner.INF) return null;
            List<RowAligner.Aligned> rows = new ArrayList<>(values.rows());
            // names: what precedes the first block, and what follows each block up to the next
            int nextBlock = b + 1 < blocks.size() ? blocks.get(b + 1)[0] : body.size();
            List<Piece> around = new ArrayList<>(body.subList(consumed, block[0]));
            around.addAll(body.subList(block[1], nextBlock));
            consumed = nextBlock;
            List<String> names = names(around);
            List<String> level2 = levels(around, "level2");
            List<String> level1 = levels(around, "level1");
            if (names.isEmpty()) return null;
            cost += values.cost() + 0.8 * Math.abs(names.size() - rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Map<Field, RowAligner.Filled> cells = new EnumMap<>(Field.class);
                cells.putAll(rows.get(r).cells());
                if (r < names.size()) cells.put(Field.NAME, new RowAligner.Filled(Field.NAME, names.get(r), true));
                if (level2.size() == rows.size()) cells.put(Field.L2, new RowAligner.Filled(Field.L2, level2.get(r), true));
                else if (r == 0 && !level2.isEmpty()) cells.put(Field.L2, new RowAligner.Filled(Field.L2, level2.get(0), true));
                if (level1.size() == rows.size()) cells.put(Field.L1, new RowAligner.Filled(Field.L1, level1.get(r), true));
                out.add(new RowAligner.Aligned(cells, null));
            }
        }
        return new RowAligner.Result(out, cost);
    }

    /** Runs of value pieces (and the short words a qualitative target or actual is) with no name among them. */
    static List<int[]> blocks(List<Piece> body) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            if (!isValue(body.get(i))) {
                i++;
                continue;
            }
            int j = i;
            int values = 0;
            int lastValue = i;
            while (j < body.size() && (isValue(body.get(j)) || isShortWord(body.get(j)))) {
                if (isValue(body.get(j))) {
                    values++;
                    lastValue = j;
                }
                j++;
            }
            int length = lastValue + 1 - i;
            // a block of rows is mostly figures; a few short words are qualitative targets (及时, 优)
            if (values >= MIN_BLOCK && values * 5 >= length * 4) out.add(new int[] {i, lastValue + 1});
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean isValue(Piece p) {
        return p.kind() == Piece.Kind.VALUE || p.kind() == Piece.Kind.DASH;
    }

    private static boolean isShortWord(Piece p) {
        return p.kind() == Piece.Kind.TEXT && p.text().length() <= 3 && !p.text().equals("实际") && !p.text().equals("年度")
                && !p.text().startsWith("指标");
    }

    /** Indicator names in order: words that are neither headings nor heading fragments, wrapped ends joined. */
    static List<String> names(List<Piece> pieces) {
        List<String> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.kind() != Piece.Kind.TEXT || p.shape().type() == Shape.Type.POINTS) continue;
            String t = p.text().replaceAll("\\s+", "");
            if (t.equals("实际") || t.equals("年度") || t.matches("^[绩效指标]$")) continue; // a split heading's halves
            if (t.length() <= 2 && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + t); // 与委托运营方合同完成 / 率
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static List<String> levels(List<Piece> pieces, String family) {
        List<String> out = new ArrayList<>();
        List<Piece> levels = pieces.stream().filter(p -> p.isVocab() && (p.hasFamily("level1") || p.hasFamily("level2"))).toList();
        for (int i = 0; i < levels.size(); i++) {
            Piece p = levels.get(i);
            // a word of both levels (满意度指标, 成本指标) heads the level-two word printed after it, else is level two
            boolean both = p.hasFamily("level1") && p.hasFamily("level2");
            boolean headsNext = both && i + 1 < levels.size() && levels.get(i + 1).hasFamily("level2")
                    && !levels.get(i + 1).hasFamily("level1");
            boolean isLevel2 = p.hasFamily("level2") && !headsNext;
            boolean isLevel1 = p.hasFamily("level1") && (!both || headsNext);
            if (family.equals("level2") ? isLevel2 : isLevel1) out.add(p.text().replaceAll("\\s+", ""));
        }
        return out;
    }
}
