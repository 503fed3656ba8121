package jixiao.recognise.stream;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.model.Indicator;
import jixiao.recognise.Target;
import jixiao.recognise.TargetParser;
import jixiao.recognise.vocab.Template;
import jixiao.recognise.vocab.Templates;
import jixiao.recognise.vocab.Vocabulary;

/**
 * Reads a form's indicator table from its pieces: finds the heading (or, on a page that starts
 * mid-table, does without one), the rows up to the table's end (合计 / 总分, 评价结论, a signature line,
 * the next form), and aligns the rows under each plausible column order — the heading's own, and
 * every catalogue template's — both as printed rows and as one stream of cells. The reading the
 * form's arithmetic bears out best is kept, with the order and the template it came from.
 */
final class IndicatorReader {
    private static final Pattern SCORE_NOTE = Pattern.compile("\\s*[(（][^()（）]*分[^()（）]*[)）]\\s*$");
    private static final Pattern NAME_PREFIX = Pattern.compile("^指标\\s*\\d+\\s*[:：]\\s*");
    private static final Pattern SUB_ROW = Pattern.compile("^[★☆*]*\\s*其中");

    /** A name that starts 其中 (markers aside): an unweighted breakdown of the row above. */
    static boolean isSubRow(String name) {
        return SUB_ROW.matcher(name).find();
    }

    /** The table as read. */
    record Table(List<Indicator> indicators, Double total, Double executionRate, Double executionWeight,
                 Double executionScore, String executionReason, boolean headed, boolean ended, String strategy,
                 List<Field> schema, String template, double cost, int headerAt, List<String> remarks,
                 List<Double> totalLine, boolean lastRowCut) {
        static final Table NONE = new Table(List.of(), null, null, null, null, null, false, false, "none", List.of(),
                Template.UNKNOWN, RowAligner.INF, -1, List.of(), List.of(), false);

        Table withStrategy(String s) {
            return new Table(indicators, total, executionRate, executionWeight, executionScore, executionReason, headed,
                    ended, s, schema, template, cost, headerAt, remarks, totalLine, lastRowCut);
        }

        /** The total score, judged with the budget block's execution score where the table lacks one. */
        Double total(Double budgetExecutionScore) {
            Double exec = executionScore != null ? executionScore : budgetExecutionScore;
            return IndicatorReader.total(totalLine, indicators, executionWeight, exec);
        }

        boolean found() {
            return !indicators.isEmpty();
        }
    }

    private IndicatorReader() {
    }

    /** Where the indicator table's heading starts in the region, or -1. */
    static int headerAt(Span r) {
        for (int i = 0; i < r.size(); i++) {
            Piece p = r.get(i);
            if (p.has("ind.level1") || p.has("ind.level2") || p.has("ind.name")) {
                // a 绩效指标 cell just before the heading belongs to it
                if (i > 0 && r.get(i - 1).has("block.indicators")) return i - 1;
                return headingRowAbove(r, i);
            }
        }
        return -1;
    }

    /**
     * A two-row heading whose upper row holds the value columns (绩效指标 年度指标值 实际完成值 分值 得分 …
     * over 一级指标 二级指标 三级指标 指标性质 指标值 度量单位): it starts at the upper row.
     */
    private static int headingRowAbove(Span r, int i) {
        int k = i;
        boolean valueColumns = false;
        while (k > 0) {
            Piece q = r.get(k - 1);
            boolean column = isHeadingPiece(q) && q.kind() != Piece.Kind.EMPTY && !q.hasFamily("label");
            if (!column) break;
            valueColumns |= q.has("ind.target") || q.has("ind.actual");
            k--;
        }
        return valueColumns && (k == 0 || r.get(k).rowStart()) ? k : i;
    }

    /** Where the table's rows start when it prints no heading (a page that starts mid-table). */
    static int firstRowAt(Span r) {
        for (int i = 0; i < r.size(); i++) {
            Piece p = r.get(i);
            if (p.hasFamily("level1") || p.hasFamily("level2")) return i;
        }
        return -1;
    }

