package jixiao.data.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.recognise.vocab.Template;

/**
 * The indicator rows of a catalogue template, one column per template column, with the rows real
 * forms print between them that are not indicators: empty level-two headings, …… placeholders at
 * the end of a level-one group, unweighted 其中… breakdowns. Level-one and level-two headings are
 * printed once and merged down over their rows (or repeated on every row, as some exports show).
 */
final class IndicatorBlock {
    /** Level-two headings forms print under each level-one heading, filled in or not (seed 000, real 003, 018). */
    private static final Map<String, List<String>> STANDARD_LEVEL2 = Map.of(
            "产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"),
            "效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            "满意度指标", List.of("服务对象满意度指标"));
    private static final Map<String, String> CODES = Map.of("=", "001 =", ">", "002 >", "<", "003 <",
            ">=", "004 >=", "<=", "005 <=", "qualitative", "006 定性");

    private final FormPrint print;
    private final List<Template.Column> columns;
    private final int first;
    private final String method;

    /**
     * @param columns the template's indicator columns, printed from column {@code first} on
     * @param method  the scoring rule a 得分计算方法 column prints once, merged down over the rows (009, 031)
     */
    IndicatorBlock(FormPrint print, List<Template.Column> columns, int first, String method) {
        this.print = print;
        this.columns = columns;
        this.first = first;
        this.method = method;
    }

    /** The heading row: each column's printed heading (or the variant chosen for the form). */
    String[] heading(int width) {
        String[] row = new String[width];
        java.util.Arrays.fill(row, "");
        for (int c = 0; c < columns.size(); c++) {
            Template.Column col = columns.get(c);
            row[first + c] = print.extras().heading(col.field(), col.printed());
        }
        return row;
    }

