package jixiao.recognise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.read.Row;

/** Reads one form section: labels, amount unit, budget block, indicator table, narrative fields. */
final class FormReader {
    /** A budget project code before the name: 51090423T000007848282-2023年办事大厅运转运行费. */
    private static final Pattern CODE_PREFIX = Pattern.compile(
            "^(\\d{6}\\d{2}[A-Z]\\d{6,}|\\d{6}[0-9A-Z]{8,24})\\s*(?:[-—–_:、.]+\\s*)?(.*)$");
    private static final Pattern AMOUNT_UNIT = Pattern.compile(
            "(?:单位|金额)[:：]?\\s*(万元|元)(?![/／])|[(（](万元|元)[)）]");

    private FormReader() {
    }

    static FormDraft read(Section section, DocumentContext ctx) {
        List<Row> rows = section.rows;
        IndicatorTable table = IndicatorTableReader.read(rows);
        int labelsEnd = table.found() ? table.headerRow() : rows.size();
        List<Row> head = rows.subList(0, labelsEnd);
        List<Row> tail = table.found() ? rows.subList(Math.min(table.endRow(), rows.size()), rows.size()) : List.of();

        Optional<String> nameCell = first(head, Vocabulary.PROJECT_NAME);
        String name = nameCell.map(Values::text).orElse(null);
        String code = first(head, Vocabulary.PROJECT_CODE).map(Values::text).orElse(null);
        if (name != null) {
            Matcher m = CODE_PREFIX.matcher(name);
            if (m.matches() && !m.group(2).isBlank()) {
                if (code == null) code = m.group(1);
                name = m.group(2).strip();
            }
        }
        if (name == null && nameCell.isPresent()) name = "";
        String department = first(head, Vocabulary.DEPARTMENT).map(Values::text).orElse(null);
        String unit = first(head, Vocabulary.IMPLEMENTING_UNIT).map(Values::text).orElse(null);
        BudgetBlock budget = BudgetBlockReader.read(head);
        return new FormDraft(section.place(), year(section, head, table, ctx), name, code, department, unit,
                amountUnit(head), budget, table,
                narrative(tail, Vocabulary.CONCLUSION), narrative(tail, Vocabulary.PROBLEMS),
                narrative(tail, Vocabulary.IMPROVEMENTS), nameCell.isPresent());
    }

    private static Optional<String> first(List<Row> rows, List<String> labels) {
        for (Row r : rows) {
            Optional<String> v = Headings.labelValue(r, labels);
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }

    /** 评价结论 / 存在问题 / 改进措施: the cell after the label, or the next row when the label stands alone. */
    private static String narrative(List<Row> rows, List<String> labels) {
        for (int i = 0; i < rows.size(); i++) {
            Optional<String> v = Headings.labelValue(rows.get(i), labels);
            if (v.isEmpty()) continue;
            if (!v.get().isEmpty()) return Values.text(v.get());
            if (i + 1 < rows.size()) {
                Row next = rows.get(i + 1);
                int f = Headings.firstNonBlank(next);
                if (f >= 0 && !Headings.isLabel(next.text(f))) return Values.text(next.text(f));
            }
            return null;
        }
        return null;
    }

    /** 年度 label, else a year in the title rows, else the document's, else the year the targets name. */
    private static Integer year(Section section, List<Row> head, IndicatorTable table, DocumentContext ctx) {
        Integer y = first(head, Vocabulary.YEAR).map(Values::bareYear).orElse(null);
        if (y != null) return y;
        for (Row r : head) {
            String t = SectionSplitter.titleText(r);
            if (t != null && (t.contains("年度") || SectionSplitter.titleKind(t) != null)) {
                y = Values.year(t);
                if (y != null) return y;
            }
        }
        if (ctx.year != null) return ctx.year;
        return table.indicators().stream()
                .map(i -> Values.year(i.targetText()))
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** 单位：万元, 项目资金（万元）, 年度预算数（万元）: the first one printed above the indicator table. */
    private static String amountUnit(List<Row> head) {
        for (Row r : head) {
            for (String t : r.nonBlankTexts()) {
                Matcher m = AMOUNT_UNIT.matcher(t.replaceAll("\\s+", ""));
                if (m.find()) return m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return "万元";
    }
}
