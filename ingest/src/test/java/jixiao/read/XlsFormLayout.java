package jixiao.read;

import static jixiao.read.XlsFixtures.merged;
import static jixiao.read.XlsFixtures.put;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A project self-evaluation form laid out in a sheet the way published .xls/.xlsx forms are (seed
 * 001's tab export shows the same layout): a title merged across the table, labels and values in
 * merged cells, the budget block with its rate as a percent formula, the indicator table with
 * 一级指标/二级指标 merged down their groups, the 总分 row.
 */
final class XlsFormLayout {
    /** What changes from form to form; the indicator rows are the same in every one. */
    record FormData(String name, String department, String unit, double adjusted, double executed) {
        double rate() {
            return executed / adjusted;
        }

        double executionScore() {
            return Math.round(rate() * 1000) / 100.0;
        }

        double total() {
            return Math.round((executionScore() + INDICATOR_SCORES) * 100) / 100.0;
        }
    }

    record IndicatorRow(String level1, String level2, String name, String target, Object actual, double weight,
                        double score, String reason) {
    }

    static final List<IndicatorRow> INDICATORS = List.of(
            new IndicatorRow("成本指标", "经济成本指标", "行政审批服务工作经费", "≤441.8万元", "441.8万元", 10, 10, ""),
            new IndicatorRow("产出指标", "数量指标", "聘用人员数量", "≤88人", "63人", 10, 7.16, "按实际需要聘用"),
            new IndicatorRow("产出指标", "数量指标", "实现一窗受理窗口数量", "≥21个", "16个", 10, 7.62, ""),
            new IndicatorRow("产出指标", "质量指标", "人员管理体系完善度", "≥90%", "100%", 10, 10, ""),
            new IndicatorRow("产出指标", "时效指标", "一窗受理改革完成时间", "12月31日前", "12月31日前", 10, 10, ""),
            new IndicatorRow("效益指标", "社会效益指标", "缩短市民平均办事时间", "≥10%", "10%", 30, 30, ""),
            new IndicatorRow("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥99%", 0.999, 10, 10, ""));

    static final double INDICATOR_SCORES = INDICATORS.stream().mapToDouble(IndicatorRow::score).sum();

    private XlsFormLayout() {
    }

    static FormData sample(int n) {
        return new FormData("行政审批服务工作经费" + (n == 0 ? "" : "（" + n + "）"), "淄博市张店区行政审批服务局",
                "淄博市张店区政务服务中心", 441.8 + n, 400.0 + n);
    }

    /** Writes the form from sheet row {@code top} (0-based) and gives the first row after it. */
    static int write(Sheet sheet, int top, FormData form) {
        Workbook wb = sheet.getWorkbook();
        CellStyle percent = XlsFixtures.format(wb, "0.00%");
        int r = top;
        merged(sheet, r, r, 0, 8, "项目支出绩效自评表");
        merged(sheet, ++r, r, 0, 8, "（2024年度）");
        merged(sheet, ++r, r, 7, 8, "单位：万元");
        merged(sheet, ++r, r, 0, 1, "项目名称");
        merged(sheet, r, r, 2, 8, form.name());
        merged(sheet, ++r, r, 0, 1, "主管部门");
        merged(sheet, r, r, 2, 4, form.department());
        put(sheet, r, 5, "实施单位");
        merged(sheet, r, r, 6, 8, form.unit());

        int budget = ++r;
        merged(sheet, budget, budget + 4, 0, 0, "项目预算执行情况");
        String[] heads = {"年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"};
        for (int i = 0; i < heads.length; i++) put(sheet, budget, 2 + i, heads[i]);
        budgetLine(sheet, budget + 1, "年度资金总额", form);
        put(sheet, budget + 1, 5, 10);
        Cell rate = XlsFixtures.cellAt(sheet, budget + 1, 6);
        int excelRow = budget + 2; // the formula speaks Excel's 1-based rows
        rate.setCellFormula("E" + excelRow + "/D" + excelRow);
        rate.setCellValue(form.rate()); // the cached result, as Excel saves it
        rate.setCellStyle(percent);
        put(sheet, budget + 1, 7, form.executionScore());
        budgetLine(sheet, budget + 2, "其中：当年财政拨款", form);
        zeroLine(sheet, budget + 3, "上年结转资金");
        zeroLine(sheet, budget + 4, "其他资金");

        r = budget + 5;
        merged(sheet, r, r + 1, 0, 1, "年度总体目标");
        merged(sheet, r, r, 2, 4, "年初预期目标");
        merged(sheet, r, r, 5, 8, "目标实际完成情况");
        merged(sheet, r + 1, r + 1, 2, 4, "保障各项行政审批业务正常办理，方便群众办事。");
        merged(sheet, r + 1, r + 1, 5, 8, "保障了各项行政审批业务正常办理。");

        int header = r + 2;
        merged(sheet, header, header + INDICATORS.size(), 0, 0, "绩效指标");
        String[] cols = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "分值", "得分", "偏差原因分析及改进措施"};
        for (int i = 0; i < cols.length; i++) put(sheet, header, 1 + i, cols[i]);
        indicatorRows(sheet, header + 1, percent);

        int total = header + 1 + INDICATORS.size();
        merged(sheet, total, total, 0, 2, "总分");
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(total, total, 3, 8));
        put(sheet, total, 3, form.total());
        merged(sheet, total + 1, total + 1, 0, 8, "总分在80分以下的项目未实现绩效目标的原因分析及拟采取的措施说明：");
        return total + 2;
    }

    /** Level-one and level-two headings are printed once and merged down their group, as published. */
    private static void indicatorRows(Sheet sheet, int first, CellStyle percent) {
        int start1 = 0;
        int start2 = 0;
        for (int i = 0; i < INDICATORS.size(); i++) {
            IndicatorRow in = INDICATORS.get(i);
            int row = first + i;
            put(sheet, row, 3, in.name());
            put(sheet, row, 4, in.target());
            if (in.actual() instanceof Double d) {
                put(sheet, row, 5, d, percent);
            } else {
                put(sheet, row, 5, (String) in.actual());
            }
            put(sheet, row, 6, in.weight());
            put(sheet, row, 7, in.score());
            if (!in.reason().isEmpty()) put(sheet, row, 8, in.reason());
            boolean lastOfLevel1 = i + 1 == INDICATORS.size() || !INDICATORS.get(i + 1).level1().equals(in.level1());
            boolean lastOfLevel2 = lastOfLevel1 || !INDICATORS.get(i + 1).level2().equals(in.level2());
            if (lastOfLevel2) {
                mergeDown(sheet, first + start2, row, 2, INDICATORS.get(start2).level2());
                start2 = i + 1;
            }
            if (lastOfLevel1) {
                mergeDown(sheet, first + start1, row, 1, INDICATORS.get(start1).level1());
                start1 = i + 1;
            }
        }
    }

    private static void mergeDown(Sheet sheet, int from, int to, int col, String text) {
        if (to > from) {
            merged(sheet, from, to, col, col, text);
        } else {
            put(sheet, from, col, text);
        }
    }

    private static void budgetLine(Sheet sheet, int row, String label, FormData form) {
        put(sheet, row, 1, label);
        put(sheet, row, 2, form.adjusted());
        put(sheet, row, 3, form.adjusted());
        put(sheet, row, 4, form.executed());
    }

    private static void zeroLine(Sheet sheet, int row, String label) {
        put(sheet, row, 1, label);
        for (int c = 2; c <= 4; c++) put(sheet, row, c, 0);
    }
}
