package jixiao.data.layout;

import static jixiao.data.layout.Printed.text;

import java.util.List;

import jixiao.model.Form;
import jixiao.recognise.vocab.Template;

/**
 * suzhou (real 038): the year as a label, the budget as two blocks (预算执行情况, then 资金使用情况 with
 * what was paid), the sub-projects and their amounts, and the indicators under 投入目标 / 产出目标 /
 * 结果目标 with 指标名称 / 目标值 / 权重 / 实际完成值 / 自评分 and no level-two heading.
 */
final class SuzhouLayout {
    private SuzhouLayout() {
    }

    static Layout of(FormPrint p) {
        Form f = p.form();
        Template tpl = p.template();
        Extras x = p.extras();
        int width = Math.max(6, tpl.indicators().size());
        TableBuilder t = new TableBuilder(width);
        int r = t.row(tpl.labels().get("project_name"), text(f.projectName()), "", "", tpl.labels().get("year"),
                String.valueOf(f.fiscalYear()));
        t.span(r, 1, 3);
        r = t.row(tpl.labels().get("department"), text(f.department()));
        t.span(r, 1, width - 1);
        String initial = Printed.amount(f.budgetInitial(), x.amounts());
        String adjusted = Printed.amount(f.budgetAdjusted(), x.amounts());
        String executed = Printed.amount(f.executed(), x.amounts());
        Double left = f.budgetAdjusted() == null || f.executed() == null ? null
                : Math.round((f.budgetAdjusted() - f.executed()) * 100) / 100.0;
        int h = t.row(StandardLayout.unitInLabel(tpl.budgetLabel(), f.amountUnit()), column(tpl, "budget.initial"),
                column(tpl, "budget.adjusted"), "财政拨款数", "指标结余数");
        t.down(0, h, t.row("", initial, adjusted, adjusted, "0.00"));
        h = t.row(StandardLayout.unitInLabel(tpl.budgetTotal(), f.amountUnit()), "财政拨款数", column(tpl, "budget.executed"),
                "资金结余、结转数", "结转数", "财政收回数");
        t.down(0, h, t.row("", adjusted, executed, Printed.amount(left, x.amounts()), Printed.amount(left, x.amounts()), "0.00"));
        h = t.row("项目资金构成（详细列出各子项目名称和金额）", "子项目名称", "", "实际金额（" + f.amountUnit() + "）");
        t.span(h, 1, 2);
        int last = t.row("", "合计", "", executed);
        t.span(last, 1, 2);
        last = t.row("", f.fiscalYear() + "年1月-" + f.fiscalYear() + "年12月" + text(f.projectName()), "", executed);
        t.span(last, 1, 2);
        t.down(0, h, last);
        IndicatorBlock block = new IndicatorBlock(p, tpl.indicators(), 0, "");
        t.row(block.heading(width));
        block.write(t, width);
        String[] total = new String[width];
        java.util.Arrays.fill(total, "");
        total[0] = tpl.total();
        total[block.index("ind.weight")] = Printed.number(weights(f));
        total[block.index("ind.score")] = Printed.number(f.totalScore());
        t.row(total);
        return new Layout(text(f.projectName()), List.of(new Paragraph("苏州" + tpl.title()), t.build()));
    }

    private static String column(Template tpl, String field) {
        return tpl.budget().stream().filter(c -> c.field().equals(field)).map(Template.Column::printed).findFirst().orElse("");
    }

    private static double weights(Form f) {
        double s = 0;
        for (var i : f.indicators()) if (i.weight() != null) s += i.weight();
        return Math.round(s * 100) / 100.0;
    }
}
