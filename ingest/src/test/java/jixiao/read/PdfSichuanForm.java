package jixiao.read;

import java.io.IOException;
import java.util.List;

/**
 * Draws a district form the way Sichuan's 区级项目支出绩效自评表 are printed (the layout of the seed
 * document 000): title, project and unit lines with inline labels, the budget block, the indicator
 * table with its 得分 and 预算执行率 rows, blank level-one and level-two headings under merged cells, a
 * wrapped indicator name, a wrapped heading and a level-two heading with nothing beside it.
 * <p>
 * Two ways of printing it: {@link Style#TEXT} places text only, left-aligned in its column, wrapped
 * lines under the first; {@link Style#RULED} draws the table lines as a spreadsheet export does,
 * centres every cell, merges a cell with the empty ones beside it when its text is wider than its
 * column, and merges blank indicator headings into the heading above, printed halfway down them.
 */
final class PdfSichuanForm {
    enum Style { TEXT, RULED }

    static final float[] COLUMNS = {40, 112, 184, 304, 364, 424, 474, 510};
    private static final float TABLE_RIGHT = 570;
    private static final float PAD = 4;
    private static final float ROW = 20;
    private static final float WRAP = 11;
    /** The indicator rows, whose blank level-one and level-two headings are merged in the ruled style. */
    private static final int FIRST_INDICATOR_ROW = 9;

    private PdfSichuanForm() {
    }

