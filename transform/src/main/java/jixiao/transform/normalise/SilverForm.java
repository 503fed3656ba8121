package jixiao.transform.normalise;

import java.util.List;

/** A silver/forms row with its indicators, in order (see {@code jixiao.lake.Schemas#FORMS}). */
public record SilverForm(String formId, String documentSha256, String source, Integer fiscalYear, String projectName,
                         String projectCode, String department, String implementingUnit, String province, String city,
                         String county, String amountUnit, Double budgetInitial, Double budgetAdjusted, Double executed,
                         Double executionRate, Double executionWeight, Double executionScore, String executionReason,
                         Double totalScore, List<SilverIndicator> indicators) {
    public SilverForm {
        indicators = List.copyOf(indicators);
    }
}