    static Table read(Span r, int from) {
        int h = headerAt(r);
        int bodyFrom;
        List<Field> derived = List.of();
        Map<Field, Integer> columns = null;
        if (h >= from) {
            int e = h;
            List<Piece> heading = new ArrayList<>();
            for (; e < r.size(); e++) {
                Piece p = r.get(e);
                if (!isHeadingPiece(p)) break;
                // a 得分 line opening a new row under the heading is the total, not a heading
                if (e > h && p.rowStart() && p.has("row.total") && !numbersAfter(r, e).isEmpty()) break;
                heading.add(p);
            }
            derived = derivedSchema(heading);
            columns = columns(heading);
            bodyFrom = e;
        } else {
            int first = firstRowAt(r);
            if (first < 0) return Table.NONE;
            bodyFrom = Math.max(from, first);
            // a tail page: the cells before the first level heading may be rows of the level above
            for (int k = first - 1; k >= from && k >= first - 12; k--) {
                Piece p = r.get(k);
                if (p.isVocab() && !p.hasFamily("level1") && !p.hasFamily("level2")) break;
                bodyFrom = k;
            }
        }
        int end = r.size();
        boolean ended = false;
        List<Double> totals = new ArrayList<>();
        List<Piece> body = new ArrayList<>();
        for (int i = bodyFrom; i < r.size(); i++) {
            Piece p = r.get(i);
            boolean totalLine = p.has("row.total") && !isMidRowTotal(r, i)
                    && (!p.hasFamily("ind") || p.rowStart() || p.key().equals("总分") || p.key().equals("合计"))
                    && !numbersAfter(r, i).isEmpty();
            if (totalLine) {
                List<Double> numbers = numbersAfter(r, i);
                boolean leading = Vocabulary.bare(p.key()).equals("得分") && body.isEmpty();
                if (leading) { // Sichuan district forms print the 得分 line first, under the heading
                    totals.addAll(numbers);
                    i += totalLineAfter(r, i).pieces();
                    continue;
                }
                totals.clear();
                totals.addAll(numbers);
                end = i;
                ended = true;
                break;
            }
            if (endsTable(p) && !body.isEmpty()) {
                end = i;
                ended = true;
                break;
            }
            if (p.isVocab() && isHeadingPiece(p) && !p.hasFamily("level1") && !p.hasFamily("level2")) continue; // a heading repeated on a new page
            body.add(p);
        }
        if (body.isEmpty()) return Table.NONE;
        List<Candidate> schemas = candidates(derived);
        boolean rowsUsable = rowsUsable(body);
        Table best = null;
        double bestScore = Double.MAX_VALUE;
        schemas.sort(java.util.Comparator.comparingDouble(Candidate::prior));
        RowAligner.Memo memo = new RowAligner.Memo(body);
        for (Candidate c : schemas) {
            // no reading can gain more than the arithmetic's reward: a dearer prior cannot win
            if (best != null && c.prior - MAX_ARITHMETIC_REWARD >= bestScore) break;
            for (boolean trust : rowsUsable ? new boolean[] {true, false} : new boolean[] {false}) {
                // a reading dearer than this loses even with the arithmetic's whole reward
                double ceiling = best == null ? RowAligner.INF : bestScore - c.prior + MAX_ARITHMETIC_REWARD + 1e-6;
                RowAligner.Result res = RowAligner.align(memo, c.schema, trust, trust ? columns : null, rowsUsable, ceiling);
                if (res.cost() >= RowAligner.INF) continue;
                Table t = build(res, c, trust, totals, h >= from, ended, h);
                double score = res.cost() + c.prior + arithmetic(t) + unread(derived, c, t);
                if (score < bestScore - 1e-9) {
                    bestScore = score;
                    best = t;
                }
                // rows read cleanly under the heading's own columns: nothing else will do better
                if (c.template == null && clean(res, t, c.schema) && score <= bestScore + 1e-9) return t;
            }
        }
        if (DetachedReader.applies(body)) {
            // values printed apart from their names: read as such, and let the arithmetic judge against the rest
            for (Candidate c : schemas) {
                RowAligner.Result res = DetachedReader.read(body, c.schema);
                if (res == null || res.rows().isEmpty()) continue;
                List<Double> detachedTotals = new ArrayList<>(totals);
                res = totalRowApart(res, detachedTotals);
                Table t = build(res, c, false, detachedTotals, h >= from, ended, h);
                t = t.withStrategy("detached");
                // a reading of last resort, unless the table opens with a block of values before any name
                double score = res.cost() + c.prior + arithmetic(t) + unread(derived, c, t) + (DetachedReader.opensWithValues(body) ? 0 : 1.0);
                if (score < bestScore - 1e-9) {
                    bestScore = score;
                    best = t;
                }
            }
        }
        return best == null ? Table.NONE : best;
    }

