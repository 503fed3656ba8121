package jixiao.model;

/**
 * One line of a summary table (汇总表) that lists a department's projects with their self-scores;
 * kept apart from forms, used to cross-check them.
 */
public record SummaryRow(
        String source,
        int tableIndex,
        int rowIndex,
        String place,
        Integer fiscalYear,
        String department,
        String projectName,
        String unit,
        Double selfScore,
        String grade) {
}
