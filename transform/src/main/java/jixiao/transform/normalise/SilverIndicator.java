package jixiao.transform.normalise;

/** A silver/indicators row as the analytics read it (see {@code jixiao.lake.Schemas#INDICATORS}). */
public record SilverIndicator(int index, String level1, String level2, String name, String comparator,
                              String targetText, Double targetValue, String unit, String actualText, Double weight,
                              Double score, String reason) {
}
