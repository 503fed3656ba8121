package jixiao.data.layout;

import static jixiao.data.layout.Printed.text;

import java.util.List;

import jixiao.model.Form;
import jixiao.recognise.vocab.Template;

/**
 * central-transfer-weighted (real 036): a regional form of a central transfer, titled by the special
 * fund, with the central and provincial departments as labels, the self-score beside them, the
 * budget as 预算数：/执行数： pairs with the execution points, and indicators with points but no scores,
 * numbered 指标1：… within each level-two heading.
 */
final class RegionalTransferLayout {
    private RegionalTransferLayout() {
    }

    static Layout of(FormPrint p) {
        Form f = p.form();
        Template tpl = p.template();
        Extras x = p.extras();
        int width = 1 + tpl.indicators().size();
        TableBuilder t = new TableBuilder(width);
        int r1 = t.row(tpl.labels().get("project_name"), text(f.projectName()), "", tpl.labels().get("central_department"),
                x.label("中央主管部门"), "自评得分", Printed.number(f.totalScore()));
        t.span(r1, 1, 2);
        int r2 = t.row("省级财政部门", x.label("省级财政部门"), "", "省级主管部门", x.label("省级主管部门"));
        t.span(r2, 1, 2);
        t.down(5, r1, r2);
        t.down(6, r1, r2);
        int b = t.row(tpl.budgetLabel(), column(tpl, "budget.adjusted"), Printed.amount(f.budgetAdjusted(), x.amounts()),
                column(tpl, "budget.executed"), Printed.amount(f.executed(), x.amounts()), column(tpl, "budget.weight"),
                Printed.number(f.executionWeight()));
        List<String> subs = tpl.budgetSub();
        int last = b;
        for (int i = 0; i < subs.size(); i++) {
            String a = i == 0 ? Printed.amount(f.budgetAdjusted(), x.amounts()) : "";
            String e = i == 0 ? Printed.amount(f.executed(), x.amounts()) : "";
            last = t.row("", subs.get(i), a + f.amountUnit(), subs.get(i), e + f.amountUnit());
        }
        t.down(0, b, last);
        int g1 = t.row("年度目标完成情况", "预期目标", "", "目标实际完成情况");
        t.span(g1, 1, 2);
        t.span(g1, 3, width - 1);
        int g2 = t.row("", x.goal(), "", x.achieved());
        t.span(g2, 1, 2);
        t.span(g2, 3, width - 1);
        t.down(0, g1, g2);
        IndicatorBlock block = new IndicatorBlock(p, tpl.indicators(), 1, "");
        String[] head = block.heading(width);
        head[0] = "年度绩效指标完成情况";
        int start = t.row(head);
        t.down(0, start, block.write(t, width));
        String title = text(f.projectName()) + tpl.title() + "（" + f.fiscalYear() + "年度）";
        return new Layout(text(f.projectName()), List.of(new Paragraph(title), t.build()));
    }

    private static String column(Template tpl, String field) {
        return tpl.budget().stream().filter(c -> c.field().equals(field)).map(Template.Column::printed).findFirst().orElse("");
    }
}