    /** A last value row with no name that holds only the weights' and scores' sums: the total line. */
    private static RowAligner.Result totalRowApart(RowAligner.Result res, List<Double> totals) {
        List<RowAligner.Aligned> rows = res.rows();
        RowAligner.Aligned last = rows.get(rows.size() - 1);
        if (last.has(Field.NAME) || rows.size() < 2) return res;
        List<Double> numbers = new ArrayList<>();
        for (RowAligner.Filled f : last.cells().values()) {
            if (f.text() == null) continue;
            Shape sh = Shape.of(f.text());
            if (sh.type() != Shape.Type.NUMBER) return res;
            numbers.add(sh.number());
        }
        if (numbers.isEmpty()) return res;
        totals.clear();
        totals.addAll(numbers);
        return new RowAligner.Result(rows.subList(0, rows.size() - 1), res.cost());
    }

    private static final double MAX_ARITHMETIC_REWARD = 3.0;

    /**
     * A reading whose every row cost little and whose figures add up; where the heading prints no
     * points to add (Hunan's 专项资金 form: target, actual, reason), cheap rows are all there is to check.
     */
    private static boolean clean(RowAligner.Result res, Table t, List<Field> schema) {
        int rows = Math.max(1, t.indicators().size());
        if (res.cost() / rows > 0.45) return false;
        return arithmetic(t) < 0 || schema.stream().noneMatch(Field::numeric);
    }

    private static boolean isMidRowTotal(Span r, int i) {
        // 得分 inside a heading row is a column, not the total line
        return i > 0 && r.get(i - 1).isVocab() && r.get(i - 1).hasFamily("ind") && r.get(i - 1).row() == r.get(i).row();
    }

    private static boolean endsTable(Piece p) {
        if (!p.isVocab()) return false;
        return p.has("label.conclusion") || p.has("label.problems") || p.has("label.improvements") || p.hasFamily("stop")
                || p.has("row.end") || p.has("label.project_name") || FormFinder.titleKind(p) != null
                || p.has("block.goal") || p.has("row.budget_total");
    }

    private static boolean isHeadingPiece(Piece p) {
        if (p.kind() == Piece.Kind.EMPTY) return true;
        if (p.isVocab()) {
            if (p.has("block.indicators")) return true;
            if (p.hasFamily("level1") || p.hasFamily("level2")) return false;
            if (Field.of(p) != null) return true;
            return p.has("label.year"); // "年度" of a heading wrapped as 年度 / 指标值
        }
        // the halves of headings wrapped inside their cells: 实际 / 完成值
        return p.kind() == Piece.Kind.TEXT && (p.key().equals("实际") || p.key().equals("年度") || p.key().equals("指标")
                || Vocabulary.get().is(p.text(), "block.indicators")); // 绩效指标 run into the columns after it
    }

    /** Numbers printed after a total label, on its row (or, in a stream, straight after it). */
    private static List<Double> numbersAfter(Span r, int i) {
        return totalLineAfter(r, i).numbers();
    }

    /**
     * A total line's figures and how many pieces they take (10098.42 is one piece, two numbers: the
     * weights' total and the score).
     */
    private record TotalLine(List<Double> numbers, int pieces) {
    }

    /**
     * The weights' round total (100, 90; Suzhou's 80) and a score that does not pass it: a total line
     * printed as two figures.
     */
    static boolean isWeightsTotalAndScore(double weights, double score) {
        return weights >= 50 && weights <= 100 && weights % 10 == 0 && score <= weights;
    }

