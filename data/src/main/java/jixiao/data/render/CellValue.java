package jixiao.data.render;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** A printed cell as a spreadsheet stores it: a number (with a percent format) or text. */
record CellValue(String text, Double number, String format) {
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern PERCENT = Pattern.compile("-?\\d+(\\.\\d+)?%");

    static CellValue of(String text) {
        if (PLAIN.matcher(text).matches() && text.length() < 16) return new CellValue(text, Double.valueOf(text), null);
        if (PERCENT.matcher(text).matches()) {
            BigDecimal p = new BigDecimal(text.substring(0, text.length() - 1));
            int decimals = Math.max(p.scale(), 0);
            String format = decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%";
            return new CellValue(text, p.movePointLeft(2).doubleValue(), format);
        }
        return new CellValue(text, null, null);
    }
}
