package jixiao.recognise.stream;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts an indicator table's pieces into rows and fills each row's columns, by what each piece is.
 * A row is [一级] [二级] 三级指标 and then the table's value columns in their printed order, any of them
 * missing. Every way to do that is scored — a piece in a column its shape does not fit, a column left
 * empty, a row broken where the print did not break it — and the cheapest is kept (dynamic
 * programming over the pieces). Run-together pieces may fill two or three columns at once (1515 as
 * 分值 15 and 得分 15; 及时较及时 as 及时 and 较及时). With {@code trustRows}, printed rows are rows.
 */
final class RowAligner {
    static final double INF = 1e9;
    private static final double ROW_START = 0.25;

    /** One filled column of a row: the text it holds and the pieces it came from. */
    record Filled(Field field, String text, boolean split, int col) {
        Filled(Field field, String text, boolean split) {
            this(field, text, split, -1);
        }

        /** A wrapped line's text, to be joined to the cell of its row it continues (field null). */
        static Filled continuation(Piece p) {
            return new Filled(null, p.text(), false, p.col());
        }
    }

    /** One row as aligned; {@code head} is the piece that opened it. */
    record Aligned(Map<Field, Filled> cells, Piece head) {
        String text(Field f) {
            Filled c = cells.get(f);
            return c == null ? null : c.text();
        }

        boolean has(Field f) {
            return cells.containsKey(f);
        }
    }

    record Result(List<Aligned> rows, double cost) {
    }

    private final List<Piece> pieces;
    private final List<Field> full;
    private final boolean trustRows;
    private final Map<Field, Integer> columns;
    private final int nameAt;
    private final boolean rowsKnown;

    /** Rows of values alone, their names printed elsewhere (scrambled PDF text): no heading columns. */
    private final boolean valuesOnly;

    /** A reading that would cost this much or more is of no use to the caller: the search stops short of it. */
    private final double ceiling;

    /** What each piece is worth in each column, shared by every reading of the same pieces. */
    private final Memo memo;

    private RowAligner(Memo memo, List<Field> schema, boolean trustRows, Map<Field, Integer> columns,
                       boolean rowsKnown, boolean valuesOnly, double ceiling) {
        this.pieces = memo.pieces;
        this.memo = memo;
        this.ceiling = ceiling;
        this.full = new ArrayList<>(valuesOnly ? List.of() : Field.HEADINGS);
        this.full.addAll(schema);
        this.trustRows = trustRows;
        this.columns = columns;
        this.nameAt = valuesOnly ? -1 : 2;
        this.rowsKnown = rowsKnown;
        this.valuesOnly = valuesOnly;
    }

    /** Value rows without names: each row fills the schema's columns from its first (or second) on. */
    static Result alignValues(List<Piece> pieces, List<Field> schema) {
        return new RowAligner(new Memo(pieces), schema, false, null, false, true, INF).run();
    }

    /**
     * Aligns pieces ({@code memo}'s) under a schema. {@code trustRows}: printed rows are rows.
     * {@code rowsKnown}: the print has rows worth respecting, so a stream reading that runs across them
     * pays for it. A caller with no use for a reading costing {@code ceiling} or more says so: states
     * that cannot end below it are not followed, and a result of INF says none could. Below the
     * ceiling the reading is the one the full search finds.
     */
    static Result align(Memo memo, List<Field> schema, boolean trustRows, Map<Field, Integer> columns,
                        boolean rowsKnown, double ceiling) {
        return new RowAligner(memo, schema, trustRows, columns, rowsKnown, false, ceiling).run();
    }

    /**
     * What the aligner works out for each piece whatever the schema and the rows: its fit to each
     * column, its cuts over columns, the lines it wraps and the breakdowns it belongs to. Worked out
     * once per table body and shared by every reading of it tried.
     */
    static final class Memo {
        private final List<Piece> pieces;
        private final boolean[] wrapLine;
        private final boolean[] subRow;
        private final boolean[] digitRuns;
        private final double[][] emitted;
        private final Map<List<Field>, Split>[] splits;
        private final List<NameAndPair>[] namePairs;
        private final List<String[]>[] wordPairs;

        @SuppressWarnings("unchecked")
        Memo(List<Piece> pieces) {
            this.pieces = pieces;
            int n = pieces.size();
            wrapLine = wrapLines(pieces);
            subRow = subRows(pieces);
            digitRuns = new boolean[n];
            for (int i = 0; i < n; i++) digitRuns[i] = runTogetherDigits(pieces.get(i)); // asked for every state and column
            emitted = new double[n][Field.values().length];
            for (double[] row : emitted) java.util.Arrays.fill(row, Double.NaN);
            splits = new Map[n];
            namePairs = new List[n];
            wordPairs = new List[n];
        }

