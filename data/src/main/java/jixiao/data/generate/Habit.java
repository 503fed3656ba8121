package jixiao.data.generate;

/**
 * Habits of self-evaluation that reviewers meet in real forms, planted per region and year at a
 * known rate so the analytics can be checked against them. {@link #description()} says what is done.
 */
public enum Habit {
    FLOORED_EXECUTION_SCORE("execution score floored to a whole number instead of rate × weight"),
    FULL_MARKS_DESPITE_MISS("full points for an indicator whose target was missed"),
    DEDUCT_DESPITE_MET("points deducted from a ≤ (cost) indicator whose target was met by spending less"),
    BOILERPLATE_REASON("据实支付, or nothing, given as the reason for lost points"),
    BLANK_ACTUALS("actual values left blank, points given anyway"),
    TARGETS_AS_ACTUALS("every actual value a copy of its target"),
    COPIED_INDICATOR_SETS("the indicator set copied unchanged from last year's form of the project"),
    VAGUE_INDICATORS("vague qualitative targets (提升, 保障, 优, 有效) instead of measurable ones"),
    BUDGET_CUT_TO_FULL("budget adjusted down to what was spent, so execution shows 100%");

    private final String description;

    Habit(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
