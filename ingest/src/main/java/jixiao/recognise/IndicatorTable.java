package jixiao.recognise;

import java.util.List;

import jixiao.model.Indicator;

/**
 * What the indicator table of a form holds: the indicators, the budget-execution row (when the
 * table carries it, as Sichuan's district form does), the total, and the rows it spans.
 */
record IndicatorTable(List<Indicator> indicators, Double executionWeight, Double executionScore,
                      Double executionRate, String executionReason, Double totalScore, int headerRow, int endRow) {
    static final IndicatorTable NONE = new IndicatorTable(List.of(), null, null, null, null, null, -1, -1);

    boolean found() {
        return headerRow >= 0;
    }
}
