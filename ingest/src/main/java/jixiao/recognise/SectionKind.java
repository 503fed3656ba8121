package jixiao.recognise;

/** What a stretch of a document is, as announced by its title or first heading row. */
public enum SectionKind {
    /** Text before the first title. */
    PREAMBLE,
    /** A project self-evaluation form. */
    FORM,
    /** A summary table (汇总表) of a department's projects and self-scores. */
    SUMMARY,
    /** A department-wide evaluation (部门整体支出绩效评价). */
    DEPARTMENT_WIDE,
    /** An evaluation-method table (评价指标体系, 评分标准). */
    METHOD,
    /** A report's narrative. */
    NARRATIVE
}
