package jixiao.data.layout;

import static jixiao.data.layout.Printed.number;
import static jixiao.data.layout.Printed.text;

import java.util.List;

import jixiao.model.Form;
import jixiao.model.Indicator;

/**
 * 区级项目支出绩效自评表 (Sichuan districts, seed 000): labels and values share the first rows of
 * one 8-column table; the budget block has no initial budget; the 预算执行率 line sits in the
 * indicator table and carries the execution weight and score.
 */
final class DistrictLayout {
    private DistrictLayout() {
    }

    static Layout of(Form f) {
        TableBuilder t = new TableBuilder(8);
        int r = t.row("项目", text(f.projectName()), "", "年度:", f.fiscalYear() == null ? "" : f.fiscalYear() + "年");
        t.span(r, 1, 2);
        t.span(r, 4, 7);
        r = t.row("主管", text(f.department()), "", "实施单位:", text(f.implementingUnit()));
        t.span(r, 1, 2);
        t.span(r, 4, 7);
        r = t.row("项目资金(" + f.amountUnit() + ")");
        t.span(r, 0, 7);
        t.row("", "全年预算数", "全年执行数", "预算执行率");
        t.row("年度资金总额", number(f.budgetAdjusted()), number(f.executed()), number(f.executionRate()));
        t.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值/权重(百分制)", "得分", "扣分原因分析");
        t.row("得分", "", "", "", "", number(weightTotal(f)), number(f.totalScore()));
        if (f.executionWeight() != null || f.executionScore() != null) {
            r = t.row("预算执行率(" + number(f.executionWeight()) + "分)", "", "", "100%", Printed.percent(f.executionRate()),
                    number(f.executionWeight()), number(f.executionScore()), text(f.executionReason()));
            t.span(r, 0, 2);
        }
        IndicatorRows.add(t, f.indicators(), 0, 1, (tb, i) -> tb.row(text(i.level1()), text(i.level2()),
                text(i.name()), Printed.sign(i.comparator()) + text(i.targetText()), text(i.actualText()),
                number(i.weight()), number(i.score()), text(i.reason())));
        return new Layout(text(f.projectName()), List.of(new Paragraph("区级项目支出绩效自评表"), t.build(),
                new Paragraph("说明：1. 预算执行率得分=全年执行数/全年预算数*10分；")));
    }

    /** The 得分 line's weight: 100 when the printed weights add up to it, else their sum. */
    static Double weightTotal(Form f) {
        double sum = f.executionWeight() == null ? 0 : f.executionWeight();
        boolean any = f.executionWeight() != null;
        for (Indicator i : f.indicators()) {
            if (i.weight() != null) {
                sum += i.weight();
                any = true;
            }
        }
        return any ? Math.round(sum * 100) / 100.0 : null;
    }
}