    private static TotalLine totalLineAfter(Span r, int i) {
        List<Double> out = new ArrayList<>();
        int pieces = 0;
        Piece label = r.get(i);
        for (int k = i + 1; k < r.size(); k++) {
            Piece q = r.get(k);
            if (q.kind() == Piece.Kind.EMPTY) continue;
            if (q.kind() != Piece.Kind.VALUE) break;
            Shape s = q.shape();
            boolean runTogether = q.glued() && out.isEmpty() && (q.text().length() >= 5 || s.number() != null && s.number() > 100); // 8080
            if (s.type() == Shape.Type.NUMBER && s.number() != null && !runTogether) {
                out.add(s.number());
                pieces = k - i;
            } else if ((s.type() == Shape.Type.GLUED || s.type() == Shape.Type.NUMBER) && out.isEmpty()) {
                // 总分10085.55: the weights' total and the score run together; the weights add to a round
                // figure (100, 90; Suzhou's 80) that the score does not pass
                for (List<String> parts : Splits.numbers(q.text(), 2, 2)) {
                    Double w = Shape.of(parts.get(0)).number();
                    Double sc = Shape.of(parts.get(1)).number();
                    if (w != null && sc != null && isWeightsTotalAndScore(w, sc)) {
                        out.add(w);
                        out.add(Shape.of(parts.get(1)).number());
                        pieces = k - i;
                        break;
                    }
                }
                // 总分92.64: no weights' total in it, one score that fits
                if (out.isEmpty() && s.type() == Shape.Type.NUMBER && s.number() != null && s.number() <= 100) {
                    out.add(s.number());
                    pieces = k - i;
                }
                break;
            } else if (s.type() == Shape.Type.PERCENT && s.number() != null && Math.abs(s.number() - 100) < 1e-9) {
                out.add(100.0); // 总分 … 100% 95.09: the weight shares' sum (Hebei's 权重占比), then the total score
                pieces = k - i;
                continue;
            } else {
                break;
            }
            if (out.size() == 3) break;
            if (q.rowStart() && q.row() != label.row()) break;
        }
        return new TotalLine(out, pieces);
    }

    /** The heading's columns in printed order, with a two-row heading's sub-columns put in their place. */
    static List<Field> derivedSchema(List<Piece> heading) {
        Set<Field> order = new LinkedHashSet<>();
        for (Piece p : heading) {
            Field f = p.isVocab() ? Field.of(p) : null;
            if (f == null || Field.HEADINGS.contains(f)) continue;
            order.add(f);
        }
        List<Field> out = new ArrayList<>(order);
        // 年度指标值 spanning 指标性质 / 指标值 / 度量单位 on the row below: the sub-columns sit where it sits
        int nature = out.indexOf(Field.NATURE);
        int target = out.indexOf(Field.TARGET);
        if (nature > target && target >= 0) {
            out.remove(Field.NATURE);
            out.add(out.indexOf(Field.TARGET), Field.NATURE);
            if (out.remove(Field.UNIT)) out.add(out.indexOf(Field.TARGET) + 1, Field.UNIT);
        }
        return out;
    }

    /** Each field's column when the whole heading is one printed row (for rows that keep their columns). */
    private static Map<Field, Integer> columns(List<Piece> heading) {
        Map<Field, Integer> out = new EnumMap<>(Field.class);
        int row = -1;
        for (Piece p : heading) {
            if (!p.isVocab() || p.kind() == Piece.Kind.EMPTY) continue;
            Field f = Field.of(p);
            if (f == null) continue;
            if (row < 0) row = p.row();
            if (p.row() != row) return null;
            out.putIfAbsent(f, p.col());
        }
        return out.size() >= 4 ? out : null;
    }

    private record Candidate(List<Field> schema, double prior, String template) {
    }

    /**
     * The column orders worth trying: the heading's own, and each template's, the latter dearer the
     * more they disagree with the heading. With no heading every template is as likely.
     */
    /** Each catalogue template's value columns in printed order (those that print any), by template id. */
    private static final Map<String, List<Field>> TEMPLATE_SCHEMAS = templateSchemas();

    private static Map<String, List<Field>> templateSchemas() {
        Map<String, List<Field>> out = new java.util.LinkedHashMap<>();
        for (Template t : Templates.get().all()) {
            List<Field> s = new ArrayList<>();
            for (String f : t.indicatorFields()) {
                Field x = Field.of(f);
                if (x != null && !Field.HEADINGS.contains(x)) s.add(x);
            }
            if (!s.isEmpty()) out.put(t.id(), List.copyOf(s));
        }
        return out;
    }

