package jixiao.data.generate;

/**
 * A project of a department, recurring across the years it runs: its kind, printed name, budget
 * project code (division code + creation year + T + serial) and typical size in 万元.
 */
record ProjectPlan(ProjectKind kind, String name, String code, int firstYear, int lastYear, double baseWan) {
    boolean runsIn(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
