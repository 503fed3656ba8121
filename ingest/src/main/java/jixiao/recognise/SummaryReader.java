package jixiao.recognise;

import java.util.ArrayList;
import java.util.List;

import jixiao.model.SummaryRow;
import jixiao.read.Row;

/** Reads a summary table (汇总表): one row per project with its self-score and grade. */
final class SummaryReader {
    private SummaryReader() {
    }

    static List<SummaryRow> read(String source, int tableIndex, Section section, DocumentContext ctx) {
        List<SummaryRow> out = new ArrayList<>();
        int name = -1, unit = -1, score = -1, grade = -1;
        for (Row row : section.rows) {
            String dept = departmentLine(row);
            if (dept != null) ctx.department = dept;
            if (Headings.isSummaryHeader(row)) {
                name = Headings.column(row, Vocabulary.SUMMARY_NAME);
                unit = Headings.column(row, Vocabulary.SUMMARY_UNIT);
                score = Headings.column(row, Vocabulary.SUMMARY_SCORE);
                grade = Headings.column(row, Vocabulary.SUMMARY_GRADE);
                continue;
            }
            if (name < 0) continue;
            String project = Values.text(row.text(name));
            Double selfScore = score >= 0 ? Values.number(row.text(score)) : null;
            String g = grade >= 0 ? Values.text(row.text(grade)) : null;
            if (project == null || (selfScore == null && g == null)) continue;
            out.add(new SummaryRow(source, tableIndex, out.size(), row.place(), ctx.year, ctx.department, project,
                    unit >= 0 ? Values.text(row.text(unit)) : null, selfScore, g));
        }
        return out;
    }

    /** "部门（单位）：淄博市张店区行政审批服务局" above a summary names its department. */
    static String departmentLine(Row row) {
        List<String> texts = row.nonBlankTexts();
        if (texts.isEmpty()) return null;
        String t = texts.get(0).replaceAll("\\s+", "");
        if (texts.size() >= 2 && Vocabulary.is(t, List.of("部门", "单位", "部门名称", "单位名称", "填报单位", "预算单位"))) {
            return texts.get(1);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^(?:部门|单位|部门名称|单位名称|填报单位|预算单位)(?:[(（][^)）]*[)）])?[:：](.+)$").matcher(t);
        return m.matches() ? m.group(1) : null;
    }
}
