package jixiao.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.model.SummaryRow;
import jixiao.read.Row;
import jixiao.recognise.vocab.Key;
import jixiao.recognise.vocab.Vocabulary;

/**
 * Reads a summary table (汇总表): one row per project with its self-score and grade, under a heading
 * row of 项目名称 / 自评得分 / 自评等级 (columns from the vocabulary's summary.* fields).
 */
public final class SummaryReader {
    private static final Vocabulary VOCAB = Vocabulary.get();
    private static final Pattern DEPARTMENT_INLINE = Pattern.compile("^([^:：]{1,10})[:：](.+)$");

    private SummaryReader() {
    }

    /** The rows of one summary table; {@code department} is the department a line above names, when one does. */
    public static List<SummaryRow> read(String source, int tableIndex, List<Row> rows, Integer year, String department) {
        List<SummaryRow> out = new ArrayList<>();
        int name = -1, unit = -1, score = -1, grade = -1;
        String dept = department;
        for (Row row : rows) {
            String d = departmentLine(row);
            if (d != null) dept = d;
            if (isHeader(row)) {
                name = column(row, "summary.name");
                unit = column(row, "summary.unit");
                score = column(row, "summary.score");
                grade = column(row, "summary.grade");
                continue;
            }
            if (name < 0) continue;
            String project = Values.text(row.text(name));
            Double selfScore = score >= 0 ? Values.number(row.text(score)) : null;
            String g = grade >= 0 ? Values.text(row.text(grade)) : null;
            if (project == null || (selfScore == null && g == null)) continue;
            out.add(new SummaryRow(source, tableIndex, out.size(), row.place(), year, dept, project,
                    unit >= 0 ? Values.text(row.text(unit)) : null, selfScore, g));
        }
        return out;
    }

    /** 项目名称 with a grade, or with a score and a 序号 or unit column; never an indicator table's heading. */
    public static boolean isHeader(Row row) {
        boolean name = column(row, "summary.name") >= 0;
        boolean grade = column(row, "summary.grade") >= 0;
        boolean score = column(row, "summary.score") >= 0;
        boolean other = column(row, "summary.index") >= 0 || column(row, "summary.unit") >= 0;
        boolean indicators = row.cells().stream().anyMatch(c -> VOCAB.is(c.text(), "ind.name") || VOCAB.is(c.text(), "ind.target"));
        return name && (grade || score && other) && !indicators;
    }

    /** "部门（单位）：淄博市张店区行政审批服务局" above a summary names its department. */
    public static String departmentLine(Row row) {
        List<String> texts = row.nonBlankTexts();
        if (texts.isEmpty()) return null;
        String first = texts.get(0).strip();
        if (texts.size() >= 2 && VOCAB.is(first, "summary.department")) return texts.get(1);
        Matcher m = DEPARTMENT_INLINE.matcher(first);
        if (m.matches() && VOCAB.is(m.group(1), "summary.department")) return m.group(2).strip();
        return null;
    }

    private static int column(Row row, String field) {
        for (int i = 0; i < row.size(); i++) if (VOCAB.is(row.text(i), field)) return i;
        return -1;
    }

    static String key(String s) {
        return Key.of(s);
    }
}