    private static List<Candidate> candidates(List<Field> derived) {
        List<Candidate> out = new ArrayList<>();
        if (!derived.isEmpty()) out.add(new Candidate(derived, 0, null));
        Set<List<Field>> seen = new java.util.HashSet<>();
        seen.add(derived);
        for (Map.Entry<String, List<Field>> t : TEMPLATE_SCHEMAS.entrySet()) {
            List<Field> s = t.getValue();
            if (!seen.add(s)) continue;
            out.add(new Candidate(s, derived.isEmpty() ? 0.3 : disagreement(derived, s), t.getKey()));
        }
        return out;
    }

    /**
     * What trying a template's order costs against the heading's own: a column the heading names and
     * the template lacks (or the reverse) costs much, since headings are read well; an order the
     * heading prints differently costs little, since two-row headings lose their order in export.
     */
    private static double disagreement(List<Field> heading, List<Field> schema) {
        double c = 0.4;
        for (Field f : heading) if (!schema.contains(f)) c += 1.5;
        for (Field f : schema) if (!heading.contains(f) && f != Field.REASON && f != Field.METHOD) c += 1.5;
        for (int a = 0; a < heading.size(); a++) {
            for (int b = a + 1; b < heading.size(); b++) {
                int x = schema.indexOf(heading.get(a));
                int y = schema.indexOf(heading.get(b));
                if (x >= 0 && y >= 0 && x > y) c += 0.15;
            }
        }
        return c;
    }

    /**
     * A template's reading that leaves out columns the heading prints (指标性质, 度量单位) leaves them
     * unread on every row: it pays per row, as the heading's reading pays per row for filling them.
     */
    private static double unread(List<Field> heading, Candidate c, Table t) {
        if (c.template == null) return 0;
        long missing = heading.stream().filter(f -> !c.schema.contains(f)).count();
        return 0.05 * missing * t.indicators().size();
    }

    private static boolean rowsUsable(List<Piece> body) {
        int starts = 0;
        int filled = 0;
        for (Piece p : body) {
            if (p.rowStart()) starts++;
            if (p.kind() != Piece.Kind.EMPTY) filled++;
        }
        return starts >= 2 && filled >= starts * 2.5;
    }

    // ---- from aligned rows to indicators ------------------------------------------------------

    private static final Pattern SIGN_NUMBER_UNIT = Pattern.compile("^(>=|<=|[≥≤<>=＝]?)(\\d+(?:\\.\\d+)?)(%|[^\\d\\s.%≥≤<>=＝]{1,4})$");

    /** A name with a level-two heading run onto its front (项目立项 | 项目立项相关性): the name alone. */
    private static String withoutLevel2Prefix(String name) {
        for (int len = Math.min(8, name.length() - 2); len >= 2; len--) {
            boolean level2 = jixiao.recognise.vocab.Vocabulary.get().whole(name.substring(0, len)).stream()
                    .anyMatch(e -> e.family().equals("level2"));
            if (level2) return name.substring(len);
        }
        return name;
    }

