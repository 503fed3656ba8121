package jixiao.data.layout;

import static jixiao.data.layout.Printed.text;

import java.util.ArrayList;
import java.util.List;

import jixiao.model.Form;
import jixiao.recognise.vocab.Template;

/**
 * The Ministry of Finance arrangement that most catalogue templates share (mof-2020, 上海, 云南, 山东,
 * 北京, 济南, 安徽, 宁夏, 中央转移支付, 湖南, 湖北, 河北, 四川部门): titles, label rows, a budget block
 * under a label spanning its rows, the 年度总体目标 block, the indicator table under a 绩效指标
 * column, a total line, narrative and notes. What differs between templates is their entries (from
 * the catalogue) and their {@link Arrangement}.
 */
final class StandardLayout {
    /** The budget line's 得分计算方法 as 北京 and 济南 print it (009, 031). */
    private static final String EXECUTION_METHOD = "执行率*该指标分值，最高不得超过分值上限。";

    private final FormPrint p;
    private final Form f;
    private final Template tpl;
    private final Extras x;
    private final Arrangement a;
    private final int left;
    private final int width;
    private final TableBuilder t;

    StandardLayout(FormPrint p, Arrangement a) {
        this.p = p;
        this.f = p.form();
        this.tpl = p.template();
        this.x = p.extras();
        this.a = a;
        this.left = a.leftIndicators() == null ? 0 : 1;
        this.width = Math.max(Math.max(left + tpl.indicators().size(), 2 + tpl.budget().size()), 6);
        this.t = new TableBuilder(width);
    }

    Layout build() {
        List<Block> blocks = new ArrayList<>();
        if (a.titleInTable()) {
            for (String title : titles()) span(t.row(title), 0, width - 1);
        } else {
            for (String title : titles()) blocks.add(new Paragraph(title));
        }
        labels();
        if (a.goalsFirst()) goals();
        budget();
        if (!a.goalsFirst()) goals();
        indicators();
        total();
        narrative();
        if (a.notesRow() && !tpl.notes().isEmpty()) {
            StringBuilder notes = new StringBuilder("注：");
            for (int i = 0; i < tpl.notes().size(); i++) notes.append(i == 0 ? "" : "\n").append(i + 1).append('.').append(tpl.notes().get(i)).append('。');
            span(t.row("说明", notes.toString()), 1, width - 1);
        }
        blocks.add(t.build());
        return new Layout(text(f.projectName()), blocks);
    }

    // ---- titles and labels ---------------------------------------------------------------------

    private List<String> titles() {
        String year = String.valueOf(f.fiscalYear());
        String title = tpl.title();
        return switch (tpl.id()) {
            case "shanghai" -> List.of(title, year + "年度");
            case "yunnan-department" -> List.of(year + "年度" + title);
            case "shandong-district" -> List.of(title, "（" + year + "年度）", "单位：" + f.amountUnit());
            case "beijing" -> List.of(title + "（" + year + "年度）");
            case "jinan-district" -> List.of(title, "（ " + year + " 年度）",
                    "主管部门（盖章）：" + " ".repeat(24) + "单位：" + f.amountUnit());
            case "ningxia-target" -> List.of(text(f.projectName()) + title + "（" + year + "年度）"
                    + (f.totalScore() == null ? "" : "项目总得分" + Printed.number(f.totalScore()) + "分"));
            case "central-transfer" -> List.of(text(f.projectName()) + title, "（" + year + "年度）");
            case "hubei-project" -> List.of("附件3：", year + "年度" + title,
                    "单位名称：" + text(f.department()) + " ".repeat(8) + "填报日期：" + x.fillDate());
            case "hubei-caidian" -> List.of(year + "年度" + text(f.projectName()) + title,
                    "单位名称：" + text(f.department()) + "  填报日期：" + x.fillDate());
            case "sichuan-department" -> List.of(title + "（" + year + "年度）");
            default -> List.of(title, "（" + year + "年度）");
        };
    }

