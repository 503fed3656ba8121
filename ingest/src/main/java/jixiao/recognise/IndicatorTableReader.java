package jixiao.recognise;

import java.util.ArrayList;
import java.util.List;

import jixiao.model.Indicator;
import jixiao.read.Row;

/**
 * Reads the three-level indicator table from its heading row on. Level-one and level-two headings
 * left blank (merged cells) carry down; a level-two heading with no indicator under it is skipped;
 * the 预算执行率 row fills the execution fields; 得分 / 总分 / 合计 rows give the total; a repeated
 * heading row (a table continued on the next page) is passed over.
 */
final class IndicatorTableReader {
    private IndicatorTableReader() {
    }

    static IndicatorTable read(List<Row> rows) {
        int header = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (IndicatorColumns.isHeader(rows.get(i))) {
                header = i;
                break;
            }
        }
        if (header < 0) return IndicatorTable.NONE;
        IndicatorColumns cols = IndicatorColumns.of(rows.get(header));
        List<Indicator> out = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        Double execWeight = null, execScore = null, execRate = null, total = null;
        String execReason = null;
        int end = rows.size();
        for (int i = header + 1; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isBlank()) continue;
            if (IndicatorColumns.isHeader(row)) {
                cols = IndicatorColumns.of(row);
                continue;
            }
            int first = Headings.firstNonBlank(row);
            String leadKey = Vocabulary.key(row.text(first));
            if (isExecutionRow(row, cols)) {
                execWeight = Values.number(row.text(cols.weight()));
                execScore = Values.number(row.text(cols.score()));
                execRate = Values.rate(row.text(cols.actual()));
                execReason = cols.reason() >= 0 ? Values.text(row.text(cols.reason())) : null;
                continue;
            }
            String totalLabel = totalLabel(row, cols);
            if (totalLabel != null) {
                total = totalOf(row, cols);
                if (!totalLabel.equals("得分")) {
                    end = i + 1;
                    break;
                }
                continue;
            }
            if (Vocabulary.TABLE_END.contains(leadKey) || leadKey.startsWith("说明")) {
                end = i;
                break;
            }
            String l1 = Values.text(row.text(cols.level1()));
            String l2 = Values.text(row.text(cols.level2()));
            if (l1 != null) {
                String stripped = Vocabulary.stripScoreNote(l1);
                if (!stripped.equals(level1)) level2 = null;
                level1 = stripped;
            }
            if (l2 != null) level2 = l2;
            String name = Values.text(row.text(cols.name()));
            if (name == null) continue;
            Target target = TargetParser.parse(row.text(cols.target()), row.text(cols.nature()),
                    row.text(cols.unit()), cols.unit() >= 0);
            out.add(new Indicator(level1, level2, name, target.comparator(), target.text(), target.value(),
                    target.unit(), Values.text(row.text(cols.actual())), Values.number(row.text(cols.weight())),
                    Values.number(row.text(cols.score())), cols.reason() >= 0 ? Values.text(row.text(cols.reason())) : null));
        }
        return new IndicatorTable(out, execWeight, execScore, execRate, execReason, total, header, end);
    }

    /** The label cells of a row: left of the name column, where merged headings and row labels sit. */
    private static java.util.stream.Stream<String> labels(Row row, IndicatorColumns cols) {
        int end = cols.name() > 0 ? cols.name() : 1;
        return row.cells().stream().limit(end).map(jixiao.read.Cell::text).filter(t -> !t.isEmpty());
    }

    /** 预算执行率（10分）: the budget-execution line of the district forms. */
    private static boolean isExecutionRow(Row row, IndicatorColumns cols) {
        return labels(row, cols).map(t -> t.replaceAll("\\s+", ""))
                .anyMatch(t -> Vocabulary.EXECUTION_ROW_PREFIXES.stream().anyMatch(t::startsWith));
    }

    /** 得分 / 总分 / 合计 in a label cell, with no indicator name on the row: the total line. */
    private static String totalLabel(Row row, IndicatorColumns cols) {
        String inName = Values.text(row.text(cols.name()));
        return labels(row, cols).map(Vocabulary::key).filter(Vocabulary.TOTAL_ROW::contains)
                .filter(k -> inName == null || Vocabulary.TOTAL_ROW.contains(Vocabulary.key(inName)) || Values.isNumeric(inName))
                .findFirst().orElse(null);
    }

    /** The total sits under the score column, or is the last number on its row when cells shifted. */
    private static Double totalOf(Row row, IndicatorColumns cols) {
        Double atScore = Values.number(row.text(cols.score()));
        if (atScore != null) return atScore;
        Double last = null;
        for (int i = Headings.firstNonBlank(row) + 1; i < row.size(); i++) {
            Double v = Values.number(row.text(i));
            if (v != null) last = v;
        }
        return last;
    }
}