    /** Writes the rows; returns the index of the last row written (or the row before, when none). */
    int write(TableBuilder t, int width) {
        Form f = print.form();
        Extras x = print.extras();
        int level1Col = index("ind.level1");
        int level2Col = index("ind.level2");
        List<Indicator> inds = f.indicators();
        // group by level one, keeping the order (the truth's order)
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < inds.size(); i++) groups.computeIfAbsent(String.valueOf(inds.get(i).level1()), k -> new ArrayList<>()).add(i);
        int last = t.size() - 1;
        int firstRow = t.size();
        int methodCol = index("ind.method");
        int number = 0;
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            int groupStart = t.size();
            int subStart = -1;
            String level2 = null;
            for (int i : g.getValue()) {
                Indicator ind = inds.get(i);
                boolean newLevel2 = subStart < 0 || !same(level2, ind.level2());
                if (newLevel2) {
                    if (subStart >= 0) merge(t, level2Col, subStart, t.size() - 1);
                    subStart = t.size();
                    level2 = ind.level2();
                    number = 0;
                }
                number++;
                String[] row = row(width, ind, i, number);
                if (!x.repeatLevels()) {
                    if (t.size() != groupStart && level1Col >= 0) row[level1Col] = "";
                    if (!newLevel2 && level2Col >= 0) row[level2Col] = "";
                }
                if (t.size() == groupStart && level1Col >= 0) row[level1Col] = level1Text(ind.level1());
                if (methodCol >= 0 && t.size() == firstRow) row[methodCol] = Printed.text(method);
                t.row(row);
                for (Extras.SubRow s : x.subRows().getOrDefault(i, List.of())) t.row(subRow(width, s));
            }
            if (subStart >= 0) merge(t, level2Col, subStart, t.size() - 1);
            if (x.emptyLevel2() && level2Col >= 0) {
                for (String missing : STANDARD_LEVEL2.getOrDefault(g.getKey(), List.of())) {
                    boolean present = inds.stream().anyMatch(i -> missing.equals(i.level2()) || missing.equals(i.level1()));
                    if (present) continue;
                    String[] row = blank(width);
                    row[level2Col] = missing;
                    t.row(row);
                }
            }
            if (x.placeholders()) {
                String[] row = blank(width);
                row[index("ind.name")] = "……";
                t.row(row);
            }
            if (!x.repeatLevels()) merge(t, level1Col, groupStart, t.size() - 1);
            last = t.size() - 1;
        }
        merge(t, methodCol, firstRow, last);
        return last;
    }

    private String[] row(int width, Indicator ind, int index, int number) {
        Extras x = print.extras();
        String[] row = blank(width);
        for (int c = 0; c < columns.size(); c++) {
            String field = columns.get(c).field();
            row[first + c] = switch (field) {
                case "ind.level1" -> level1Text(ind.level1());
                case "ind.level2" -> Printed.text(ind.level2());
                case "ind.name" -> (x.numberedNames() ? "指标" + number + "：" : "") + Printed.text(ind.name());
                case "ind.nature" -> x.comparatorCodes() && ind.comparator() != null ? CODES.get(ind.comparator())
                        : Printed.sign(ind.comparator());
                case "ind.target" -> (has("ind.nature") ? "" : Printed.sign(ind.comparator(), x.signs()))
                        + Printed.text(ind.targetText());
                case "ind.unit" -> Printed.text(ind.unit());
                case "ind.actual" -> Printed.text(ind.actualText());
                case "ind.weight" -> Printed.points(ind.weight(), x.twoDecimals());
                case "ind.score" -> Printed.points(ind.score(), x.twoDecimals());
                case "ind.reason" -> Printed.text(ind.reason());
                case "ind.weight_share" -> x.shares() == null ? "" : Printed.number(x.shares().get(index)) + "%";
                case "ind.weighted_score" -> x.weighted() == null ? "" : Printed.points(x.weighted().get(index), x.twoDecimals());
                default -> "";
            };
        }
        return row;
    }

    private String[] subRow(int width, Extras.SubRow s) {
        String[] row = blank(width);
        row[index("ind.name")] = s.name();
        int target = index("ind.target");
        int actual = index("ind.actual");
        if (target >= 0) row[target] = s.target();
        if (actual >= 0) row[actual] = s.actual();
        return row;
    }

    /** The level-one heading as the form prints it: plain, with the group's points, or the points alone. */
    String level1Text(String level1) {
        Extras x = print.extras();
        Double points = groupPoints(level1);
        if (level1 == null) return "";
        if (points == null || x.level1() == Extras.Level1Style.PLAIN) return level1;
        String note = "（" + Printed.number(points) + "分）";
        return switch (x.level1()) {
            case POINTS -> level1 + note;
            case POINTS_ONLY -> note;
            case VERTICAL -> String.join("\n", level1.split("")) + "\n" + note;
            default -> level1;
        };
    }

    /** A group's printed points: the weights of its indicators, or the template's share when weights are not printed. */
    private Double groupPoints(String level1) {
        Double printed = print.extras().sectionPoints().get(String.valueOf(level1));
        if (printed != null) return printed;
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        List<Indicator> inds = print.form().indicators();
        for (int i = 0; i < inds.size(); i++) {
            if (!same(level1, inds.get(i).level1())) continue;
            Double w = inds.get(i).weight() != null ? inds.get(i).weight()
                    : print.extras().shares() != null ? print.extras().shares().get(i) : null;
            if (w == null) continue;
            sum = sum.add(BigDecimal.valueOf(w));
            any = true;
        }
        return any ? sum.doubleValue() : null;
    }

    int index(String field) {
        for (int c = 0; c < columns.size(); c++) if (columns.get(c).field().equals(field)) return first + c;
        return -1;
    }

    boolean has(String field) {
        return index(field) >= 0;
    }

    private static void merge(TableBuilder t, int col, int from, int to) {
        if (col >= 0) t.down(col, from, to);
    }

    private static String[] blank(int width) {
        String[] row = new String[width];
        java.util.Arrays.fill(row, "");
        return row;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
