package jixiao.data.layout;

import static jixiao.data.layout.Printed.number;
import static jixiao.data.layout.Printed.text;

import java.util.List;

import jixiao.model.Form;

/**
 * 项目支出绩效自评表 after the Ministry of Finance template (财预〔2020〕10号, as Shandong publishes it,
 * seed 001): year and unit above the table, a budget block with 年初预算数 / 全年预算数（A） /
 * 全年执行数（B） / 分值 / 执行率（B/A） / 得分, comparator signs before targets, a 总分 line.
 */
final class ProvincialLayout {
    private ProvincialLayout() {
    }

    static Layout of(Form f) {
        TableBuilder t = new TableBuilder(9);
        int r = t.row("项目名称", "", text(f.projectName()));
        t.span(r, 0, 1);
        t.span(r, 2, 8);
        r = t.row("主管部门", "", text(f.department()), "", "", "实施单位", text(f.implementingUnit()));
        t.span(r, 0, 1);
        t.span(r, 2, 4);
        t.span(r, 6, 8);
        int head = t.row("项目预算执行情况", "", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分");
        t.row("", "年度资金总额", number(f.budgetInitial()), number(f.budgetAdjusted()), number(f.executed()),
                number(f.executionWeight()), Printed.percent(f.executionRate()), number(f.executionScore()));
        int last = t.row("", "其中：当年财政拨款", number(f.budgetInitial()), number(f.budgetAdjusted()), number(f.executed()));
        t.down(0, head, last);
        t.row("", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "分值", "得分", "偏差原因分析及改进措施");
        IndicatorRows.add(t, f.indicators(), 1, 2, (tb, i) -> tb.row("", text(i.level1()), text(i.level2()),
                text(i.name()), Printed.sign(i.comparator()) + text(i.targetText()), text(i.actualText()),
                number(i.weight()), number(i.score()), text(i.reason())));
        r = t.row("总分", "", "", number(f.totalScore()));
        t.span(r, 0, 2);
        String year = f.fiscalYear() == null ? "" : "（" + f.fiscalYear() + "年度）";
        return new Layout(text(f.projectName()), List.of(new Paragraph("项目支出绩效自评表"), new Paragraph(year),
                new Paragraph("单位：" + f.amountUnit()), t.build()));
    }
}
