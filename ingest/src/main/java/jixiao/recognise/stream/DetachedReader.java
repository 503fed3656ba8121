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
    private static final int MIN_BLOCK = 6;

    private DetachedReader() {
    }

    /** True when the table's first block of values comes before any name or heading: rows are never printed so. */
    static boolean opensWithValues(List<Piece> body) {
        List<int[]> strict = blocks(body, MIN_BLOCK);
        if (strict.isEmpty()) return false;
        for (int i = 0; i < strict.get(0)[0]; i++) if (body.get(i).kind() != Piece.Kind.EMPTY) return false;
        return true;
    }

    /** A stock reason (据实支付) or a finished sentence: what a row's reason cell holds, never a name. */
    private static boolean isReason(String text) {
        return text.strip().endsWith("。") || jixiao.recognise.vocab.Vocabulary.get().isFamily(text, "phrase");
    }

    private static long apart(List<Named> names) {
        return names.stream().filter(n -> !n.inline()).count();
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
        RowAligner.Aligned totalsFirst = null;
        RowAligner.Aligned totalsLast = null;
        for (int b = 0; b < blocks.size(); b++) {
            int[] block = blocks.get(b);
            List<Piece> blockValues = body.subList(block[0], block[1]);
            int totalsAt = b == blocks.size() - 1 ? totalsAt(blockValues, schema.contains(Field.WEIGHT)) : -1;
            if (totalsAt > 0) {
                totalsLast = totalsRow(blockValues.subList(totalsAt, blockValues.size()));
                blockValues = blockValues.subList(0, totalsAt);
            }
            RowAligner.Result values = RowAligner.alignValues(blockValues, schema);
            if (values.cost() >= RowAligner.INF) return null;
            List<RowAligner.Aligned> rows = new ArrayList<>(values.rows());
            // names: what precedes the first block, and what follows each block up to the next
            int nextBlock = b + 1 < blocks.size() ? blocks.get(b + 1)[0] : body.size();
            int before = consumed;
            List<Piece> around = new ArrayList<>(body.subList(consumed, block[0]));
            around.addAll(body.subList(block[1], nextBlock));
            consumed = nextBlock;
            List<Named> names = names(around);
            // 93元/亩 据实结算 产出指标 …: words right after the values, one more than the rows have names for,
            // are the last row's reason
            int reasonEnd = block[1];
            while (reasonEnd < nextBlock && body.get(reasonEnd).kind() == Piece.Kind.TEXT) reasonEnd++;
            if (reasonEnd > block[1] && !rows.isEmpty() && schema.contains(Field.REASON)) {
                List<Piece> rest = new ArrayList<>(body.subList(before, block[0]));
                rest.addAll(body.subList(reasonEnd, nextBlock));
                List<Named> without = names(rest);
                if (apart(without) == rows.size() && apart(names) == rows.size() + (reasonEnd - block[1])) {
                    StringBuilder reason = new StringBuilder();
                    for (Piece p : body.subList(block[1], reasonEnd)) reason.append(p.text());
                    Map<Field, RowAligner.Filled> cells = new EnumMap<>(Field.class);
                    cells.putAll(rows.get(rows.size() - 1).cells());
                    cells.put(Field.REASON, new RowAligner.Filled(Field.REASON, reason.toString(), false));
                    rows.set(rows.size() - 1, new RowAligner.Aligned(cells, null));
                    around = rest;
                    names = without;
                }
            }
            List<Level> headings = levels(around);
            List<String> level2 = texts(headings, false);
            List<String> level1 = texts(headings, true);
            List<String> level1OverLevel2 = levelOneOverEachLevelTwo(headings);
            if (names.isEmpty() && b == blocks.size() - 1 && b > 0 && rows.size() == 1) { // 100 99.14 总分: the totals line
                out.addAll(rows);
                break;
            }
            if (names.isEmpty()) return null;
            long apart = apart(names);
            RowAligner.Result byNames = cutByNames(blockValues, schema, names);
            if (byNames != null) {
                values = byNames;
                rows = new ArrayList<>(byNames.rows());
            }
            cost += values.cost() + 0.8 * Math.abs(apart - rows.size());
            // one level-two heading per row: they were printed as a column of their own (real 001);
            // else each name takes the headings printed before it
            // (the values may run on into a totals row, which has no name: count the named rows)
            // a row whose words and values were printed together (保障审批大厅运行 优 优) takes its own values, in its place
            if (names.stream().anyMatch(Named::inline)) {
                List<RowAligner.Aligned> merged = new ArrayList<>();
                int v = 0;
                for (Named n : names) {
                    if (n.inline()) {
                        Map<Field, RowAligner.Filled> cells = new EnumMap<>(Field.class);
                        cells.put(Field.TARGET, new RowAligner.Filled(Field.TARGET, n.target(), false));
                        cells.put(Field.ACTUAL, new RowAligner.Filled(Field.ACTUAL, n.actual(), false));
                        merged.add(new RowAligner.Aligned(cells, null));
                    } else if (v < rows.size()) {
                        merged.add(rows.get(v++));
                    }
                }
                while (v < rows.size()) merged.add(rows.get(v++));
                rows = merged;
            }
            boolean subtotalFirst = totalsLast != null && rows.size() == names.size() + 1 || rows.size() == names.size() + 2
                    && numbersOnly(rows.get(rows.size() - 1));
            if (b == 0 && subtotalFirst && numbersOnly(rows.get(0))) {
                // 90.00 89.62 … 100.00 99.14: the indicators' subtotal first, the form's total last (Yunnan)
                rows.remove(0);
            } else if (b == 0 && rows.size() == names.size() + 1 && numbersOnly(rows.get(0))
                    && !(blocks.size() == 1 && numbersOnly(rows.get(rows.size() - 1)))) {
                // 得分 printed first, above the rows (Sichuan district forms): the totals line, read after the last row
                totalsFirst = rows.remove(0);
            }
            int named = Math.min(rows.size(), names.size());
            boolean onePerRow = level2.size() == named && named > 1;
            for (int r = 0; r < rows.size(); r++) {
                Map<Field, RowAligner.Filled> cells = new EnumMap<>(Field.class);
                cells.putAll(rows.get(r).cells());
                Named n = r < names.size() ? names.get(r) : null;
                if (n != null) cells.put(Field.NAME, new RowAligner.Filled(Field.NAME, n.name, true));
                if (n != null && n.nature() != null) cells.put(Field.NATURE, new RowAligner.Filled(Field.NATURE, n.nature(), true));
                boolean shared = onePerRow && r < named;
                String l2 = shared ? level2.get(r) : n == null ? null : n.level2;
                String l1 = shared ? (level1.size() == named ? level1.get(r) : level1OverLevel2.get(r)) : n == null ? null : n.level1;
                if (l2 != null) cells.put(Field.L2, new RowAligner.Filled(Field.L2, l2, true));
                if (l1 != null) cells.put(Field.L1, new RowAligner.Filled(Field.L1, l1, true));
                out.add(new RowAligner.Aligned(cells, null));
            }
        }
        if (totalsFirst != null) out.add(totalsFirst);
        if (totalsLast != null) out.add(totalsLast);
        return new RowAligner.Result(out, cost);
    }

    /**
     * The values cut into exactly one row per name printed apart, when some of the names are
     * unweighted 其中 breakdowns: their rows hold a target and an actual and no points, which the
     * values alone cannot tell from a weighted row (10 3个 2个 10 1个 1个 2个 2个 8 7人 7人 8 …).
     * Null when no name is a breakdown or the values cannot be cut so.
     */
    static RowAligner.Result cutByNames(List<Piece> values, List<Field> schema, List<Named> names) {
        List<Boolean> sub = names.stream().filter(n -> !n.inline()).map(n -> IndicatorReader.isSubRow(n.name())).toList();
        if (!sub.contains(Boolean.TRUE)) return null;
        int n = values.size();
        int rows = sub.size();
        int longest = schema.size() + 1;
        RowAligner.Result[][] one = new RowAligner.Result[n + 1][longest + 1]; // one row from piece i, len pieces
        double[][] cost = new double[rows + 1][n + 1];
        int[][] from = new int[rows + 1][n + 1];
        for (double[] c : cost) java.util.Arrays.fill(c, RowAligner.INF);
        cost[0][0] = 0;
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < n; i++) {
                if (cost[r][i] >= RowAligner.INF) continue;
                for (int len = 1; len <= longest && i + len <= n; len++) {
                    if (one[i][len] == null) one[i][len] = RowAligner.alignValues(values.subList(i, i + len), schema);
                    RowAligner.Result row = one[i][len];
                    if (row.cost() >= RowAligner.INF || row.rows().size() != 1) continue;
                    RowAligner.Aligned a = row.rows().get(0);
                    boolean points = a.has(Field.WEIGHT) || a.has(Field.SCORE);
                    double c = cost[r][i] + row.cost() + (sub.get(r) && points ? 1.5 : 0);
                    if (c < cost[r + 1][i + len]) {
                        cost[r + 1][i + len] = c;
                        from[r + 1][i + len] = i;
                    }
                }
            }
        }
        if (cost[rows][n] >= RowAligner.INF) return null;
        RowAligner.Aligned[] out = new RowAligner.Aligned[rows];
        for (int r = rows, i = n; r > 0; r--) {
            int start = from[r][i];
            out[r - 1] = one[start][i - start].rows().get(0);
            i = start;
        }
        return new RowAligner.Result(List.of(out), cost[rows][n]);
    }

    /**
     * Runs of values that reach to the next heading with (almost) no name among them: a run of a
     * dozen figures with one reason in it is a block of rows whose names come after; two rows' values
     * with a name between them are an ordinary table.
     */
    static List<int[]> blocks(List<Piece> body) {
        List<int[]> strict = blocks(body, MIN_BLOCK);
        // once the table is shown scrambled, a shorter run of values under a later heading is a block too
        return strict.isEmpty() ? strict : blocks(body, 2);
    }

    private static List<int[]> blocks(List<Piece> body, int minValues) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            if (!isValue(body.get(i))) {
                i++;
                continue;
            }
            int j = i;
            int values = 0;
            int words = 0;
            int wordsAfterLastValue = 0; // a reason that ends the block is the last row's, not a name
            int lastValue = i;
            while (j < body.size() && !body.get(j).isVocab()) {
                Piece p = body.get(j);
                // 有效改善 有效改善, 有效改善 8 有效改善: a word target and the same achieved (a weight between)
                boolean word = p.kind() == Piece.Kind.TEXT && p.text().strip().length() <= 6; // a grade or a state, not a name
                boolean pair = word && j + 1 < body.size() && body.get(j + 1).text().equals(p.text());
                boolean pairAcross = word && !pair && j + 2 < body.size() && isValue(body.get(j + 1))
                        && body.get(j + 2).text().equals(p.text());
                if (pair || pairAcross) {
                    values += pair ? 2 : 3;
                    j += pair ? 1 : 2;
                    lastValue = j;
                    wordsAfterLastValue = 0;
                } else if (isValue(p)) {
                    values++;
                    lastValue = j;
                    wordsAfterLastValue = 0;
                } else if (p.kind() == Piece.Kind.TEXT && (RowAligner.isMethod(p.text()) || isReason(p.text()))) {
                    // 定量指标计算:…记分, 据实支付, a sentence: a method or a row's reason, in the rows' place
                } else if (p.kind() == Piece.Kind.TEXT && p.text().length() >= 4 && p.shape().type() != Shape.Type.DATE
                        && !(j > i && body.get(j - 1).kind() == Piece.Kind.DASH)) { // "— 立项依据充分": an actual after no target
                    words++;
                    wordsAfterLastValue++;
                }
                j++;
            }
            words -= wordsAfterLastValue;
            if (values >= minValues && words * 12 <= values) out.add(new int[] {wordTargetsBefore(body, i), lastValue + 1});
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** A block whose first row's target is a word (合规 7 合规 7 …) starts at that word, when nothing but headings precede it. */
    private static int wordTargetsBefore(List<Piece> body, int i) {
        int k = i;
        while (k > 0 && body.get(k - 1).kind() == Piece.Kind.TEXT && body.get(k - 1).text().strip().length() <= 6) k--;
        return k < i && (k == 0 || body.get(k - 1).isVocab()) && i - k <= 2 ? k : i;
    }

    /**
     * Where a block ends in the form's totals, after the last row's figures: the weights' round total
     * and the score (… 10.00 10.00 100.00 99.14), or, where rows have no weights, the score alone
     * (Hubei: … 90.7 90.7 10 94.71); -1 when it does not.
     */
    private static int totalsAt(List<Piece> values, boolean weighted) {
        int n = values.size();
        if (n < 5) return -1;
        Double score = plainNumber(values.get(n - 1));
        if (score == null || score > 100) return -1;
        if (!weighted) return score >= 50 && plainNumber(values.get(n - 2)) != null ? n - 1 : -1;
        Double weights = plainNumber(values.get(n - 2));
        if (weights == null || plainNumber(values.get(n - 3)) == null) return -1;
        return IndicatorReader.isWeightsTotalAndScore(weights, score) ? n - 2 : -1;
    }

    private static Double plainNumber(Piece p) {
        return p.kind() == Piece.Kind.VALUE && p.shape().type() == Shape.Type.NUMBER ? p.shape().number() : null;
    }

    private static RowAligner.Aligned totalsRow(List<Piece> totals) {
        Map<Field, RowAligner.Filled> cells = new EnumMap<>(Field.class);
        if (totals.size() == 2) cells.put(Field.WEIGHT, new RowAligner.Filled(Field.WEIGHT, totals.get(0).text(), false));
        cells.put(Field.SCORE, new RowAligner.Filled(Field.SCORE, totals.get(totals.size() - 1).text(), false));
        return new RowAligner.Aligned(cells, null);
    }

    private static boolean numbersOnly(RowAligner.Aligned row) {
        if (row.cells().isEmpty()) return false;
        for (RowAligner.Filled f : row.cells().values()) {
            if (f.text() != null && Shape.of(f.text()).type() != Shape.Type.NUMBER) return false;
        }
        return true;
    }

    private static boolean isValue(Piece p) {
        // …… fills an empty heading's row among the names: not a value of the block after it
        return p.kind() == Piece.Kind.VALUE || p.kind() == Piece.Kind.DASH && !jixiao.recognise.Values.isPlaceholder(p.text());
    }

    private static final java.util.regex.Pattern NATURE_WORD = java.util.regex.Pattern.compile("定性|定量|正向|反向");


    /** A name and the level headings printed before it; a target and actual where they were printed beside it. */
    record Named(String name, String level1, String level2, String target, String actual, String nature) {
        Named(String name, String level1, String level2) {
            this(name, level1, level2, null, null, null);
        }

        Named withNature(String sign) {
            return new Named(name, level1, level2, target, actual, sign);
        }

        boolean inline() {
            return target != null;
        }
    }

    /** Two short words after a name, alike or both very short (优 优, 长期 长期): its target and actual, printed beside it. */
    private static boolean inlineValues(List<Piece> pieces, int k) {
        if (k + 1 >= pieces.size()) return false;
        Piece a = pieces.get(k);
        Piece b = pieces.get(k + 1);
        if (a.kind() != Piece.Kind.TEXT || b.kind() != Piece.Kind.TEXT) return false;
        String x = a.text().strip();
        String y = b.text().strip();
        return x.length() <= 8 && y.length() <= 8 && (x.equals(y) || x.length() <= 2 && y.length() <= 2);
    }

    /** Indicator names in order: words that are neither headings nor heading fragments, wrapped ends joined. */
    static List<Named> names(List<Piece> pieces) {
        List<Named> out = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            boolean both = p.isVocab() && p.hasFamily("level1") && p.hasFamily("level2");
            if (both && nextIsLevel2(pieces, i)) { // 满意度指标（10分） 满意度指标 …: a level one over its level two
                level1 = p.text().replaceAll("\\s+", "");
                level2 = null;
                continue;
            }
            if (p.isVocab() && p.hasFamily("level1") && !p.hasFamily("level2")) {
                level1 = p.text().replaceAll("\\s+", "");
                level2 = null;
                continue;
            }
            if (p.isVocab() && p.hasFamily("level2")) {
                if (p.hasFamily("level1") && level2 == null && level1 == null) level1 = p.text().replaceAll("\\s+", "");
                else level2 = p.text().replaceAll("\\s+", "");
                continue;
            }
            if (p.isVocab() && p.has("row.execution")) { // 预算执行率: a heading's word, and a row's name here
                out.add(new Named(p.text().replaceAll("\\s+", ""), level1, level2));
                continue;
            }
            boolean nature = p.kind() == Piece.Kind.SIGN || p.kind() == Piece.Kind.TEXT && NATURE_WORD.matcher(p.text().strip()).matches();
            if (nature && !out.isEmpty() && out.get(out.size() - 1).nature() == null) { // 出勤率 ≥: its 指标性质, printed after it
                out.set(out.size() - 1, out.get(out.size() - 1).withNature(p.text().strip()));
                continue;
            }
            if (p.kind() != Piece.Kind.TEXT || p.shape().type() == Shape.Type.POINTS) continue;
            String t = p.text().replaceAll("\\s+", "");
            if (t.equals("实际") || t.equals("年度") || t.matches("^[绩效指标]$")) continue; // a split heading's halves
            if (t.endsWith("。") || t.matches("^(?:说明|注|备注)[:：].*")) continue; // a reason or a note, never a name
            if (t.length() <= 2 && !out.isEmpty()) {
                Named last = out.get(out.size() - 1);
                out.set(out.size() - 1, new Named(last.name + t, last.level1, last.level2, last.target, last.actual, last.nature)); // 与委托运营方合同完成 / 率
                continue;
            }
            if (inlineValues(pieces, i + 1)) {
                out.add(new Named(t, level1, level2, pieces.get(i + 1).text().strip(), pieces.get(i + 2).text().strip(), null));
                i += 2;
                continue;
            }
            out.add(new Named(t, level1, level2));
        }
        return out;
    }

    private static boolean nextIsLevel2(List<Piece> pieces, int i) {
        return i + 1 < pieces.size() && pieces.get(i + 1).isVocab() && pieces.get(i + 1).hasFamily("level2");
    }

    /** A level heading as printed among the names, read as level one, level two, or (rarely) both. */
    private record Level(String text, boolean one, boolean two) {
    }

    /** The level headings in print order, each read as the level it heads. */
    private static List<Level> levels(List<Piece> pieces) {
        List<Level> out = new ArrayList<>();
        List<Piece> levels = pieces.stream().filter(p -> p.isVocab() && (p.hasFamily("level1") || p.hasFamily("level2"))).toList();
        for (int i = 0; i < levels.size(); i++) {
            Piece p = levels.get(i);
            // a word of both levels (满意度指标, 成本指标) heads the level-two word printed after it, else is level two
            boolean both = p.hasFamily("level1") && p.hasFamily("level2");
            boolean headsNext = both && i + 1 < levels.size() && levels.get(i + 1).hasFamily("level2")
                    && !levels.get(i + 1).hasFamily("level1");
            out.add(new Level(SPACES.matcher(p.text()).replaceAll(""), p.hasFamily("level1") && (!both || headsNext),
                    p.hasFamily("level2") && !headsNext));
        }
        return out;
    }

    private static List<String> texts(List<Level> levels, boolean one) {
        List<String> out = new ArrayList<>();
        for (Level l : levels) if (one ? l.one() : l.two()) out.add(l.text());
        return out;
    }

    /** For each level-two heading, the last level one printed before it (数量指标 产出指标 质量指标: none, 产出指标). */
    private static List<String> levelOneOverEachLevelTwo(List<Level> levels) {
        List<String> out = new ArrayList<>();
        String last = null;
        for (Level l : levels) {
            if (l.two()) out.add(last);
            if (l.one()) last = l.text();
        }
        return out;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
}
