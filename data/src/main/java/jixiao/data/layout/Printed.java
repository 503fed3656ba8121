package jixiao.data.layout;

import java.math.BigDecimal;

/** Values as forms print them: plain decimals without float noise, rates as fractions or percents. */
public final class Printed {
    private Printed() {
    }

    public static String number(Double d) {
        if (d == null) return "";
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** 0.5465 → "54.65%", 1.0 → "100.00%": at least two decimals, as spreadsheets show percents. */
    public static String percent(Double rate) {
        if (rate == null) return "";
        BigDecimal p = BigDecimal.valueOf(rate).movePointRight(2).stripTrailingZeros();
        if (p.scale() < 2) p = p.setScale(2);
        return p.toPlainString() + "%";
    }

    /** An amount as the budget block writes it; the value read back is the same number. */
    public static String amount(Double d, Extras.Amounts style) {
        if (d == null) return "";
        BigDecimal v = BigDecimal.valueOf(d);
        return switch (style) {
            case PLAIN -> number(d);
            case TWO_DECIMALS -> v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            case THOUSANDS -> String.format(java.util.Locale.ROOT, "%,.2f", d);
            case WAN_SUFFIX -> number(d) + "万元";
        };
    }

    /** A rate as the budget block writes it: 86.19%, 100.00% or 0.958. */
    public static String rate(Double rate, Extras.Rates style) {
        if (rate == null) return "";
        return switch (style) {
            case PERCENT -> BigDecimal.valueOf(rate).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case PERCENT_TWO -> percent(rate);
            case FRACTION -> number(rate);
        };
    }

    /** Points, as a template prints them: 10 or 10.00. */
    public static String points(Double d, boolean twoDecimals) {
        if (d == null) return "";
        return twoDecimals ? BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() : number(d);
    }

    /** The sign printed before a target, in full-width signs or ASCII (>=, <=, =). */
    public static String sign(String comparator, Extras.Signs style) {
        if (style == Extras.Signs.FULL || comparator == null || "qualitative".equals(comparator)) return sign(comparator);
        return comparator;
    }

    public static String text(String s) {
        return s == null ? "" : s;
    }

    /** The sign a form prints before a target, or in a 指标性质 column. */
    public static String sign(String comparator) {
        if (comparator == null) return "";
        return switch (comparator) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            case "=" -> "＝";
            case ">" -> "＞";
            case "<" -> "＜";
            case "qualitative" -> "定性";
            default -> "";
        };
    }
}
