package jixiao.read;

import java.io.IOException;

/**
 * Draws a district form the way Sichuan's 区级项目支出绩效自评表 are printed (the layout of the seed
 * document 000): title, project and unit lines with inline labels, the budget block, the indicator
 * table with its 得分 and 预算执行率 rows, blank level-one and level-two headings under merged cells, a
 * wrapped indicator name, a wrapped heading and a level-two heading with nothing beside it.
 */
final class PdfSichuanForm {
    static final float[] COLUMNS = {40, 112, 184, 304, 364, 424, 474, 510};
    private static final float ROW = 20;
    private static final float WRAP = 11;

    private PdfSichuanForm() {
    }

    /**
     * Draws one form from the top of the current page. With {@code continued}, the last indicator row
     * goes on a new page after a page footer, as a table that runs over a page break does.
     */
    static void draw(PdfSketch pdf, String project, boolean continued) throws IOException {
        pdf.size(15).text(208, 50, "区级项目支出绩效自评表").size(9);
        float y = 80;
        pdf.row(y, COLUMNS, "项目", project, "", "", "年度:", "2024年");
        pdf.row(y += ROW, COLUMNS, "主管", "乐山市金口河区行政审批局", "", "", "实施单位:", "乐山市金口河区行政审批局");
        pdf.row(y += ROW, COLUMNS, "项目资金(万元)");
        pdf.row(y += ROW, COLUMNS, "", "全年预算数", "全年执行数", "预算执行率");
        pdf.row(y += ROW, COLUMNS, "年度资金总额", "5", "4.25", "85%");
        pdf.row(y += ROW, COLUMNS, "其中:财政拨款", "5", "4.25", "85%");
        pdf.row(y += ROW, COLUMNS, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值/权重", "得分", "扣分原因分析");
        pdf.text(COLUMNS[5], y += WRAP, "(百分制)");
        pdf.row(y += ROW, COLUMNS, "得分", "", "", "", "", "100", "96");
        pdf.row(y += ROW, COLUMNS, "预算执行率(10分)", "", "", "100%", "85%", "10", "8", "据实支付");
        pdf.row(y += ROW, COLUMNS, "产出指标", "数量指标", "维护互联网个数", "3个", "3个", "10", "10");
        pdf.row(y += ROW, COLUMNS, "", "质量指标", "网络覆盖率", "100%", "100%", "10", "10");
        pdf.row(y += ROW, COLUMNS, "", "", "保障网络正常运行", "100%", "100%", "10", "10");
        pdf.row(y += ROW, COLUMNS, "", "时效指标", "项目完成时效", "2024年内", "2024年内", "10", "10");
        pdf.row(y += ROW, COLUMNS, "", "成本指标", "项目完成成本", "5万元", "4.25万元", "10", "8", "据实支付");
        pdf.row(y += ROW, COLUMNS, "效益指标", "经济效益指标");
        pdf.row(y += ROW, COLUMNS, "", "社会效益指标", "为群众提供便捷政务", "优", "优", "15", "15");
        pdf.text(COLUMNS[2], y += WRAP, "服务环境");
        pdf.row(y += ROW, COLUMNS, "", "生态效益指标");
        pdf.row(y += ROW, COLUMNS, "", "可持续影响指标", "不断优化营商环境", "优", "优", "15", "15");
        if (continued) {
            pdf.text(285, 810, "- 1 -").page();
            y = 60 - ROW;
        }
        pdf.row(y += ROW, COLUMNS, "满意度指标", "满意度指标", "服务对象满意度", "98%", "98%", "10", "10");
    }
}
