package jixiao.model;

/** One three-level performance indicator row of a form, fields as in the extraction contract. */
public record Indicator(
        String level1,
        String level2,
        String name,
        String comparator,
        String targetText,
        Double targetValue,
        String unit,
        String actualText,
        Double weight,
        Double score,
        String reason) {
}
