package jixiao.site.download;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One lake value as download text, and as one CSV field.
 *
 * <p>CSV injection (OWASP): a spreadsheet runs a cell whose text starts with {@code = + - @} (or a tab or
 * carriage return, which some spreadsheets strip before looking) as a formula. Such text is neutralised by
 * prefixing a single quote. Only <em>text</em> values are neutralised: a String, and the text a Map or List
 * is written as. A value stored as a number (Integer, Long, Double) is written as that number, so {@code -3.5}
 * stays {@code -3.5} and Excel reads it as a number; dates, instants and booleans never start with those
 * characters. The quote is a visible change to the text, the price OWASP accepts for the safety.
 */
public final class CsvCell {
    private CsvCell() {}

    /**
     * The value as plain text, not neutralised: null and non-finite doubles as empty; doubles in their shortest
     * form without exponent or trailing zeros; dates and instants ISO; maps as {@code key=value; key=value} in key
     * order; lists joined by {@code "; "}.
     */
    public static String text(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return number(d);
        if (v instanceof Float f) return number(f.doubleValue());
        if (v instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
        if (v instanceof LocalDate d) return d.toString();
        if (v instanceof Instant i) return i.toString();
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            StringJoiner j = new StringJoiner("; ");
            sorted.forEach((k, x) -> j.add(k + "=" + text(x)));
            return j.toString();
        }
        if (v instanceof Collection<?> c) {
            StringJoiner j = new StringJoiner("; ");
            for (Object x : c) j.add(text(x));
            return j.toString();
        }
        return String.valueOf(v);
    }

    /** A double's shortest decimal form: {@code 0.1}, {@code 100}, {@code -3.5}, {@code 0.00001}; NaN and infinities as empty. */
    public static String number(double d) {
        if (!Double.isFinite(d)) return "";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Whether the value is written as a number (and so never neutralised). */
    public static boolean isNumber(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof Double || v instanceof Float || v instanceof BigDecimal;
    }

    /** The text with a single quote in front when a spreadsheet would take it for a formula. */
    public static String neutralise(String s) {
        if (s.isEmpty()) return s;
        return switch (s.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + s;
            default -> s;
        };
    }

    /** The value as one RFC 4180 field: text neutralised, quoted when it holds a quote, comma, CR or LF. */
    public static String field(Object v) {
        String s = text(v);
        if (!isNumber(v)) s = neutralise(s);
        return quote(s);
    }

    /** RFC 4180 quoting: wrapped in double quotes, inner quotes doubled, when it holds {@code " , CR LF}. */
    public static String quote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == ',' || c == '\r' || c == '\n') return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