    private void labels() {
        String name = label("project_name");
        String project = f.projectCode() == null ? text(f.projectName()) : f.projectCode() + "-" + text(f.projectName());
        String dept = label("department");
        String unit = label("implementing_unit");
        switch (tpl.id()) {
            case "anhui-target" -> {
                pairs(name, project, "项目负责人及电话", x.label("项目负责人及电话"));
                pairs(dept, text(f.department()), unit, text(f.implementingUnit()));
            }
            case "ningxia-target" -> {
                pairs(name, project, unit, text(f.implementingUnit()) + "/" + x.label("项目负责人"));
                pairs("自治区主管部门", x.label("自治区主管部门"), "专项实施期", x.label("专项实施期"));
                pairs("市县财政部门", x.label("市县财政部门"), dept, text(f.department()));
            }
            case "central-transfer" -> {
                pairs(name, project);
                pairs(label("central_department"), x.label("中央主管部门"));
                pairs(dept, text(f.department()), unit, text(f.implementingUnit()));
            }
            case "jinan-district" -> {
                pairs(name, project, dept, text(f.department()));
                pairs(unit, text(f.implementingUnit()), "项目负责人", x.label("项目负责人"), "联系电话", x.label("联系电话"));
            }
            case "hubei-caidian" -> pairs(name, project, dept, text(f.department()), unit, text(f.implementingUnit()));
            default -> {
                pairs(name, project);
                pairs(dept, text(f.department()), unit, text(f.implementingUnit()));
            }
        }
        if ("hubei-project".equals(tpl.id())) {
            pairs("项目类别", "1、部门预算项目 √ 2、县直专项 □ 3、省市对下转移支付项目 □");
            pairs("项目属性", "1、持续性项目 √ 2、新增性项目 □");
        }
        if ("sichuan-department".equals(tpl.id())) {
            int r1 = t.row("项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "", "", "", "年度目标完成情况");
            span(r1, 2, 5);
            span(r1, 6, width - 1);
            int r2 = t.row("", "", x.goal(), "", "", "", x.achieved());
            span(r2, 2, 5);
            span(r2, 6, width - 1);
            int r3 = t.row("", "2.项目实施内容及过程概述", x.achieved());
            span(r3, 2, width - 1);
            t.down(0, r1, r3);
            t.down(1, r1, r2);
        }
    }

    private String label(String key) {
        return text(tpl.labels().get(key));
    }

    /** Label and value pairs sharing one row, each pair an equal share of the width, values spanning their share. */
    private void pairs(String... labelValue) {
        int n = labelValue.length / 2;
        String[] cells = new String[width];
        java.util.Arrays.fill(cells, "");
        int share = width / n;
        int[] starts = new int[n];
        for (int k = 0; k < n; k++) {
            starts[k] = k * share;
            cells[starts[k]] = labelValue[2 * k];
            cells[starts[k] + 1] = labelValue[2 * k + 1];
        }
        int r = t.row(cells);
        for (int k = 0; k < n; k++) span(r, starts[k] + 1, k == n - 1 ? width - 1 : starts[k + 1] - 1);
    }

    // ---- budget and goals ----------------------------------------------------------------------

    private void budget() {
        List<Template.Column> cols = tpl.budget().stream().filter(c -> !"budget.source".equals(c.field())).toList();
        String source = tpl.budget().stream().filter(c -> "budget.source".equals(c.field())).map(Template.Column::printed)
                .findFirst().orElse(null);
        String rowHeading = source != null ? source
                : "sichuan-department".equals(tpl.id()) ? "年度预算数（" + f.amountUnit() + "）" : "";
        String[] head = blank();
        head[0] = unitInLabel(tpl.budgetLabel(), f.amountUnit());
        head[1] = rowHeading;
        for (int c = 0; c < cols.size(); c++) head[2 + c] = x.heading(cols.get(c).field(), cols.get(c).printed());
        int first = t.row(head);
        List<String> subs = tpl.budgetSub();
        boolean totalLast = source != null; // 资金来源 tables list the sources, then their 合计 (033)
        if (!totalLast) t.row(budgetRow(cols, tpl.budgetTotal(), Line.TOTAL));
        for (int i = 0; i < subs.size(); i++) t.row(budgetRow(cols, subs.get(i), i == 0 ? Line.FIRST_SUB : Line.OTHER_SUB));
        if (totalLast) t.row(budgetRow(cols, tpl.budgetTotal(), Line.TOTAL));
        t.down(0, first, t.size() - 1);
    }

    private enum Line { TOTAL, FIRST_SUB, OTHER_SUB }

    private String[] budgetRow(List<Template.Column> cols, String label, Line line) {
        String[] row = blank();
        row[1] = label;
        List<Double> sub = x.subFigures();
        boolean figures = line != Line.OTHER_SUB;
        for (int c = 0; c < cols.size(); c++) {
            String field = cols.get(c).field();
            Double fromSub = line == Line.FIRST_SUB && sub != null ? switch (field) {
                case "budget.initial" -> sub.get(0);
                case "budget.adjusted" -> sub.get(1);
                case "budget.executed" -> sub.get(2);
                case "budget.rate" -> sub.get(3);
                default -> null;
            } : null;
            row[2 + c] = switch (field) {
                case "budget.initial" -> figures ? Printed.amount(fromSub != null ? fromSub : f.budgetInitial(), x.amounts()) : empty(line);
                case "budget.adjusted" -> figures ? Printed.amount(fromSub != null ? fromSub : f.budgetAdjusted(), x.amounts()) : empty(line);
                case "budget.executed" -> figures ? Printed.amount(fromSub != null ? fromSub : f.executed(), x.amounts()) : empty(line);
                case "budget.rate" -> figures ? Printed.rate(fromSub != null ? fromSub : f.executionRate(), x.rates()) : "";
                case "budget.weight" -> line == Line.TOTAL || line == Line.FIRST_SUB && a.subRowPoints()
                        ? Printed.points(f.executionWeight(), x.twoDecimals()) : subMark();
                case "budget.score" -> line == Line.TOTAL || line == Line.FIRST_SUB && a.subRowPoints()
                        ? Printed.points(f.executionScore(), x.twoDecimals()) : subMark();
                case "budget.reason" -> line == Line.TOTAL ? reasonCell() : subMark();
                case "budget.method" -> line == Line.TOTAL ? EXECUTION_METHOD : subMark();
                default -> "";
            };
        }
        return row;
    }

    /** Other funding lines print nothing, or zeros where the form writes them out (001). */
    private String empty(Line line) {
        return "shanghai".equals(tpl.id()) && line == Line.OTHER_SUB ? "0" : "";
    }

    /** What a 其中 line prints under the weight and score columns: a dash (018), a slash (022) or nothing. */
    private String subMark() {
        return switch (tpl.id()) {
            case "mof-2020", "shanghai", "yunnan-department", "hebei", "jinan-district" -> "—";
            case "sichuan-department" -> "/";
            default -> "";
        };
    }

    /** The execution line's reason; where none is given, the template's filling notes stand in the cell (022). */
    private String reasonCell() {
        if (f.executionReason() != null) return f.executionReason();
        if (!"sichuan-department".equals(tpl.id())) return "";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tpl.notes().size(); i++) b.append(i + 1).append('.').append(tpl.notes().get(i)).append(i == tpl.notes().size() - 1 ? "." : ";");
        return b.toString();
    }