        /** emit() of piece i for a column. */
        double emit(int i, Field f) {
            double v = emitted[i][f.ordinal()];
            if (Double.isNaN(v)) {
                v = RowAligner.emit(f, pieces.get(i));
                emitted[i][f.ordinal()] = v;
            }
            return v;
        }

        /** bestSplit of piece i over the columns of {@code span}, dearer in a breakdown row; null when none. */
        Split split(int i, List<Field> span) {
            if (splits[i] == null) splits[i] = new java.util.HashMap<>();
            Split best = splits[i].get(span);
            if (best == null) {
                best = bestSplit(pieces.get(i).text(), span);
                if (best != null && subRow[i] && span.stream().anyMatch(Field::numeric)) best = new Split(best.parts, best.cost + 1.5);
                splits[i].put(List.copyOf(span), best == null ? NO_SPLIT : best);
            }
            return best == NO_SPLIT ? null : best;
        }

        /** Splits.nameAndPair of piece i with each cut's cost as a name. */
        List<NameAndPair> namesAndPairs(int i) {
            if (namePairs[i] == null) {
                Piece p = pieces.get(i);
                List<NameAndPair> out = new ArrayList<>();
                for (String[] t : Splits.nameAndPair(p.text())) out.add(new NameAndPair(t[0], t[1], t[2], emitName(t[0], p)));
                namePairs[i] = out;
            }
            return namePairs[i];
        }

        /** Splits.wordPairs of piece i. */
        List<String[]> wordPairs(int i) {
            if (wordPairs[i] == null) wordPairs[i] = Splits.wordPairs(pieces.get(i).text());
            return wordPairs[i];
        }
    }

    /** How the best path reached a state: from where, filling what. */
    private record Step(int fromI, int fromS, List<Filled> filled, boolean newRow, Piece head) {
    }

    private Result run() {
        int n = pieces.size();
        wrapLine = memo.wrapLine;
        subRow = memo.subRow;
        digitRuns = memo.digitRuns;
        int states = full.size() + 1; // 0: no open row; s: last filled column is full[s-1]
        double[][] cost = new double[n + 1][states];
        Step[][] how = new Step[n + 1][states];
        for (double[] row : cost) java.util.Arrays.fill(row, INF);
        cost[0][0] = 0;
        double[] rest = ceiling < INF ? leastToCome() : null;
        for (int i = 0; i < n; i++) {
            Piece p = pieces.get(i);
            boolean alive = false;
            for (int s = 0; s < states; s++) {
                double c0 = cost[i][s];
                if (c0 >= INF) continue;
                if (rest != null && c0 + rest[i] >= ceiling) continue; // cannot end below the ceiling
                alive = true;
                // leave the piece out
                if (c0 + drop(i) < cost[i + 1][s]) relax(cost, how, i + 1, s, c0 + drop(i), new Step(i, s, List.of(), false, null));
                boolean mayContinue = s > 0 && !(trustRows && p.rowStart());
                if (mayContinue) {
                    // reading on across a printed row break is allowed, at a price, where rows are worth trusting
                    double across = !trustRows && rowsKnown && p.rowStart() ? 0.3 : 0;
                    for (int k = s; k < full.size(); k++) tryFill(cost, how, i, s, k, c0 + skips(s, k) + across, false);
                }
                // a line of words under a row, in no column of its own: the wrapped rest of one of the row's cells
                if (s - 1 >= nameAt && p.kind() == Piece.Kind.TEXT && wrapLine[i] && !looksLikeHeading(p)
                        && p.shape().type() == Shape.Type.TEXT) {
                    relax(cost, how, i + 1, s, c0 + 0.35, new Step(i, s, List.of(Filled.continuation(p)), false, null));
                }
                boolean mayStart = !(trustRows && !p.rowStart()) || s == 0 && i == 0;
                if (mayStart) {
                    double end = s == 0 ? 0 : rowEnd(s);
                    double start = ROW_START + (!trustRows && !p.rowStart() && s > 0 ? 0.1 : 0);
                    int lastStart = valuesOnly ? Math.min(1, full.size() - 1) : nameAt;
                    for (int k = 0; k <= lastStart; k++) tryFill(cost, how, i, s, k, c0 + end + start, true);
                }
            }
            if (!alive) return new Result(List.of(), INF);
        }
        double best = INF;
        int bestS = 0;
        for (int s = 0; s < states; s++) {
            double c = cost[n][s] + (s == 0 ? 0 : rowEnd(s));
            if (c < best) {
                best = c;
                bestS = s;
            }
        }
        if (best >= INF || best >= ceiling) return new Result(List.of(), INF);
        return new Result(backtrack(how, n, bestS), best);
    }