    private static Table build(RowAligner.Result res, Candidate c, boolean trust, List<Double> totals, boolean headed,
                               boolean ended, int headerAt) {
        List<Indicator> out = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        boolean level1Printed = false;
        boolean scoringPart = false;
        Double execRate = null, execWeight = null, execScore = null;
        String execReason = null;
        List<String> remarks = new ArrayList<>();
        boolean hasUnit = c.schema.contains(Field.UNIT);
        for (RowAligner.Aligned row : res.rows()) {
            String l1 = heading(row.text(Field.L1));
            String l2 = heading(row.text(Field.L2));
            if (l1 != null && l2 == null && isLevel2Word(l1) && row.has(Field.NAME)) {
                // 成本指标 alone before a name: the level-two heading of the level one above (or implied)
                l2 = l1;
                l1 = null;
            }
            if (l1 != null) {
                String stripped = SCORE_NOTE.matcher(l1).replaceAll("").strip();
                if (!stripped.equals(level1)) level2 = null;
                level1 = stripped;
                level1Printed = true;
                scoringPart = jixiao.recognise.vocab.Vocabulary.get().is(stripped, "level1.scoring");
            }
            if (l2 != null) {
                level2 = SCORE_NOTE.matcher(l2).replaceAll("").strip();
                // 成本指标 read as a level one (an empty heading row) does not head 经济效益指标 after it
                String implied = inferLevel1(level2);
                if (level1 != null && isLevel2Word(level1) && implied != null && !implied.equals(inferLevel1(level1))) {
                    level1 = implied;
                }
            }
            String name = clean(row.text(Field.NAME));
            if (name == null) continue;
            if (scoringPart) name = withoutLevel2Prefix(name); // "投入管理预算执行率": a run-together row of a scoring sheet
            boolean executionLine = jixiao.recognise.vocab.Vocabulary.get().whole(name).stream().anyMatch(e -> e.field().equals("row.execution"))
                    && (scoringPart || l1 == null && l2 == null
                        && (level1 == null && level2 == null || name.matches(".*[(（]\\d+分[)）].*")));
            if (executionLine) {
                execRate = rate(row.text(Field.ACTUAL));
                execWeight = number(row.text(Field.WEIGHT));
                execScore = number(row.text(Field.SCORE));
                execReason = clean(row.text(Field.REASON));
                continue;
            }
            if (scoringPart) continue; // a scoring sheet's decision and management points: not performance indicators
            name = NAME_PREFIX.matcher(name).replaceFirst("");
            Double weight = number(row.text(Field.WEIGHT) != null ? row.text(Field.WEIGHT) : row.text(Field.WEIGHT_SHARE));
            Double score = number(row.text(Field.SCORE) != null ? row.text(Field.SCORE) : row.text(Field.WEIGHTED_SCORE));
            if (isSubRow(name) && weight == null && score == null) continue; // an unweighted breakdown
            String nature = row.text(Field.NATURE);
            String target = row.text(Field.TARGET);
            String unit = row.text(Field.UNIT);
            if (c.schema.contains(Field.NATURE) && nature == null) { // 项目完成时效定性…: the nature run onto the name
                List<String> cut = Segmenter.natureCut(name);
                if (cut.size() == 2) {
                    name = cut.get(0);
                    nature = cut.get(1);
                }
            }
            Matcher run = SIGN_NUMBER_UNIT.matcher(target == null ? "" : target);
            if (hasUnit && !row.cells().containsKey(Field.UNIT) && run.matches()
                    && (run.group(3).equals("%") || Vocabulary.get().isUnit(jixiao.recognise.vocab.Key.of(run.group(3))))) {
                // run-together text of a form that prints 指标性质 and 度量单位 columns: ≥95% is sign, value and unit
                if (nature == null && !run.group(1).isEmpty() && c.schema.contains(Field.NATURE)) nature = run.group(1);
                target = (c.schema.contains(Field.NATURE) ? "" : run.group(1)) + run.group(2);
                unit = run.group(3);
            }
            String sign = nature == null ? null : signOf(nature);
            Target t = TargetParser.parse(target, sign, unit, hasUnit);
            String l1Out = level1 != null ? level1 : inferLevel1(level2);
            out.add(new Indicator(l1Out, level2, name, t.comparator(), t.text(), t.value(), t.unit(),
                    clean(row.text(Field.ACTUAL)), weight, score, clean(row.text(Field.REASON))));
            if (row.cells().values().stream().anyMatch(RowAligner.Filled::split)) {
                remarks.add("indicator " + out.size() + " (" + name + "): cells read from run-together text");
            }
        }
        if (!level1Printed && out.stream().anyMatch(i -> i.level1() != null)) {
            remarks.add("level-one headings not printed: taken from the level-two headings");
        }
        Double total = total(totals, out, execWeight, execScore);
        return new Table(out, total, execRate, execWeight, execScore, execReason, headed, ended,
                trust ? "rows" : "stream", c.schema, c.template == null ? null : c.template, res.cost(), headerAt, remarks,
                List.copyOf(totals), lastRowCut(out));
    }

    /**
     * The last row lacks what the rows above it have (a weight, a score, an actual): the page was cut
     * inside it. A table that simply ends (no 合计 line after it) is not cut for that alone.
     */
    private static boolean lastRowCut(List<Indicator> inds) {
        if (inds.size() < 2) return false;
        Indicator last = inds.get(inds.size() - 1);
        List<Indicator> above = inds.subList(0, inds.size() - 1);
        return lacks(above, last, Indicator::score) || lacks(above, last, Indicator::weight)
                || lacks(above, last, Indicator::actualText) || lacks(above, last, Indicator::targetText);
    }

