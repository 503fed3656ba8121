package jixiao.recognise;

/** The budget execution block of a form, as printed. */
record BudgetBlock(Double initial, Double adjusted, Double executed, Double rate, Double weight, Double score,
                   String reason) {
    static final BudgetBlock NONE = new BudgetBlock(null, null, null, null, null, null, null);

    boolean hasAmounts() {
        return initial != null || adjusted != null || executed != null || rate != null;
    }
}