    static List<String[]> rows(String project) {
        return List.of(
                new String[] {"项目", project, "", "", "年度:", "2024年"},
                new String[] {"主管", "乐山市金口河区行政审批局", "", "", "实施单位:", "乐山市金口河区行政审批局"},
                new String[] {"项目资金(万元)"},
                new String[] {"", "全年预算数", "全年执行数", "预算执行率"},
                new String[] {"年度资金总额", "5", "4.25", "85%"},
                new String[] {"其中:财政拨款", "5", "4.25", "85%"},
                new String[] {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值/权重\n(百分制)", "得分", "扣分原因分析"},
                new String[] {"得分", "", "", "", "", "100", "96"},
                new String[] {"预算执行率(10分)", "", "", "100%", "85%", "10", "8", "据实支付"},
                new String[] {"产出指标", "数量指标", "维护互联网个数", "3个", "3个", "10", "10"},
                new String[] {"", "质量指标", "网络覆盖率", "100%", "100%", "10", "10"},
                new String[] {"", "", "保障网络正常运行", "100%", "100%", "10", "10"},
                new String[] {"", "时效指标", "项目完成时效", "2024年内", "2024年内", "10", "10"},
                new String[] {"", "成本指标", "项目完成成本", "5万元", "4.25万元", "10", "8", "据实支付"},
                new String[] {"效益指标", "经济效益指标"},
                new String[] {"", "社会效益指标", "为群众提供便捷政务\n服务环境", "优", "优", "15", "15"},
                new String[] {"", "生态效益指标"},
                new String[] {"", "可持续影响指标", "不断优化营商环境", "优", "优", "15", "15"},
                new String[] {"满意度指标", "满意度指标", "服务对象满意度", "98%", "98%", "10", "10"});
    }

    /**
     * Draws one form from the top of the current page. With {@code continued}, the last indicator row
     * goes on a new page after a page footer, as a table that runs over a page break does.
     */
    static void draw(PdfSketch pdf, String project, boolean continued, Style style) throws IOException {
        pdf.size(15).text(208, 50, "区级项目支出绩效自评表").size(9);
        List<String[]> rows = rows(project);
        int breakBefore = continued ? rows.size() - 1 : rows.size();
        if (style == Style.TEXT) {
            text(pdf, rows.subList(0, breakBefore), 80);
        } else {
            ruled(pdf, rows, 0, breakBefore, 70);
        }
        if (continued) {
            pdf.text(285, 810, "- 1 -").page();
            if (style == Style.TEXT) text(pdf, rows.subList(breakBefore, rows.size()), 60);
            else ruled(pdf, rows, breakBefore, rows.size(), 50);
        }
    }

    static void draw(PdfSketch pdf, String project, boolean continued) throws IOException {
        draw(pdf, project, continued, Style.TEXT);
    }

    /** Text only: each cell at its column, wrapped lines under the first. */
    private static void text(PdfSketch pdf, List<String[]> rows, float y) throws IOException {
        for (String[] row : rows) {
            int lines = 1;
            for (int c = 0; c < row.length; c++) {
                String[] parts = row[c].split("\n");
                for (int l = 0; l < parts.length; l++) if (!parts[l].isEmpty()) pdf.text(COLUMNS[c], y + l * WRAP, parts[l]);
                lines = Math.max(lines, parts.length);
            }
            y += ROW + (lines - 1) * WRAP;
        }
    }

    /** A ruled table of rows [from, to), its top border at y. */
    private static void ruled(PdfSketch pdf, List<String[]> rows, int from, int to, float y) throws IOException {
        int n = to - from;
        float[] tops = new float[n + 1];
        tops[0] = y;
        for (int r = 0; r < n; r++) tops[r + 1] = tops[r] + ROW + (lines(rows.get(from + r)) - 1) * WRAP;
        String[][] cells = new String[n][COLUMNS.length];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                String[] row = rows.get(from + r);
                cells[r][c] = c < row.length ? row[c] : "";
            }
        }
        pdf.line(left(0), tops[0], TABLE_RIGHT, tops[0]);
        for (int r = 0; r < n; r++) {
            int c = 0;
            while (c < COLUMNS.length) {
                int end = span(pdf, cells[r], c);
                int down = mergedDown(cells, from, r, c);
                boolean mergedWithAbove = isUnderAHeading(cells, from, r, c);
                if (!mergedWithAbove) {
                    pdf.line(left(c), tops[r], left(end), tops[r]);
                    centre(pdf, cells[r][c], left(c), left(end), tops[r], tops[r + down]);
                }
                pdf.line(left(c), tops[r], left(c), tops[r + 1]);
                c = end;
            }
            pdf.line(TABLE_RIGHT, tops[r], TABLE_RIGHT, tops[r + 1]);
        }
        pdf.line(left(0), tops[n], TABLE_RIGHT, tops[n]);
    }

    /** How many rows a cell covers: a level-one or level-two heading and the blank ones under it. */
    private static int mergedDown(String[][] cells, int from, int r, int c) {
        if (c >= 2 || from + r < FIRST_INDICATOR_ROW || cells[r][c].isEmpty()) return 1;
        int down = 1;
        while (r + down < cells.length && blankUpTo(cells[r + down], c)) down++;
        return down;
    }

    /** Whether a blank heading cell is part of the merged heading above it. */
    private static boolean isUnderAHeading(String[][] cells, int from, int r, int c) {
        if (c >= 2 || !blankUpTo(cells[r], c)) return false;
        for (int above = r - 1; above >= 0; above--) {
            if (!cells[above][c].isEmpty()) return above + mergedDown(cells, from, above, c) > r;
        }
        return false;
    }

    /** A row whose cells up to column c are blank: it carries the headings above it down. */
    private static boolean blankUpTo(String[] row, int c) {
        for (int i = 0; i <= c; i++) if (!row[i].isEmpty()) return false;
        return true;
    }

    /** The column after a cell's last: a text wider than its column takes the empty columns beside it. */
    private static int span(PdfSketch pdf, String[] row, int c) throws IOException {
        int end = c + 1;
        float width = 0;
        for (String part : row[c].split("\n")) width = Math.max(width, pdf.width(part));
        while (end < COLUMNS.length && row[end].isEmpty() && left(end) - left(c) - 2 * PAD < width) end++;
        return end;
    }

    private static void centre(PdfSketch pdf, String text, float left, float right, float top, float bottom)
            throws IOException {
        if (text.isEmpty()) return;
        String[] parts = text.split("\n");
        float first = (top + bottom) / 2 - (parts.length - 1) * WRAP / 2 + 3;
        for (int l = 0; l < parts.length; l++) pdf.centred(left, right, first + l * WRAP, parts[l]);
    }

    private static float left(int c) {
        return c < COLUMNS.length ? COLUMNS[c] - PAD : TABLE_RIGHT;
    }

    private static int lines(String[] row) {
        int lines = 1;
        for (String cell : row) lines = Math.max(lines, cell.split("\n").length);
        return lines;
    }
}
