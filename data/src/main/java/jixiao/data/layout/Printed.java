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
