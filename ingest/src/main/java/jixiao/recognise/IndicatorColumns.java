package jixiao.recognise;

import jixiao.read.Row;

/** Where each field of the indicator table sits, read from its heading row; -1 when absent. */
record IndicatorColumns(int level1, int level2, int name, int nature, int target, int unit, int actual,
                        int weight, int score, int reason) {

    static boolean isHeader(Row printed) {
        Row row = JoinedHeadings.split(printed);
        return Headings.column(row, Vocabulary.NAME) >= 0
                && (Headings.column(row, Vocabulary.TARGET) >= 0 || Headings.column(row, Vocabulary.ACTUAL) >= 0)
                && (Headings.column(row, Vocabulary.SCORE) >= 0 || Headings.column(row, Vocabulary.WEIGHT) >= 0);
    }

    static IndicatorColumns of(Row printed) {
        Row row = JoinedHeadings.split(printed);
        return new IndicatorColumns(
                Headings.column(row, Vocabulary.LEVEL1),
                Headings.column(row, Vocabulary.LEVEL2),
                Headings.column(row, Vocabulary.NAME),
                Headings.column(row, Vocabulary.NATURE),
                Headings.column(row, Vocabulary.TARGET),
                Headings.column(row, Vocabulary.UNIT),
                Headings.column(row, Vocabulary.ACTUAL),
                weightColumn(row),
                Headings.column(row, Vocabulary.SCORE),
                reasonColumn(row));
    }

    private static int weightColumn(Row row) {
        for (int i = 0; i < row.size(); i++) {
            String k = Vocabulary.key(row.text(i));
            if (k.startsWith("分值") || k.startsWith("权重") || k.equals("指标分值")) return i;
        }
        return -1;
    }

    /** 扣分原因分析, 偏差原因分析及改进措施, 未完成原因分析 and their kin all speak of 原因. */
    private static int reasonColumn(Row row) {
        for (int i = 0; i < row.size(); i++) {
            if (Vocabulary.key(row.text(i)).contains("原因")) return i;
        }
        return -1;
    }
}
