package jixiao.data.layout;

import static jixiao.data.layout.Printed.text;

import java.util.List;

import jixiao.model.Form;
import jixiao.recognise.vocab.Template;

/**
 * scoring-sheet (Yinchuan 029, Guangshui 035, Hainan 010): the self-score among the labels, the budget
 * block, then one table of points in which 项目决策 and 项目管理 rows (how the project was decided and
 * run, the 预算执行率 line among them) come before the 项目产出 / 项目效益 indicators. Only the latter
 * are performance indicators; the 预算执行率 row carries the execution weight and score.
 */
final class ScoringSheetLayout {
    private ScoringSheetLayout() {
    }

    static Layout of(FormPrint p) {
        Form f = p.form();
        Template tpl = p.template();
        Extras x = p.extras();
        int width = Math.max(8, tpl.indicators().size());
        TableBuilder t = new TableBuilder(width);
        int r = t.row(tpl.labels().get("project_name"), text(f.projectName()), "", "", tpl.labels().get("department"), text(f.department()));
        t.span(r, 1, 3);
        t.span(r, 5, width - 1);
        r = t.row(tpl.labels().get("implementing_unit"), text(f.implementingUnit()), "", tpl.total(),
                Printed.number(f.totalScore()), "财政审核评分", "");
        t.span(r, 1, 2);
        t.span(r, 6, width - 1);
        String[] head = blank(width);
        head[0] = StandardLayout.unitInLabel(tpl.budgetLabel(), f.amountUnit());
        head[1] = tpl.budgetTotal();
        String[] values = blank(width);
        for (int c = 0; c < tpl.budget().size(); c++) {
            Template.Column col = tpl.budget().get(c);
            head[2 + c] = x.heading(col.field(), col.printed());
            values[2 + c] = switch (col.field()) {
                case "budget.initial" -> Printed.amount(f.budgetInitial(), x.amounts());
                case "budget.adjusted" -> Printed.amount(f.budgetAdjusted(), x.amounts());
                case "budget.executed" -> Printed.amount(f.executed(), x.amounts());
                case "budget.rate" -> Printed.rate(f.executionRate(), x.rates());
                default -> "";
            };
        }
        int h = t.row(head);
        t.down(0, h, t.row(values));
        t.down(1, h, h + 1);
        int g1 = t.row("年度总体目标", "年初设定目标", x.goal());
        t.span(g1, 2, width - 1);
        int g2 = t.row("", "年度总体目标完成情况", x.achieved());
        t.span(g2, 2, width - 1);
        t.down(0, g1, g2);
        IndicatorBlock block = new IndicatorBlock(p, tpl.indicators(), 0, "");
        t.row(block.heading(width));
        String group = null;
        int groupStart = -1;
        for (Extras.ScoredRow s : x.management()) {
            String[] row = blank(width);
            if (!s.level1().equals(group)) {
                if (groupStart >= 0) t.down(0, groupStart, t.size() - 1);
                group = s.level1();
                groupStart = t.size();
                row[0] = s.level1() + "（" + Printed.number(groupPoints(x.management(), s.level1())) + "分）";
            }
            row[1] = s.level2();
            row[2] = s.name();
            row[block.index("ind.weight")] = Printed.number(s.weight());
            row[block.index("ind.target")] = s.target();
            row[block.index("ind.actual")] = s.actual();
            row[block.index("ind.score")] = Printed.number(s.score());
            t.row(row);
        }
        if (groupStart >= 0) t.down(0, groupStart, t.size() - 1);
        block.write(t, width);
        String title = tpl.title() + "（" + f.fiscalYear() + "年度）";
        return new Layout(text(f.projectName()), List.of(new Paragraph(title), t.build()));
    }

    private static double groupPoints(List<Extras.ScoredRow> rows, String level1) {
        return rows.stream().filter(s -> s.level1().equals(level1)).mapToDouble(Extras.ScoredRow::weight).sum();
    }

    private static String[] blank(int width) {
        String[] row = new String[width];
        java.util.Arrays.fill(row, "");
        return row;
    }
}
