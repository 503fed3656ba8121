package jixiao.transform.normalise;

import java.util.List;

/**
 * A silver/forms row with its indicators, in order (see {@code jixiao.lake.Schemas#FORMS}), and how the
 * form was read: the catalogue template it was read as ("unknown", or null from a lake written before
 * readings were recorded), whether the document shows only part of it, and the template's 填表说明
 * notes, one per item — what rules that depend on a template's own scoring need; and the form's
 * conclusion and problems (总体结论, 存在问题), where a reason may be written instead of on its row.
 */
public record SilverForm(String formId, String documentSha256, String source, Integer fiscalYear, String projectName,
                         String projectCode, String department, String implementingUnit, String province, String city,
                         String county, String amountUnit, Double budgetInitial, Double budgetAdjusted, Double executed,
                         Double executionRate, Double executionWeight, Double executionScore, String executionReason,
                         Double totalScore, List<SilverIndicator> indicators, String template, boolean partial,
                         List<String> templateNotes, String conclusion, String problems) {
    public SilverForm {
        indicators = List.copyOf(indicators);
        templateNotes = templateNotes == null ? List.of() : List.copyOf(templateNotes);
    }

    /** A form whose reading is not known (built by hand in tests): no template, read whole, no notes. */
    public SilverForm(String formId, String documentSha256, String source, Integer fiscalYear, String projectName,
                      String projectCode, String department, String implementingUnit, String province, String city,
                      String county, String amountUnit, Double budgetInitial, Double budgetAdjusted, Double executed,
                      Double executionRate, Double executionWeight, Double executionScore, String executionReason,
                      Double totalScore, List<SilverIndicator> indicators) {
        this(formId, documentSha256, source, fiscalYear, projectName, projectCode, department, implementingUnit, province,
                city, county, amountUnit, budgetInitial, budgetAdjusted, executed, executionRate, executionWeight,
                executionScore, executionReason, totalScore, indicators, null, false, List.of(), null, null);
    }
}