    private void goals() {
        Arrangement.Goals g = a.goals();
        if (g == Arrangement.Goals.NONE) return;
        if (g == Arrangement.Goals.SINGLE) {
            span(t.row(g.label, x.goal()), 1, width - 1);
            return;
        }
        int half = 1 + (width - 1) / 2;
        String[] head = blank();
        head[0] = g.label;
        head[1] = g.expected;
        head[half] = g.achieved;
        int r1 = t.row(head);
        String[] texts = blank();
        texts[1] = x.goal();
        texts[half] = x.achieved();
        int r2 = t.row(texts);
        for (int r : new int[] {r1, r2}) {
            span(r, 1, half - 1);
            span(r, half, width - 1);
        }
        t.down(0, r1, r2);
    }

    // ---- indicators, total, narrative ----------------------------------------------------------

    private void indicators() {
        // the indicators' 得分计算方法: the template's notes other than the budget line's own rule
        String method = String.join("\n", tpl.notes().stream().filter(n -> !EXECUTION_METHOD.startsWith(n)).toList());
        IndicatorBlock block = new IndicatorBlock(p, tpl.indicators(), left, method);
        int start = t.size();
        if (a.twoRowHeading()) {
            twoRowHeading(block);
        } else {
            String[] head = block.heading(width);
            if (left > 0) head[0] = a.leftIndicators();
            t.row(head);
        }
        if (x.weightSumRow() && block.has("ind.weight")) {
            String[] sums = blank();
            sums[block.index("ind.weight")] = Printed.points(sum(true), x.twoDecimals());
            if (block.has("ind.score")) sums[block.index("ind.score")] = Printed.points(sum(false), x.twoDecimals());
            t.row(sums);
        }
        int last = block.write(t, width);
        if (left > 0) t.down(0, start, last);
    }

