package jixiao.recognise;

import java.util.ArrayList;
import java.util.List;

import jixiao.read.Row;

/**
 * Reads the budget block: its heading row (年初预算数 / 全年预算数 / 全年执行数 / 执行率 …) and the total
 * line under it (年度资金总额 / 总额). Values are read by column; when the total line's cells have
 * shifted against the heading (text exports drop blank cells), they are read in printed order.
 */
final class BudgetBlockReader {
    private static final int LOOKAHEAD = 6;

    private BudgetBlockReader() {
    }

    static BudgetBlock read(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (!BudgetColumns.isHeader(rows.get(i))) continue;
            BudgetColumns cols = BudgetColumns.of(rows.get(i));
            Row total = totalRow(rows, i + 1);
            if (total != null) return read(cols, total);
        }
        return BudgetBlock.NONE;
    }

    private static Row totalRow(List<Row> rows, int from) {
        Row firstNumeric = null;
        for (int i = from; i < Math.min(rows.size(), from + LOOKAHEAD); i++) {
            Row r = rows.get(i);
            if (Headings.has(r, Vocabulary.BUDGET_TOTAL_ROW)) return r;
            if (firstNumeric == null && Headings.texts(r).filter(Values::isNumeric).count() >= 2) firstNumeric = r;
        }
        return firstNumeric;
    }

    private static BudgetBlock read(BudgetColumns cols, Row row) {
        boolean aligned = cols.inOrder().stream().allMatch(c -> Values.isValueLike(row.text(c[1])))
                && cols.inOrder().stream().anyMatch(c -> Values.isNumeric(row.text(c[1])));
        String[] v = new String[6];
        if (aligned) {
            for (int[] c : cols.inOrder()) v[c[0]] = row.text(c[1]);
        } else {
            List<String> values = valuesAfterLabel(row);
            List<int[]> order = cols.inOrder();
            for (int k = 0; k < order.size() && k < values.size(); k++) v[order.get(k)[0]] = values.get(k);
        }
        String reason = cols.reason() >= 0 ? Values.text(row.text(cols.reason())) : null;
        if (reason != null && Vocabulary.TEMPLATE_INSTRUCTION.matcher(reason).find()) reason = null;
        return new BudgetBlock(Values.number(v[0]), Values.number(v[1]), Values.number(v[2]), Values.rate(v[3]),
                Values.number(v[4]), Values.number(v[5]), reason);
    }

    private static List<String> valuesAfterLabel(Row row) {
        List<String> out = new ArrayList<>();
        boolean afterLabel = false;
        for (int i = 0; i < row.size(); i++) {
            String t = row.text(i);
            if (!afterLabel) {
                afterLabel = Vocabulary.is(t, Vocabulary.BUDGET_TOTAL_ROW) || Values.isNumeric(t);
                if (!Values.isNumeric(t)) continue;
            }
            if (!t.isEmpty() && Values.isValueLike(t)) out.add(t);
        }
        return out;
    }
}
