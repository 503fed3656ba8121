package jixiao.recognise.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the budget block: its headings in printed order (年初预算数 / 全年预算数 / 全年执行数 / 分值 /
 * 执行率 / 得分, or a province's variant), then the values of its total line (年度资金总额), matched to
 * the headings in order. Where the values ran together (40004000100%) or one is missing, every way
 * of splitting and matching them is tried and the one the block's own arithmetic bears out is kept:
 * executed / budget = rate, weight × rate = score.
 */
final class BudgetReader {
    static final List<String> AMOUNTS = List.of("budget.initial", "budget.adjusted", "budget.executed");
    /** A column of amounts the contract has no field for (财政拨款数, 结转数): read as a column, kept nowhere. */
    static final String OTHER = "budget.other";
    private static final List<String> NUMERIC = List.of("budget.initial", "budget.adjusted", "budget.executed",
            "budget.rate", "budget.weight", "budget.score", OTHER);

    /** The block as read, and remarks on how (a split, a rate found apart from its row). */
    record Budget(Double initial, Double adjusted, Double executed, Double rate, Double weight, Double score,
                  String reason, boolean headed, List<String> remarks) {
        static final Budget NONE = new Budget(null, null, null, null, null, null, null, false, List.of());

        boolean hasAmounts() {
            return initial != null || adjusted != null || executed != null || rate != null;
        }

        /** How far the printed figures agree with each other: 0 bad … 1 good; 0.5 when nothing can be checked. */
        double consistency() {
            Double base = adjusted != null ? adjusted : initial;
            int checks = 0;
            double ok = 0;
            if (base != null && executed != null && rate != null && base > 0) {
                checks++;
                if (Math.abs(executed / base - rate) < 0.006) ok++;
            }
            if (weight != null && score != null) {
                checks++;
                if (score <= weight + 1e-9) ok++;
            }
            return checks == 0 ? 0.5 : ok / checks;
        }
    }

    private BudgetReader() {
    }

    static Budget read(List<Piece> head) {
        int h = headingStart(head);
        if (h < 0) return labelled(head);
        List<String> fields = new ArrayList<>();
        int i = h;
        for (; i < head.size(); i++) {
            Piece p = head.get(i);
            if (p.kind() == Piece.Kind.EMPTY) continue;
            String f = budgetField(p);
            if (f == null) {
                if (p.isVocab() && (p.has("block.budget") || p.has("row.budget_total") && fields.isEmpty())) continue;
                // a column heading the contract has no field for (财政拨款数, 指标结余数), in the headings' own row
                if (!fields.isEmpty() && p.kind() != Piece.Kind.VALUE && !p.rowStart() && sameRow(p, head.get(h))
                        && !p.has("row.budget_total")) continue;
                break;
            }
            if (!fields.contains(f) || f.equals(OTHER)) fields.add(f);
        }
        Budget split = splitHeading(head, fields, i);
        if (split != null) return split;
        // the total line: after its label, or straight after the headings (scrambled or label-less exports)
        int totalAt = -1;
        boolean sawValue = false;
        for (int k = i; k < head.size(); k++) {
            if (head.get(k).has("row.budget_total")) {
                totalAt = k;
                break;
            }
            if (head.get(k).hasFamily("ind") || head.get(k).hasFamily("level1")) break;
            // after figures, a new block (项目资金构成) or a second row of headings: its 合计 is not this block's
            if (sawValue && (head.get(k).has("block.budget") || budgetField(head.get(k)) != null)) break;
            if (head.get(k).kind() == Piece.Kind.VALUE) sawValue = true;
        }
        List<Piece> values;
        if (totalAt >= 0 && !valuesAfter(head, i).isEmpty() && valuesAfter(head, totalAt + 1).isEmpty()) {
            values = valuesAfter(head, i);
        } else if (totalAt >= 0) {
            values = valuesAfter(head, totalAt + 1);
        } else {
            values = valuesAfter(head, i);
            // no total line: the first source line under the headings (一般预算内拨款 …)
            if (values.isEmpty() && i < head.size() && head.get(i).has("row.budget_sub")) values = valuesAfter(head, i + 1);
        }
        if (values.isEmpty() && fields.size() < 2) return labelled(head);
        Assignment best = byColumn(head, h, i, values);
        if (best == null) best = assign(fields, values);
        List<String> remarks = new ArrayList<>(best.remarks);
        Double rate = best.get("budget.rate");
        Double base = best.get("budget.adjusted") != null ? best.get("budget.adjusted") : best.get("budget.initial");
        if (rate == null && base != null && best.get("budget.executed") != null && base > 0) {
            rate = rateNearby(head, best.get("budget.executed") / base);
            if (rate != null) remarks.add("execution rate taken from a percentage printed apart from its row");
        }
        String reason = null;
        if (fields.contains("budget.reason")) reason = reasonAfter(head, totalAt >= 0 ? totalAt + 1 : i);
        Double weight = best.get("budget.weight");
        if (weight == null && !fields.contains("budget.weight")) { // 预算执行情况(万元)(20分): points in the block's label
            weight = pointsOfBlock(head);
            if (weight != null) remarks.add("execution weight from the budget block's label");
        }
        if (weight == null) weight = labelled(head).weight(); // 预算数：5.3 执行数：4.46 分值 20
        Budget first = new Budget(best.get("budget.initial"), best.get("budget.adjusted"), best.get("budget.executed"), rate,
                weight, best.get("budget.score"), reason, true, remarks);
        return withSecondBlock(first, head, values.isEmpty() ? i : head.indexOf(values.get(values.size() - 1)) + 1, fields);
    }

    private static boolean sameRow(Piece a, Piece b) {
        return a.grid() == b.grid() && a.row() == b.row();
    }

    /**
     * Suzhou prints two blocks: 年初预算数/调整预算数 over their figures, then 实际支付数 … over theirs. Headings of
     * fields the first block lacks, after its figures, are a second block whose figures fill the gaps.
     */
    private static Budget withSecondBlock(Budget first, List<Piece> head, int from, List<String> seen) {
        for (int k = from; k < head.size(); k++) {
            Piece p = head.get(k);
            if (p.hasFamily("ind") || p.hasFamily("level1")) return first;
            String f = budgetField(p);
            if (f == null || seen.contains(f) || !f.equals("budget.executed") && !f.equals("budget.initial") && !f.equals("budget.adjusted")) continue;
            int start = k;
            while (start > from && sameRow(head.get(start - 1), p) && head.get(start - 1).kind() != Piece.Kind.VALUE) start--;
            Budget second = read(head.subList(start, head.size()));
            if (!second.hasAmounts()) return first;
            List<String> remarks = new ArrayList<>(first.remarks());
            remarks.add("amounts completed from a second budget block");
            return new Budget(or(first.initial(), second.initial()), or(first.adjusted(), second.adjusted()),
                    or(first.executed(), second.executed()), or(first.rate(), second.rate()), or(first.weight(), second.weight()),
                    or(first.score(), second.score()), first.reason() != null ? first.reason() : second.reason(), true, remarks);
        }
        return first;
    }

    private static Double or(Double a, Double b) {
        return a != null ? a : b;
    }

    /**
     * When the headings stand on one printed row and every value sits under one of them (a sheet or a
     * table that kept its columns), each value is its heading's: no guessing by order.
     */
    private static Assignment byColumn(List<Piece> head, int from, int to, List<Piece> values) {
        java.util.Map<Integer, String> byCol = new java.util.HashMap<>();
        int row = -1;
        for (int k = from; k < to; k++) {
            Piece p = head.get(k);
            String f = budgetField(p);
            if (f == null) continue;
            if (row < 0) row = p.row();
            if (p.row() != row || p.grid() != head.get(from).grid()) return null;
            byCol.putIfAbsent(p.col(), f);
        }
        if (byCol.size() < 2 || values.isEmpty()) return null;
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        int valueRow = values.get(0).row();
        Piece left = null;
        for (Piece v : values) {
            String f = byCol.get(v.col());
            boolean mergedRepeat = f == null && left != null && left.text().equals(v.text()) && left.col() == v.col() - 1;
            left = v;
            if (mergedRepeat) continue; // a value cell merged over two columns repeats in the second
            if (f == null || v.row() != valueRow || v.sub() > 0 || v.glued()) return null;
            if (!NUMERIC.contains(f)) continue;
            Shape s = v.shape();
            if (v.kind() == Piece.Kind.DASH) continue;
            if (!s.isNumeric()) return null;
            out.put(f, f.equals("budget.rate") ? new Token(s.number(), s.type() == Shape.Type.PERCENT, false, false, v.text()).rate()
                    : s.number());
        }
        return new Assignment(out, 0, List.of());
    }

    private static final java.util.regex.Pattern POINTS = java.util.regex.Pattern.compile("[(（](\\d+(?:\\.\\d+)?)分[)）]");

    private static Double pointsOfBlock(List<Piece> head) {
        for (int i = 0; i < head.size(); i++) {
            Piece p = head.get(i);
            if (!p.has("block.budget")) continue;
            java.util.regex.Matcher m = POINTS.matcher(p.key());
            if (m.find()) return Double.valueOf(m.group(1));
            // 预算执行情况(万元)(20分) run together: the points cut off as a piece of their own
            if (i + 1 < head.size() && head.get(i + 1).shape().type() == Shape.Type.POINTS) {
                m = POINTS.matcher(head.get(i + 1).key());
                if (m.find()) return Double.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** Where the budget headings start: the first amount heading (年初预算数, 全年预算数, 预算数). */
    /**
     * 年初预算数 0 … 全年预算数 全年执行数 分值 执行率 得分 0 207.45 …: one heading with its own value, the
     * other headings printed further on (a scrambled sheet export). The lone value is that heading's;
     * the rest of the block is read from the later headings. Null when the block is not printed so.
     */
    private static Budget splitHeading(List<Piece> head, List<String> fields, int end) {
        if (fields.size() != 1 || valuesAfter(head, end).size() != 1) return null;
        for (int k = end + 1; k < head.size(); k++) {
            Piece p = head.get(k);
            if (p.hasFamily("ind") || p.hasFamily("level1")) return null;
            if (!p.isVocab() || AMOUNTS.stream().noneMatch(p::has) || p.has(fields.get(0))) continue;
            Budget rest = read(head.subList(k, head.size()));
            if (!rest.hasAmounts()) return null;
            Double lone = valuesAfter(head, end).get(0).shape().number();
            if (lone == null) return null;
            String f = fields.get(0);
            return new Budget(f.equals("budget.initial") && rest.initial() == null ? lone : rest.initial(),
                    f.equals("budget.adjusted") && rest.adjusted() == null ? lone : rest.adjusted(),
                    f.equals("budget.executed") && rest.executed() == null ? lone : rest.executed(),
                    rest.rate(), rest.weight(), rest.score(), rest.reason(), true, rest.remarks());
        }
        return null;
    }

    private static int headingStart(List<Piece> head) {
        for (int i = 0; i < head.size(); i++) {
            Piece p = head.get(i);
            if (!p.isVocab() || AMOUNTS.stream().noneMatch(p::has)) continue;
            // 财政拨款数 实际支付数 …: a column of other amounts before the first one the contract names
            int k = i;
            while (k > 0 && OTHER.equals(budgetField(head.get(k - 1))) && sameRow(head.get(k - 1), p)) k--;
            return k;
        }
        return -1;
    }

    static String budgetField(Piece p) {
        if (!p.isVocab()) return null;
        for (var e : p.entries()) if (e.family().equals("budget")) return e.field();
        return null;
    }

    /** Value pieces from {@code from} on, up to the first piece that is not a value. */
    private static List<Piece> valuesAfter(List<Piece> head, int from) {
        List<Piece> out = new ArrayList<>();
        for (int k = from; k < head.size(); k++) {
            Piece p = head.get(k);
            if (p.kind() == Piece.Kind.EMPTY) continue; // a blank cell (under a merged heading) says nothing
            if (p.kind() == Piece.Kind.VALUE || p.kind() == Piece.Kind.DASH) {
                out.add(p);
                continue;
            }
            break;
        }
        return out;
    }

    private static String reasonAfter(List<Piece> head, int from) {
        for (int k = from; k < Math.min(head.size(), from + 12); k++) {
            Piece p = head.get(k);
            if (p.isVocab()) break;
            if (p.kind() == Piece.Kind.TEXT) {
                String t = p.text();
                return jixiao.recognise.vocab.Vocabulary.get().is(t, "note.instruction") ? null : t;
            }
        }
        return null;
    }

    /** A rate printed apart from its row (scrambled PDF text): a percentage in the head that equals executed / budget. */
    private static Double rateNearby(List<Piece> head, double expected) {
        for (Piece p : head) {
            Shape s = p.shape();
            if (s.type() == Shape.Type.PERCENT && s.number() != null && Math.abs(s.number() / 100 - expected) < 0.0006) {
                return s.number() / 100;
            }
        }
        return null;
    }

    /**
     * 预算数: 2.38 / 执行数: 2.38 — headings each followed by their value (central-transfer regional forms).
     */
    private static Budget labelled(List<Piece> head) {
        Double adjusted = null, executed = null, initial = null, weight = null;
        for (int i = 0; i + 1 < head.size(); i++) {
            String f = budgetField(head.get(i));
            Piece v = head.get(i + 1);
            Shape s = v.shape();
            // 预算数：5.3 执行数：4.46 分值 20: the points the execution line is worth, labelled like the amounts
            if ("budget.weight".equals(f) && weight == null && s.type() == Shape.Type.NUMBER && s.number() != null
                    && s.number() <= 100 && (initial != null || adjusted != null || executed != null)) weight = s.number();
            if (f == null || !AMOUNTS.contains(f)) continue;
            if (!(s.type() == Shape.Type.NUMBER || s.type() == Shape.Type.QUANTITY)) continue;
            switch (f) {
                case "budget.initial" -> initial = initial == null ? s.number() : initial;
                case "budget.adjusted" -> adjusted = adjusted == null ? s.number() : adjusted;
                default -> executed = executed == null ? s.number() : executed;
            }
        }
        if (initial == null && adjusted == null && executed == null) return Budget.NONE;
        return new Budget(initial, adjusted, executed, null, weight, null, null, true, List.of());
    }

    // ---- matching values to headings ---------------------------------------------------------

    /** Values matched to fields, with the cost of the matching and how it was made. */
    record Assignment(java.util.Map<String, Double> values, double cost, List<String> remarks) {
        Double get(String f) {
            return values.get(f);
        }
    }

    static Assignment assign(List<String> fields, List<Piece> values) {
        List<String> numeric = fields.stream().filter(NUMERIC::contains).toList();
        Search s = new Search(numeric, values);
        s.run(0, 0, 0, new ArrayList<>(), 0);
        if (s.best == null) return new Assignment(java.util.Map.of(), 0, List.of());
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        List<String> remarks = new ArrayList<>();
        for (int k = 0; k < numeric.size(); k++) {
            Token t = s.best.get(k);
            if (t == null || t.value == null) continue;
            String f = numeric.get(k);
            if (f.equals(OTHER)) continue;
            out.put(f, f.equals("budget.rate") ? t.rate() : t.value);
            if (t.split) remarks.add(f.substring(7) + " read from run-together digits " + t.source);
        }
        return new Assignment(out, s.bestCost, remarks);
    }

    /** One printed number (or one part of a run-together one), as a value. */
    record Token(Double value, boolean percent, boolean dash, boolean split, String source) {
        Double rate() {
            if (value == null) return null;
            // by the decimal digits, so 90.54% is 0.9054 exactly
            return percent || value > 1.5 ? java.math.BigDecimal.valueOf(value).movePointLeft(2).doubleValue() : value;
        }
    }

    /**
     * Every matching of values to columns, in order, skipping columns as needed; a run-together value
     * is eaten a number at a time, each number a well-formed prefix of what is left of it, so its cuts
     * are tried only as far as the columns allow. The arithmetic of each full matching decides.
     */
    private static final class Search {
        /** The most the arithmetic can take off a matching's cost: what pruning must allow for. */
        private static final double BEST_ARITHMETIC = 2.5;

        final List<String> fields;
        final List<Piece> values;
        List<Token> best;
        double bestCost = Double.MAX_VALUE;

        Search(List<String> fields, List<Piece> values) {
            this.fields = fields;
            this.values = values;
        }

        /** v: value; at: how much of a run-together value is eaten; f: column. */
        void run(int v, int at, int f, List<Token> chosen, double cost) {
            if (cost - BEST_ARITHMETIC >= bestCost) return;
            if (v == values.size() || f == fields.size()) {
                double total = cost + 0.6 * (values.size() - v) + (at > 0 ? 1.0 : 0);
                List<Token> full = new ArrayList<>(chosen);
                while (full.size() < fields.size()) full.add(null);
                total += arithmetic(full) + 0.25 * full.stream().filter(t -> t == null).count();
                if (total < bestCost) {
                    bestCost = total;
                    best = full;
                }
                return;
            }
            if (at == 0) { // this column printed nothing (the value is a later column's)
                chosen.add(null);
                run(v, 0, f + 1, chosen, cost + 0.3);
                chosen.remove(chosen.size() - 1);
            }
            Piece p = values.get(v);
            Shape shape = p.shape();
            if (p.kind() == Piece.Kind.DASH) {
                chosen.add(new Token(null, false, true, false, p.text()));
                run(v + 1, 0, f + 1, chosen, cost);
                chosen.remove(chosen.size() - 1);
                return;
            }
            if (at == 0 && shape.isNumeric()) { // the value as printed
                Token t = new Token(shape.number(), shape.type() == Shape.Type.PERCENT, false, false, p.text());
                double fc = fit(fields.get(f), t);
                if (fc < Double.MAX_VALUE) {
                    chosen.add(t);
                    run(v + 1, 0, f + 1, chosen, cost + fc);
                    chosen.remove(chosen.size() - 1);
                }
            }
            boolean glued = shape.type() == Shape.Type.GLUED
                    || p.glued() && (shape.type() == Shape.Type.NUMBER || shape.type() == Shape.Type.PERCENT);
            if (!glued) return;
            String text = p.text().replace(",", "");
            for (int end = Math.min(text.length(), at + 16); end > at; end--) {
                String part = text.substring(at, end);
                if (!Splits.wellFormed(part, 4)) continue;
                if (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == '%')) continue;
                if (at == 0 && end == text.length()) continue; // the whole value: tried above
                Shape ps = Shape.of(part);
                Token t = new Token(ps.number(), ps.type() == Shape.Type.PERCENT, false, true, text);
                double fc = fit(fields.get(f), t);
                if (fc == Double.MAX_VALUE) continue;
                // a cut that leaves a bare zero is suspect; decimals past the second are rare in amounts
                // (zeros in a row, 0 | 0 | 0.00, are balances printed bare, not suspect)
                boolean zeroRun = ZEROS.matcher(text).region(end, text.length()).matches();
                double c = 0.2 + (t.value != null && t.value == 0 && !zeroRun ? 0.5 : 0) + (decimals(part) > 2 ? 0.4 : 0);
                if (!chosen.isEmpty() && chosen.get(chosen.size() - 1) != null && chosen.get(chosen.size() - 1).split
                        && t.value != null && t.value.equals(chosen.get(chosen.size() - 1).value)) c -= 0.3; // 4000 | 4000
                chosen.add(t);
                if (end == text.length()) run(v + 1, 0, f + 1, chosen, cost + fc + c);
                else run(v, end, f + 1, chosen, cost + fc + c);
                chosen.remove(chosen.size() - 1);
            }
        }

        private static final java.util.regex.Pattern ZEROS = java.util.regex.Pattern.compile("[0.]*");

        private static int decimals(String part) {
            String b = part.endsWith("%") ? part.substring(0, part.length() - 1) : part;
            int dot = b.indexOf('.');
            return dot < 0 ? 0 : b.length() - dot - 1;
        }

        /** How well a value suits a column on its own. */
        static double fit(String field, Token t) {
            if (t.dash) return 0;
            if (t.value == null) return Double.MAX_VALUE;
            double v = t.value;
            return switch (field) {
                case "budget.rate" -> t.percent ? 0 : v <= 1.5 ? 0.1 : v <= 150 ? 0.5 : Double.MAX_VALUE;
                case "budget.weight" -> t.percent ? Double.MAX_VALUE : v > 0 && v <= 30 ? 0 : v <= 100 ? 0.3 : 3;
                case "budget.score" -> t.percent ? Double.MAX_VALUE : v >= 0 && v <= 30 ? 0 : v <= 100 ? 0.3 : 3;
                default -> t.percent ? Double.MAX_VALUE : v >= 0 ? 0 : 2;
            };
        }

        /** What the block's arithmetic says of a full matching: rewards for rates and scores that agree. */
        double arithmetic(List<Token> t) {
            Double initial = val(t, "budget.initial"), adjusted = val(t, "budget.adjusted"), executed = val(t, "budget.executed");
            Token rateT = tok(t, "budget.rate");
            Double rate = rateT == null ? null : rateT.rate();
            Double weight = val(t, "budget.weight"), score = val(t, "budget.score");
            double c = 0;
            Double base = adjusted != null ? adjusted : initial;
            if (base != null && executed != null && rate != null && base > 0) {
                c += Math.abs(executed / base - rate) < 0.006 ? -1.5 : 0.6;
            }
            if (weight != null && score != null) {
                c += score <= weight + 1e-9 ? -0.2 : 1.0;
                if (rate != null && Math.abs(weight * Math.min(rate, 1) - score) <= 0.51) c -= 0.5;
            }
            if (initial != null && adjusted != null && initial > 0 && adjusted > 0) {
                double ratio = adjusted / initial;
                if (ratio > 20 || ratio < 0.05) c += 1;
            }
            return c;
        }

        private Double val(List<Token> t, String f) {
            Token x = tok(t, f);
            return x == null ? null : x.value;
        }

        private Token tok(List<Token> t, String f) {
            int k = fields.indexOf(f);
            return k < 0 || k >= t.size() ? null : t.get(k);
        }
    }
}