    /**
     * 绩效指标 over 一级/二级/三级, 年度指标值 over 指标性质/指标值/度量单位, the other headings spanning both
     * rows (real 004, 019).
     */
    private void twoRowHeading(IndicatorBlock block) {
        String[] top = blank();
        String[] bottom = block.heading(width);
        int level1 = block.index("ind.level1");
        int name = block.index("ind.name");
        int nature = block.index("ind.nature");
        int unit = block.index("ind.unit");
        top[level1] = "绩效指标";
        top[nature] = x.heading("ind.target", "年度指标值");
        for (int c = unit + 1; c < width; c++) {
            top[c] = bottom[c];
            bottom[c] = "";
        }
        bottom[block.index("ind.target")] = "指标值";
        int r1 = t.row(top);
        int r2 = t.row(bottom);
        span(r1, level1, name);
        span(r1, nature, unit);
        for (int c = unit + 1; c < width; c++) if (!top[c].isEmpty()) t.down(c, r1, r2);
    }

    private double sum(boolean weights) {
        double s = 0;
        for (var i : f.indicators()) {
            Double v = weights ? i.weight() : i.score();
            if (v != null) s += v;
        }
        return Math.round(s * 100) / 100.0;
    }

    private void total() {
        if (tpl.total() == null) return;
        IndicatorBlock block = new IndicatorBlock(p, tpl.indicators(), left, "");
        String[] row = blank();
        row[0] = tpl.total();
        int scoreCol = block.has("ind.weighted_score") ? block.index("ind.weighted_score") : block.index("ind.score");
        int weightCol = block.has("ind.weight_share") ? block.index("ind.weight_share") : block.index("ind.weight");
        if (scoreCol < 0) return;
        if (weightCol >= 0) {
            row[weightCol] = block.has("ind.weight_share") ? Printed.number(shareTotal()) + "%"
                    : Printed.points(DistrictLayout.weightTotal(f), x.twoDecimals());
        }
        row[scoreCol] = Printed.points(f.totalScore(), x.twoDecimals());
        int r = t.row(row);
        int firstValue = weightCol >= 0 ? Math.min(weightCol, scoreCol) : scoreCol;
        span(r, 0, firstValue - 1);
    }

    /** 权重占比 of the whole form: the indicators' shares and the execution line's points. */
    private double shareTotal() {
        double s = f.executionWeight() == null ? 0 : f.executionWeight();
        if (x.shares() != null) for (Double d : x.shares()) s += d;
        return Math.round(s * 100) / 100.0;
    }

    private void narrative() {
        if (tpl.narrative().isEmpty()) return;
        String[] values = {f.conclusion(), f.problems(), f.improvements()};
        for (int i = 0; i < tpl.narrative().size() && i < values.length; i++) span(t.row(tpl.narrative().get(i), text(values[i])), 1, width - 1);
        int half = width / 2;
        String[] sign = blank();
        sign[0] = "项目负责人：";
        sign[half] = "财务负责人：";
        int r = t.row(sign);
        span(r, 0, half - 1);
        span(r, half, width - 1);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** A budget label with the form's unit in its parentheses: 项目资金（万元） for a form in 元 reads 项目资金（元）. */
    static String unitInLabel(String label, String unit) {
        if (label == null) return "";
        return label.replaceAll("[（(](万元|元)[）)]", "（" + unit + "）");
    }

    private String[] blank() {
        String[] row = new String[width];
        java.util.Arrays.fill(row, "");
        return row;
    }

    private void span(int r, int from, int to) {
        t.span(r, from, to);
    }
}