    private static boolean lacks(List<Indicator> above, Indicator last, java.util.function.Function<Indicator, Object> field) {
        long filled = above.stream().filter(i -> field.apply(i) != null).count();
        return field.apply(last) == null && filled == above.size();
    }

    /**
     * The total line's figure: the last of its numbers; when it prints one number that is the sum of
     * the weights and not of the scores, it is the weights' total and the form prints no total score.
     */
    static Double total(List<Double> totals, List<Indicator> inds, Double execWeight, Double execScore) {
        if (totals.isEmpty()) return null;
        Double last = totals.get(totals.size() - 1);
        if (totals.size() > 1) return last;
        // one figure: the total score where the scores add up to it (or none were printed to check by);
        // where weights are printed and scores are not, it is the weights' total
        double sc = execScore == null ? 0 : execScore;
        boolean anyScore = execScore != null, anyWeight = execWeight != null;
        for (Indicator i : inds) {
            if (i.weight() != null) anyWeight = true;
            if (i.score() != null) {
                sc += i.score();
                anyScore = true;
            }
        }
        if (anyScore) return Math.abs(sc - last) < 0.011 || execScore != null && Math.abs(sc - execScore - last) < 0.011 ? last : null;
        return anyWeight ? null : last;
    }

    /** Rewards a reading for arithmetic that holds: weights adding up, scores within weights and adding to the total. */
    private static double arithmetic(Table t) {
        double c = 0;
        double w = 0, sc = 0;
        int weights = 0, scores = 0, over = 0;
        for (Indicator i : t.indicators()) {
            if (i.weight() != null) {
                w += i.weight();
                weights++;
            }
            if (i.score() != null) {
                sc += i.score();
                scores++;
            }
            if (i.weight() != null && i.score() != null && i.score() > i.weight() + 1e-9) over++;
        }
        c += over * 0.8;
        if (weights > 0) {
            double ew = t.executionWeight() == null ? 0 : t.executionWeight();
            boolean sums = near(w, 90) || near(w, 100) || near(w + ew, 100) || near(w, 80) || near(w, 70);
            if (sums) c -= 1.5;
        }
        if (scores > 0 && t.total() != null) {
            double es = t.executionScore() == null ? 0 : t.executionScore();
            if (near(sc + es, t.total()) || near(sc, t.total())) c -= 1.5;
        }
        return c;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 0.011;
    }

    private static boolean isLevel2Word(String heading) {
        return jixiao.recognise.vocab.Vocabulary.get().whole(heading).stream().anyMatch(e -> e.field().equals("level2"));
    }

    private static String inferLevel1(String level2) {
        if (level2 == null) return null;
        String k = jixiao.recognise.vocab.Key.of(level2);
        if (k.contains("数量") || k.contains("质量") || k.contains("时效") || k.contains("成本")) return "产出指标";
        if (k.contains("经济") || k.contains("社会") || k.contains("生态") || k.contains("可持续")) return "效益指标";
        if (k.contains("满意")) return "满意度指标";
        return null;
    }

    private static String signOf(String nature) {
        Shape s = Shape.of(nature);
        if (s.type() != Shape.Type.SIGN) return nature;
        return switch (s.comparator() == null ? "" : s.comparator()) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            case "=" -> "=";
            case ">" -> ">";
            case "<" -> "<";
            case "qualitative" -> "定性";
            default -> nature;
        };
    }

    /** A level heading as printed, without the white space its cell wrapped at (经济效益 指标). */
    private static String heading(String s) {
        String t = clean(s);
        return t == null ? null : SPACES.matcher(t).replaceAll("");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+"); // compiled once, not per call

    static String clean(String s) {
        return jixiao.recognise.Values.text(s);
    }

    static Double number(String s) {
        if (s == null) return null;
        Shape sh = Shape.of(s);
        return sh.type() == Shape.Type.NUMBER ? sh.number() : null;
    }

    static Double rate(String s) {
        return jixiao.recognise.Values.rate(s);
    }
}
