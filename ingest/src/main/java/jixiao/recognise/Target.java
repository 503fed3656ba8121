package jixiao.recognise;

/** A target cell taken apart: comparator, the text without it, its number and unit. */
public record Target(String comparator, String text, Double value, String unit) {
}