    /**
     * A lower bound on what the pieces from each index on add to any reading's cost: per piece the
     * cheapest thing that can happen to it (left out, placed, split over columns; never above 0,
     * since a joined name spreads its cost over several pieces), less 0.1 for the open row's
     * target-and-actual bonus (every later row pays more than that to start).
     */
    private double[] leastToCome() {
        int n = pieces.size();
        double[] rest = new double[n + 1];
        rest[n] = -0.1;
        for (int i = n - 1; i >= 0; i--) {
            double least = Math.min(0, drop(i));
            for (Field f : full) least = Math.min(least, memo.emit(i, f));
            if (digitRuns[i]) {
                for (int k = 0; k < full.size(); k++) {
                    for (int m = 2; m <= 3 && k + m <= full.size() && valueColumns(k, m); m++) {
                        Split split = memo.split(i, full.subList(k, k + m));
                        if (split != null) least = Math.min(least, split.cost);
                    }
                }
            }
            rest[i] = rest[i + 1] + least;
        }
        return rest;
    }

    private boolean[] wrapLine;
    private boolean[] subRow;
    private boolean[] digitRuns;

    /**
     * Pieces after a name that starts 其中: an unweighted breakdown of the row above, whose figures are
     * its target and actual, never points.
     */
    private static boolean[] subRows(List<Piece> pieces) {
        boolean[] out = new boolean[pieces.size()];
        boolean sub = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.kind() == Piece.Kind.TEXT && p.shape().type() == Shape.Type.TEXT && !isBareUnit(p.text())) {
                sub = SUB_NAME.matcher(p.text()).find();
            } else if (p.isVocab()) {
                sub = false;
            }
            out[i] = sub;
        }
        return out;
    }

    private static final java.util.regex.Pattern SUB_NAME = java.util.regex.Pattern.compile("^\\s*其中");
    /**
     * Pieces on a printed line that holds one or two bits of words and nothing else: the wrapped rest
     * of the cells of the line above (PDF and space-aligned exports print a long cell over lines).
     */
    private static boolean[] wrapLines(List<Piece> pieces) {
        int n = pieces.size();
        boolean[] out = new boolean[n];
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && !(pieces.get(j).rowStart() || pieces.get(j).row() != pieces.get(i).row())) j++;
            int words = 0;
            boolean other = false;
            for (int k = i; k < j; k++) {
                Piece p = pieces.get(k);
                if (p.kind() == Piece.Kind.TEXT) words++;
                else if (p.kind() != Piece.Kind.EMPTY) other = true;
            }
            boolean wrap = !other && words >= 1 && words <= 2 && pieces.get(i).row() > 0;
            for (int k = i; k < j; k++) out[k] = wrap;
            i = j;
        }
        return out;
    }

    private void relax(double[][] cost, Step[][] how, int i, int s, double c, Step step) {
        if (c < cost[i][s]) {
            cost[i][s] = c;
            how[i][s] = step;
        }
    }

    /** Fill column full[k] (and maybe the next ones) from piece i, coming from state s. */
    private void tryFill(double[][] cost, Step[][] how, int i, int s, int k, double base, boolean newRow) {
        Field f = full.get(k);
        if (!valuesOnly && f.compareTo(Field.NAME) > 0 && !newRow && s - 1 < nameAt) return; // values need a name first
        if (!valuesOnly && f.compareTo(Field.NAME) > 0 && newRow) return;
        Piece p = pieces.get(i);
        // one piece, one column; a name may be a heading's word (服务对象满意度) once the row has its level two
        double e = memo.emit(i, f) + position(f, p) + pair(i, s, k) + (subRow[i] && f.numeric() ? 1.5 : 0);
        if (f == Field.NAME && p.isVocab() && !newRow && s - 1 == 1 && p.hasFamily("level2")) e = 0.6;
        // steps are built only when they improve a state: most tries do not, and this is the innermost loop
        if (e < INF && base + e < cost[i + 1][k + 1]) {
            relax(cost, how, i + 1, k + 1, base + e, new Step(i, s, List.of(new Filled(f, text(f, p), false, p.col())), newRow, p));
        }
        // a name wrapped or cut into pieces: up to three pieces of words
        if (f == Field.NAME) {
            for (NameSpan span : nameSpans(i)) {
                if (base + span.cost >= cost[i + span.pieces + 1][k + 1]) continue;
                relax(cost, how, i + span.pieces + 1, k + 1, base + span.cost,
                        new Step(i, s, List.of(new Filled(f, span.text, false, p.col())), newRow, p));
            }
            // a name with its target and actual run on: 项目完成及时性及时较及时
            if (p.glued() && p.kind() == Piece.Kind.TEXT && k + 2 < full.size() && full.get(k + 1) == Field.TARGET
                    && full.get(k + 2) == Field.ACTUAL) {
                for (NameAndPair t : memo.namesAndPairs(i)) {
                    double c = base + 0.2 + t.nameCost; // summed as before, so ties fall the same way
                    if (c >= cost[i + 1][k + 3]) continue;
                    relax(cost, how, i + 1, k + 3, c, new Step(i, s, List.of(new Filled(Field.NAME, t.name, true),
                            new Filled(Field.TARGET, t.target, true), new Filled(Field.ACTUAL, t.actual, true)), newRow, p));
                }
            }
        }
        if (newRow) return;
        // run-together digits over two or three columns: 1515 → 15 | 15
        if (digitRuns[i]) {
            for (int m = 2; m <= 3 && k + m <= full.size(); m++) {
                if (!valueColumns(k, m)) break;
                Split best = memo.split(i, full.subList(k, k + m));
                if (best != null && base + best.cost < cost[i + 1][k + m]) {
                    List<Filled> filled = new ArrayList<>();
                    for (int x = 0; x < m; x++) filled.add(new Filled(full.get(k + x), best.parts.get(x), true));
                    relax(cost, how, i + 1, k + m, base + best.cost, new Step(i, s, filled, false, p));
                }
            }
        }
        // a target and its actual run together: 及时较及时, 有效有效
        boolean words = p.kind() == Piece.Kind.TEXT || p.shape().type() == Shape.Type.DATE;
        if (p.glued() && words && f == Field.TARGET && k + 1 < full.size() && full.get(k + 1) == Field.ACTUAL) {
            if (base + 0.15 >= cost[i + 1][k + 2]) return;
            for (String[] t : memo.wordPairs(i)) {
                relax(cost, how, i + 1, k + 2, base + 0.15, new Step(i, s, List.of(new Filled(Field.TARGET, t[0], true),
                        new Filled(Field.ACTUAL, t[1], true)), false, p));
            }
        }
    }

    /** Digits that may hold the figures of two or three columns run together (1515: 15 and 15). */
    private static boolean runTogetherDigits(Piece p) {
        Shape shape = p.shape();
        return shape.type() == Shape.Type.GLUED || (p.glued() && (shape.type() == Shape.Type.NUMBER
                || shape.type() == Shape.Type.PERCENT
                || shape.type() == Shape.Type.QUANTITY && shape.comparator() == null && !DATE_UNIT.matcher(shape.unit()).find()
                || shape.type() == Shape.Type.TEXT && TWO_DECIMALS.matcher(p.text()).find())); // 4.74.46万元: 4.7 | 4.46万元
    }

    /** Whether the m columns from full[k] all hold figures or values. */
    private boolean valueColumns(int k, int m) {
        for (int x = k; x < k + m; x++) {
            Field f = full.get(x);
            if (!f.numeric() && !f.valueLike()) return false;
        }
        return true;
    }

    private static final Split NO_SPLIT = new Split(List.of(), INF);
    /** A name run into its target and actual, with what its name costs as a name. */
    private record NameAndPair(String name, String target, String actual, double nameCost) {
    }

    /** A name joined from the piece at i and the {@code pieces} after it. */
    private record NameSpan(int pieces, String text, double cost) {
    }

    private List<NameSpan>[] spans;

    @SuppressWarnings("unchecked")
    private List<NameSpan> nameSpans(int i) {
        if (spans == null) spans = new List[pieces.size()];
        if (spans[i] != null) return spans[i];
        List<NameSpan> out = new ArrayList<>();
        Piece p = pieces.get(i);
        if (p.kind() == Piece.Kind.VALUE && !trustRows) { // "2个 2个 ★驻村队员人数": a figure never starts a joined name
            spans[i] = List.of();
            return spans[i];
        }
        StringBuilder joined = new StringBuilder(p.text());
        for (int t = 1; t <= 2 && i + t < pieces.size(); t++) {
            Piece q = pieces.get(i + t);
            if (!spanPartner(p, q, pieces.get(i + t - 1))) break;
            joined.append(q.text());
            double ej = emitName(joined.toString(), p) + 0.35 * t;
            if (ej < INF) out.add(new NameSpan(t, joined.toString(), ej));
        }
        spans[i] = out;
        return out;
    }

    private record Split(List<String> parts, double cost) {
    }

    /** The cut of run-together digits that best suits the columns it fills. */
    private static Split bestSplit(String text, List<Field> span) {
        Split best = null;
        for (List<String> parts : Splits.numbers(text, span.size(), span.size())) {
            double c = 0.2;
            Double weight = null;
            for (int x = 0; x < parts.size(); x++) {
                Shape s = Shape.of(parts.get(x));
                Field f = span.get(x);
                if (f == Field.WEIGHT_SHARE) {
                    if (s.type() != Shape.Type.PERCENT && s.type() != Shape.Type.NUMBER) c += 3; // 权重占比: 10%
                } else if (f.numeric()) {
                    if (s.type() != Shape.Type.NUMBER) c += 3;
                } else if (s.type() == Shape.Type.QUANTITY || s.type() == Shape.Type.PERCENT) {
                    c -= 0.05; // a value with its unit where a value belongs
                }
                if (s.number() != null && s.number() == 0 && ZERO_THEN_WORD.matcher(parts.get(x)).matches()) c += 0.8; // "0辆" out of "10辆"
                if (f.numeric() && f != Field.WEIGHT_SHARE) {
                    double v = s.number() == null ? 0 : s.number();
                    boolean hundredScale = f == Field.SCORE && span.contains(Field.WEIGHT_SHARE); // 单项指标得分 out of 100
                    if (v > 100) c += 2;
                    else if (v > 40 && !hundredScale) c += 0.6;
                    if (f == Field.WEIGHT) weight = v;
                    if (f == Field.WEIGHT && TWO_PLACES.matcher(parts.get(x)).find()) c += 0.3; // weights print one decimal at most
                    if (f == Field.SCORE && weight != null && v > weight + 1e-9) c += 1.5;
                }
            }
            // a target achieved as printed: 95 | 95 beside a score (95956 → 95 | 95 | 6)
            for (int x = 0; x + 1 < parts.size(); x++) {
                if (span.get(x) == Field.TARGET && span.get(x + 1) == Field.ACTUAL && parts.get(x).equals(parts.get(x + 1))) c -= 0.3;
            }
            // cells of a row repeat each other more often than not: 20 | 20, 100% | 100%
            if (parts.stream().distinct().count() == 1) c -= 0.15;
            else if (parts.stream().anyMatch(x -> x.endsWith("%"))) c += 0; // 7 | 100%: a weight and a rate need not look alike
            else {
                // parts that should look alike (target and actual, weight and score) differ little in length
                int[] pair = alikePair(span);
                int a = pair == null ? 0 : pair[0], b = pair == null ? parts.size() - 1 : pair[1];
                int diff = Math.abs(parts.get(a).length() - parts.get(b).length());
                if (parts.stream().noneMatch(x -> x.contains("."))) c += 0.25 * diff;
                else c += Math.min(0.3, 0.1 * diff);
            }
            if (best == null || c < best.cost) best = new Split(parts, c);
        }
        return best;
    }

    // precompiled: String.matches would compile these on every call, and they run per piece and per cut
    private static final java.util.regex.Pattern ZERO_THEN_WORD = java.util.regex.Pattern.compile("^0\\D.*");
    private static final java.util.regex.Pattern POINTS_ONLY = java.util.regex.Pattern.compile("^\\(?\\d+分?\\)?$");

    /** Two columns of a span whose cells look alike: target and actual, else weight and score; null when none. */
    private static int[] alikePair(List<Field> span) {
        int t = span.indexOf(Field.TARGET), a = span.indexOf(Field.ACTUAL);
        if (t >= 0 && a >= 0) return new int[] {t, a};
        int w = span.indexOf(Field.WEIGHT), s = span.indexOf(Field.SCORE);
        if (w >= 0 && s >= 0) return new int[] {w, s};
        return null;
    }

    /** A figure followed by words ("3个村", "2次以上"), as String.matches read it. */
    private static final java.util.regex.Pattern FIGURE_THEN_WORD = java.util.regex.Pattern.compile(".*\\d.*[^\\d%]$");

    private boolean spanPartner(Piece first, Piece q, Piece prev) {
        if (q.kind() != Piece.Kind.TEXT && q.kind() != Piece.Kind.VALUE) return false;
        if (q.kind() == Piece.Kind.VALUE && q.shape().type() != Shape.Type.QUANTITY && !FIGURE_THEN_WORD.matcher(q.text()).matches()) {
            // a bare number or rate after a name is its value, not its end ("…率" + "100%")
            return false;
        }
        if (q.kind() == Piece.Kind.TEXT && (isBareUnit(q.text()) || q.text().contains("/"))) return false; // a unit column's cell
        boolean sameCell = q.grid() == first.grid() && q.row() == first.row() && q.col() == first.col();
        if (trustRows) return sameCell;
        return sameCell || (prev.kind() == Piece.Kind.TEXT && q.kind() == Piece.Kind.TEXT && q.text().length() <= 3);
    }

    private double[][] skipTable;

    /** What leaving the columns s..k-1 empty costs (a table, summed in order once: this runs in the innermost loop). */
    private double skips(int s, int k) {
        if (skipTable == null) {
            int n = full.size();
            skipTable = new double[n + 1][n + 1];
            for (int a = 0; a <= n; a++) {
                double c = 0;
                for (int b = a; b <= n; b++) {
                    skipTable[a][b] = c;
                    if (b < n) c += skip(full.get(b), a - 1 >= nameAt);
                }
            }
        }
        return skipTable[s][k];
    }

    private double[] rowEnds;

    /** Columns a row leaves empty after its last filled one; a heading-only row costs nothing. */
    private double rowEnd(int s) {
        if (rowEnds == null) { // summed once: asked for every state of every piece
            rowEnds = new double[full.size() + 1];
            for (int t = 0; t <= full.size(); t++) {
                if (t - 1 < nameAt) continue; // a heading-only row
                for (int x = t; x < full.size(); x++) rowEnds[t] += trailing(full.get(x));
            }
        }
        return rowEnds[s];
    }

    private static double skip(Field f, boolean named) {
        return switch (f) {
            case L1, L2 -> 0;
            case NAME -> INF;
            case TARGET -> 1.0;
            case ACTUAL -> 0.8;
            case WEIGHT, SCORE -> 0.8;
            case NATURE, UNIT -> 0.15; // run-together text prints sign and unit inside the target
            case REVIEW, WEIGHT_SHARE, WEIGHTED_SCORE -> 0.3;
            case REASON, METHOD -> 0.02;
        };
    }

    private static double trailing(Field f) {
        return switch (f) {
            case REASON, METHOD, REVIEW -> 0;
            case SCORE, WEIGHTED_SCORE -> 0.6;
            default -> skip(f, true) * 0.8;
        };
    }

    private double[] dropped;

    private double drop(int i) {
        if (dropped == null) {
            dropped = new double[pieces.size()];
            for (int k = 0; k < dropped.length; k++) dropped[k] = dropCost(k);
        }
        return dropped[i];
    }

    /** What leaving a piece out costs: free for blanks and repeats of a merged cell, dear for words. */
    private double dropCost(int i) {
        Piece p = pieces.get(i);
        if (p.kind() == Piece.Kind.EMPTY) return 0;
        if (i > 0) {
            Piece prev = pieces.get(i - 1);
            if (prev.text().equals(p.text()) && prev.row() == p.row() && prev.grid() == p.grid() && prev.col() != p.col()) return 0.02;
        }
        if (p.kind() == Piece.Kind.DASH) return 0.15; // a dash holds its column's place: dearer to drop than to place
        if (p.isVocab()) return p.hasFamily("level1") || p.hasFamily("level2") ? 0.9 : 0.15;
        if (p.shape().type() == Shape.Type.POINTS) return 0.3; // points a scoring sheet allots a heading
        if (p.kind() == Piece.Kind.SIGN) return 1.0; // a 指标性质 sign wants a schema with that column
        if (p.kind() == Piece.Kind.VALUE) return POINTS_ONLY.matcher(p.key()).matches() ? (valuesOnly ? 0.85 : 0.7) : 1.3; // a block of values has no stray numbers
        return p.text().length() <= 2 ? 0.6 : 1.4;
    }

    /** How well a piece suits a column on its own. */
    static double emit(Field f, Piece p) {
        Shape s = p.shape();
        return switch (f) {
            case L1 -> p.hasFamily("level1") ? 0 : textHeading(p, false);
            case L2 -> p.hasFamily("level2") ? 0 : textHeading(p, true);
            // a name may be a heading's word (服务对象满意度, 预算执行率), never a column heading or a label
            case NAME -> p.isVocab() ? (p.has("row.execution") ? 0.3 : INF) : emitName(p.text(), s, p);
            case NATURE -> p.kind() == Piece.Kind.SIGN ? 0 : INF;
            case UNIT -> p.kind() == Piece.Kind.EMPTY ? 0.1 : p.kind() != Piece.Kind.TEXT ? INF
                    : isBareUnit(p.text()) ? 0 : isUnitLike(p.text()) ? 0.3 : INF;
            case TARGET, ACTUAL -> switch (p.kind()) {
                case VALUE -> s.type() == Shape.Type.GLUED ? 1.2 : 0;
                case TEXT -> s.type() == Shape.Type.POINTS ? 2.0 : isBareUnit(p.text()) ? 0.9
                        : (p.text().length() <= 16 ? 0.1 : 0.4 + Math.min(1.0, (p.text().length() - 16) / 80.0))
                        + (NAME_LIKE.matcher(p.text()).find() ? 0.5 : 0);
                case DASH -> 0.15; // no target set (scoring sheets print — for decision rows): no dearer than dropping it
                case EMPTY -> 0.05; // a blank cell where the value would be: an empty column, kept in its place
                case SIGN, VOCAB -> INF;
            };
            case WEIGHT, SCORE, REVIEW, WEIGHT_SHARE, WEIGHTED_SCORE -> switch (p.kind()) {
                case VALUE -> s.type() == Shape.Type.NUMBER ? (s.number() != null && s.number() > 100 ? 2.5 : 0)
                        : s.type() == Shape.Type.PERCENT ? (f == Field.WEIGHT_SHARE ? 0 : 2.5) : s.type() == Shape.Type.GLUED ? 2.5 : 3;
                case DASH -> 0.3;
                case EMPTY -> 0.25;
                default -> INF;
            };
            case REASON, METHOD -> switch (p.kind()) {
                case TEXT -> SUB_NAME.matcher(p.text()).find() ? 3.0 // 其中…: the name of a breakdown row, not a reason
                        : looksLikeHeading(p) || jixiao.recognise.Values.isPointsNote(p.key()) ? 1.0 // (30分): a heading's points
                        : isMethod(p.text()) ? (f == Field.METHOD ? 0 : 0.6) : 0.05;
                case EMPTY, DASH -> 0;
                case VALUE -> 1.6;
                default -> INF;
            };
        };
    }

    static double emitName(String text, Piece p) {
        if (p.kind() == Piece.Kind.SIGN || p.kind() == Piece.Kind.DASH || p.kind() == Piece.Kind.EMPTY) return INF;
        return emitName(text, Shape.of(text), p);
    }

    /** emitName of text whose shape is known (a piece's own text: its shape was read once). */
    private static double emitName(String text, Shape s, Piece p) {
        if (p.kind() == Piece.Kind.SIGN || p.kind() == Piece.Kind.DASH || p.kind() == Piece.Kind.EMPTY) return INF;
        if (s.type() == Shape.Type.POINTS) return 1.5;
        if (s.type() == Shape.Type.NUMBER || s.type() == Shape.Type.PERCENT || s.type() == Shape.Type.GLUED) return 3.5;
        if (s.type() == Shape.Type.QUANTITY || s.type() == Shape.Type.DATE) return 1.2;
        if (s.comparator() != null) return 2;
        if (isMethod(text)) return 2; // how scores are computed (定性指标计算:…记分): a method, not a name
        return text.length() > 80 ? 0.6 : 0;
    }

    private static boolean looksLikeHeading(Piece p) {
        String k = jixiao.recognise.vocab.Vocabulary.bare(p.key());
        return k.length() >= 3 && k.length() <= 10 && k.endsWith("指标");
    }

    /** A heading the vocabulary does not know: a short phrase ending in 指标 (or, for level one, 目标). */
    private static double textHeading(Piece p, boolean level2) {
        if (p.kind() != Piece.Kind.TEXT && !(p.isVocab() && p.hasFamily("block"))) return INF;
        String k = jixiao.recognise.vocab.Vocabulary.bare(p.key());
        if (k.length() >= 3 && k.length() <= 10 && k.endsWith("指标")) return level2 ? 0.6 : 0.9;
        return INF;
    }

    /** A unit on its own ("%", "元/人"): what a 度量单位 column holds, not a target. */
    static boolean isBareUnit(String text) {
        String t = text.strip();
        return t.equals("%") || COMPOUND_UNIT.matcher(t).matches()
                || jixiao.recognise.vocab.Vocabulary.get().isUnit(jixiao.recognise.vocab.Key.of(t));
    }

    static boolean isMethod(String text) {
        return METHOD_LIKE.matcher(text).find();
    }

    /** How a score is computed (得分计算方法): 记满分, 按B/A…记分, 执行率*该指标分值. */
    private static final java.util.regex.Pattern METHOD_LIKE = java.util.regex.Pattern.compile("记满分|记分|指标计算|计算方法|该指标分值|得分=");

    /** Words that end the way indicator names end (…完成率, …及时性, …满意度): a name, not a value. */
    private static final java.util.regex.Pattern NAME_LIKE = java.util.regex.Pattern.compile(
            "^\\p{IsHan}{3,}(?:率|性|度|数量|人数|次数|面积|情况|进度|时间|金额|成本)$");

    /** 台/套, 万元/辆, 元/人·月: a unit per unit. */
    private static final java.util.regex.Pattern DATE_UNIT = java.util.regex.Pattern.compile("^[年月日]");
    private static final java.util.regex.Pattern TWO_PLACES = java.util.regex.Pattern.compile("\\.\\d{2,}$");
    private static final java.util.regex.Pattern TWO_DECIMALS = java.util.regex.Pattern.compile("^\\d+\\.\\d+\\.\\d");
    private static final java.util.regex.Pattern ANY_DIGIT = java.util.regex.Pattern.compile("\\d");
    private static final java.util.regex.Pattern COMPOUND_UNIT = java.util.regex.Pattern.compile("^[^\\d\\s/]{1,3}/[^\\d\\s/]{1,4}$");

    static boolean isUnitLike(String text) {
        String t = text.strip();
        if (jixiao.recognise.vocab.Vocabulary.get().isUnit(jixiao.recognise.vocab.Key.of(t))) return true;
        return t.length() <= 5 && !ANY_DIGIT.matcher(t).find();
    }

    /** In trusted rows whose columns the heading row gave, a piece away from its column costs a little. */
    private double position(Field f, Piece p) {
        if (columns == null || !trustRows) return 0;
        Integer col = columns.get(f);
        return col == null || col == p.col() ? 0 : 0.35;
    }

    /** A score above its weight right beside it is unlikely; a target and actual of one shape are likely. */
    private double pair(int i, int s, int k) {
        if (s == 0 || i == 0 || s - 1 != k - 1) return 0;
        Field prev = full.get(s - 1);
        Field f = full.get(k);
        Shape a = pieces.get(i - 1).shape();
        Shape b = pieces.get(i).shape();
        if (prev == Field.WEIGHT && f == Field.SCORE && a.number() != null && b.number() != null && b.number() > a.number() + 1e-9) return 1.2;
        if (prev == Field.TARGET && f == Field.UNIT && a.type() == Shape.Type.NUMBER) return -0.1; // 8000 then 平米
        if (prev == Field.UNIT && f == Field.ACTUAL && i >= 2 && b.type() == Shape.Type.NUMBER) {
            // 100 | % | 5: a small bare number far below the target before the unit is the weight, not what was achieved
            Shape t = pieces.get(i - 2).shape();
            if (t.type() == Shape.Type.NUMBER && t.number() != null && b.number() != null && b.number() > 0
                    && t.number() / b.number() > 3 && b.number() <= 30) return 0.6; // (achieved far above target is common)
        }
        if (prev == Field.TARGET && f == Field.ACTUAL) {
            if (a.type() == b.type() && a.type() != Shape.Type.EMPTY) return -0.1;
            if (a.type() == Shape.Type.TEXT && b.isNumeric() && b.type() != Shape.Type.PERCENT) return 0.6; // 立项依据充分 then 2: a word is not achieved as a number
            // a bare number then a short word: the word is the number's unit, not what was achieved
            if (a.type() == Shape.Type.NUMBER && b.type() == Shape.Type.TEXT && isUnitLike(pieces.get(i).text())) return 0.3;
            // an actual is printed like its target: 100% then 98%, 3个 then 3个; a bare number after a rate is a weight
            boolean bothNumeric = a.isNumeric() && b.isNumeric();
            if (bothNumeric && (a.type() == Shape.Type.PERCENT) != (b.type() == Shape.Type.PERCENT)) return 0.8;
            if (bothNumeric && a.type() == Shape.Type.QUANTITY && b.type() == Shape.Type.NUMBER) return 0.4;
            if (bothNumeric && a.number() != null && b.number() != null && a.number() > 0 && b.number() > 0) {
                double ratio = Math.max(a.number(), b.number()) / Math.min(a.number(), b.number());
                if (ratio > 3) return 0.6; // 100 then 5: the 5 is a weight, not what was achieved
            }
        }
        return 0;
    }

    private static String text(Field f, Piece p) {
        if (p.kind() == Piece.Kind.EMPTY) return null;
        return p.text();
    }

    /** The cell of a row holding words that a wrapped line continues: the one in the line's column, else the name. */
    private static Filled nearestText(Map<Field, Filled> row, int col) {
        if (col <= 0) { // a line on its own has no column to go by: it wraps the reason if the row gave one, else the name
            for (Field f : List.of(Field.REASON, Field.METHOD)) {
                Filled c = row.get(f);
                if (c != null && c.text() != null) return c;
            }
            return row.get(Field.NAME);
        }
        Filled best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Filled f : row.values()) {
            if (f.field() == Field.L1 || f.field() == Field.L2) continue;
            if (f.text() == null || Shape.of(f.text()).type() != Shape.Type.TEXT && f.field() != Field.NAME) continue;
            int d = f.col() < 0 || col < 0 ? 1000 : Math.abs(f.col() - col);
            if (d < bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best != null ? best : row.get(Field.NAME);
    }

    private List<Aligned> backtrack(Step[][] how, int n, int s) {
        List<List<Filled>> steps = new ArrayList<>();
        List<Boolean> newRows = new ArrayList<>();
        List<Piece> heads = new ArrayList<>();
        int i = n;
        while (i > 0) {
            Step st = how[i][s];
            steps.add(st.filled());
            newRows.add(st.newRow());
            heads.add(st.head());
            i = st.fromI();
            s = st.fromS();
        }
        java.util.Collections.reverse(steps);
        java.util.Collections.reverse(newRows);
        java.util.Collections.reverse(heads);
        List<Aligned> out = new ArrayList<>();
        Map<Field, Filled> current = null;
        Piece head = null;
        for (int x = 0; x < steps.size(); x++) {
            if (newRows.get(x)) {
                if (current != null) out.add(new Aligned(current, head));
                current = new EnumMap<>(Field.class);
                head = heads.get(x);
            }
            if (current == null) continue;
            for (Filled f : steps.get(x)) {
                if (f.field() != null) {
                    current.put(f.field(), f);
                    continue;
                }
                Filled target = nearestText(current, f.col());
                if (full.contains(Field.METHOD) && f.col() <= 0 && isMethod(f.text())
                        && (target == null || target.field() == Field.NAME)) { // 定性指标计算:…记分 under the name: the row's method
                    Filled method = current.get(Field.METHOD);
                    current.put(Field.METHOD, new Filled(Field.METHOD, method == null ? f.text() : method.text() + f.text(), false, f.col()));
                    continue;
                }
                if (target != null) {
                    current.put(target.field(), new Filled(target.field(), target.text() + f.text(), target.split(), target.col()));
                }
            }
        }
        if (current != null) out.add(new Aligned(current, head));
        return out;
    }
}
