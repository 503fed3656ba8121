package jixiao.data.layout;

import static jixiao.data.layout.Printed.number;
import static jixiao.data.layout.Printed.text;

import java.util.List;

import jixiao.model.Form;

/**
 * 部门预算项目支出绩效自评表 (Sichuan departments, seeds 003 and 004): the project code before the name,
 * a budget block with 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 / 原因, an indicator
 * table with 指标性质 and 度量单位 columns, a 合计 line, and 评价结论 / 存在问题 / 改进措施.
 */
final class DepartmentLayout {
    private DepartmentLayout() {
    }

    static Layout of(Form f) {
        TableBuilder t = new TableBuilder(11);
        String name = f.projectCode() == null ? text(f.projectName()) : f.projectCode() + "-" + text(f.projectName());
        int r = t.row("项目名称", name);
        t.span(r, 1, 10);
        r = t.row("主管部门", text(f.department()), "", "", "", "实施单位（盖章）", text(f.implementingUnit()));
        t.span(r, 1, 4);
        t.span(r, 6, 10);
        int head = t.row("预算执行情况（10分）", "年度预算数（" + f.amountUnit() + "）", "年初预算", "调整后预算数", "预算执行数",
                "预算执行率", "权重", "得分", "原因");
        int total = t.row("", "总额", number(f.budgetInitial()), number(f.budgetAdjusted()), number(f.executed()),
                Printed.percent(f.executionRate()), number(f.executionWeight()), number(f.executionScore()),
                text(f.executionReason()));
        t.span(total, 8, 10);
        t.span(head, 8, 10);
        t.down(0, head, total);
        int indHead = t.row("绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
                "未完成原因分析");
        IndicatorRows.add(t, f.indicators(), 1, 2, (tb, i) -> tb.row("", text(i.level1()), text(i.level2()),
                text(i.name()), Printed.sign(i.comparator()), text(i.targetText()), text(i.unit()), text(i.actualText()),
                number(i.weight()), number(i.score()), text(i.reason())));
        t.down(0, indHead, t.size() - 1);
        r = t.row("合计", "", "", "", "", "", "", "", number(DistrictLayout.weightTotal(f)), number(f.totalScore()));
        t.span(r, 0, 7);
        for (String[] narrative : new String[][] {{"评价结论", f.conclusion()}, {"存在问题", f.problems()},
                {"改进措施", f.improvements()}}) {
            r = t.row(narrative[0], text(narrative[1]));
            t.span(r, 1, 10);
        }
        String year = f.fiscalYear() == null ? "" : "（" + f.fiscalYear() + "年度）";
        return new Layout(text(f.projectName()), List.of(new Paragraph("部门预算项目支出绩效自评表" + year), t.build()));
    }
}
