package jixiao.recognise;

import java.util.List;

import jixiao.model.Indicator;

/** A form as read from its section, before the document assigns its index and region. */
record FormDraft(String place, Integer fiscalYear, String projectName, String projectCode, String department,
                 String implementingUnit, String amountUnit, BudgetBlock budget, IndicatorTable table,
                 String conclusion, String problems, String improvements, boolean hasLabel) {

    List<Indicator> indicators() {
        return table.indicators();
    }

    /** Headings and labels but nothing filled in: a blank template. */
    boolean isBlank() {
        boolean named = projectName != null && !projectName.isEmpty();
        boolean anyIndicatorValue = indicators().stream().anyMatch(i -> i.targetText() != null
                || i.actualText() != null || i.weight() != null || i.score() != null);
        return !named && !budget.hasAmounts() && !anyIndicatorValue;
    }
}
