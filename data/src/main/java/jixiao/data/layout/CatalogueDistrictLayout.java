package jixiao.data.layout;

import static jixiao.data.layout.Printed.text;

import java.util.List;

import jixiao.model.Form;
import jixiao.recognise.vocab.Template;

/**
 * sichuan-district (seed 000) from the catalogue's entries: labels and values share the first rows, a
 * budget block without the initial budget, a 得分 line under the indicator heading, the 预算执行率
 * line inside the indicator table carrying the execution weight and score, empty level-two headings,
 * and the template's note under the table.
 */
final class CatalogueDistrictLayout {
    private CatalogueDistrictLayout() {
    }

    static Layout of(FormPrint p) {
        Form f = p.form();
        Template tpl = p.template();
        Extras x = p.extras();
        int width = Math.max(8, tpl.indicators().size());
        TableBuilder t = new TableBuilder(width);
        int r = t.row(tpl.labels().get("project_name"), text(f.projectName()), "", tpl.labels().get("year"), f.fiscalYear() + "年");
        t.span(r, 1, 2);
        t.span(r, 4, width - 1);
        r = t.row(tpl.labels().get("department"), text(f.department()), "", tpl.labels().get("implementing_unit"), text(f.implementingUnit()));
        t.span(r, 1, 2);
        t.span(r, 4, width - 1);
        r = t.row(StandardLayout.unitInLabel(tpl.budgetLabel(), f.amountUnit()));
        t.span(r, 0, width - 1);
        String[] head = new String[width];
        java.util.Arrays.fill(head, "");
        for (int c = 0; c < tpl.budget().size(); c++) head[1 + c] = p.extras().heading(tpl.budget().get(c).field(), tpl.budget().get(c).printed());
        t.row(head);
        t.row(budgetLine(tpl.budgetTotal(), f, x, tpl, width));
        List<String> subs = tpl.budgetSub();
        for (int i = 0; i < subs.size(); i++) {
            t.row(i == 0 ? budgetLine(subs.get(i), f, x, tpl, width) : new String[] {subs.get(i)});
        }
        int goal = t.row("年度总体目标", "预期目标", "", "", "实际完成情况");
        t.span(goal, 1, 3);
        t.span(goal, 4, width - 1);
        int goalText = t.row("", x.goal(), "", "", x.achieved());
        t.span(goalText, 1, 3);
        t.span(goalText, 4, width - 1);
        t.down(0, goal, goalText);
        IndicatorBlock block = new IndicatorBlock(p, tpl.indicators(), 0, "");
        t.row(block.heading(width));
        String[] score = new String[width];
        java.util.Arrays.fill(score, "");
        score[0] = tpl.total();
        score[block.index("ind.weight")] = Printed.number(DistrictLayout.weightTotal(f));
        score[block.index("ind.score")] = Printed.number(f.totalScore());
        t.row(score);
        if (f.executionWeight() != null) {
            String[] exec = new String[width];
            java.util.Arrays.fill(exec, "");
            exec[0] = "预算执行率（" + Printed.number(f.executionWeight()) + "分）";
            exec[block.index("ind.target")] = "100%";
            exec[block.index("ind.actual")] = Printed.rate(f.executionRate(), x.rates());
            exec[block.index("ind.weight")] = Printed.number(f.executionWeight());
            exec[block.index("ind.score")] = Printed.number(f.executionScore());
            exec[block.index("ind.reason")] = text(f.executionReason());
            t.span(t.row(exec), 0, 2);
        }
        block.write(t, width);
        String notes = "说明：" + String.join("；", tpl.notes().stream().map(n -> (tpl.notes().indexOf(n) + 1) + ". " + n).toList()) + "；";
        return new Layout(text(f.projectName()), List.of(new Paragraph(tpl.title()), t.build(), new Paragraph(notes)));
    }

    private static String[] budgetLine(String label, Form f, Extras x, Template tpl, int width) {
        String[] row = new String[width];
        java.util.Arrays.fill(row, "");
        row[0] = label;
        for (int c = 0; c < tpl.budget().size(); c++) {
            row[1 + c] = switch (tpl.budget().get(c).field()) {
                case "budget.adjusted" -> Printed.amount(f.budgetAdjusted(), x.amounts());
                case "budget.executed" -> Printed.amount(f.executed(), x.amounts());
                case "budget.rate" -> Printed.rate(f.executionRate(), x.rates());
                default -> "";
            };
        }
        return row;
    }
}
