package jixiao.model;

import java.util.List;

/**
 * One project self-evaluation form, as printed (see the extraction contract).
 * {@code place} says where the form starts in its document (sheet/page and row/line);
 * {@code executionReason} is what the budget-execution line gives as its reason (not a contract field).
 */
public record Form(
        String source,
        int formIndex,
        String place,
        Integer fiscalYear,
        String projectName,
        String projectCode,
        String department,
        String implementingUnit,
        Region region,
        String amountUnit,
        Double budgetInitial,
        Double budgetAdjusted,
        Double executed,
        Double executionRate,
        Double executionWeight,
        Double executionScore,
        Double totalScore,
        List<Indicator> indicators,
        String conclusion,
        String problems,
        String improvements,
        String executionReason,
        Reading reading) {

    public Form {
        indicators = List.copyOf(indicators);
        if (reading == null) reading = Reading.NONE;
    }

    /** A form whose reading is not recorded (built by hand, generated, or read back from JSON). */
    public Form(String source, int formIndex, String place, Integer fiscalYear, String projectName, String projectCode,
                String department, String implementingUnit, Region region, String amountUnit, Double budgetInitial,
                Double budgetAdjusted, Double executed, Double executionRate, Double executionWeight,
                Double executionScore, Double totalScore, List<Indicator> indicators, String conclusion,
                String problems, String improvements, String executionReason) {
        this(source, formIndex, place, fiscalYear, projectName, projectCode, department, implementingUnit, region,
                amountUnit, budgetInitial, budgetAdjusted, executed, executionRate, executionWeight, executionScore,
                totalScore, indicators, conclusion, problems, improvements, executionReason, Reading.NONE);
    }

    /** The same form as the document's i-th (forms merged or dropped before it renumber it). */
    public Form withIndex(int i) {
        return new Form(source, i, place, fiscalYear, projectName, projectCode, department, implementingUnit, region,
                amountUnit, budgetInitial, budgetAdjusted, executed, executionRate, executionWeight, executionScore,
                totalScore, indicators, conclusion, problems, improvements, executionReason, reading);
    }

    public Form withRegion(Region r) {
        return new Form(source, formIndex, place, fiscalYear, projectName, projectCode, department,
                implementingUnit, r, amountUnit, budgetInitial, budgetAdjusted, executed, executionRate,
                executionWeight, executionScore, totalScore, indicators, conclusion, problems, improvements, executionReason,
                reading);
    }

    public Form withReading(Reading r) {
        return new Form(source, formIndex, place, fiscalYear, projectName, projectCode, department,
                implementingUnit, region, amountUnit, budgetInitial, budgetAdjusted, executed, executionRate,
                executionWeight, executionScore, totalScore, indicators, conclusion, problems, improvements,
                executionReason, r);
    }
}
