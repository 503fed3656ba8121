package jixiao.recognise;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Printed values to typed values: the one place for nulls, numbers, rates and years. */
public final class Values {
    private static final Set<String> NULL_TOKENS = Set.of("", "/", "#DIV/0!", "#N/A", "#VALUE!", "#REF!",
            "#NAME?", "#NUM!", "#NULL!", "#####");
    private static final Pattern PLACEHOLDER = Pattern.compile("[.。…·．]{2,}");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:,\\d{3})*(?:\\.\\d+)?|[-+]?\\.\\d+");
    private static final Pattern PLAIN_NUMBER = Pattern.compile(
            "([-+]?(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\.\\d+))\\s*(%|分|万元|元|亿元)?");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private Values() {
    }

    private static final Pattern POINTS_NOTE = Pattern.compile("^[(（]\\d+(?:\\.\\d+)?分[)）]$");

    /** (30分): the points a heading allots, printed on their own. */
    public static boolean isPointsNote(String s) {
        return s != null && POINTS_NOTE.matcher(s.strip()).matches();
    }

    /** ……: a row printed to show where more could go, never a value. */
    public static boolean isPlaceholder(String s) {
        return s != null && PLACEHOLDER.matcher(s.strip()).matches();
    }

    /**
     * Text as printed, or null for an empty cell, '/', a spreadsheet error or a placeholder of dots
     * (……, the template's "more rows here"). Line breaks removed.
     */
    public static String text(String cell) {
        if (cell == null) return null;
        String s = withoutLineBreaks(cell).strip();
        return NULL_TOKENS.contains(s) || s.startsWith("#DIV") || isPlaceholder(s) ? null : s;
    }

    /** Text with its line breaks, and the white space around them, removed (most text has none: no regex then). */
    public static String withoutLineBreaks(String s) {
        return s.indexOf('\n') < 0 ? s : LINE_BREAK.matcher(s).replaceAll("");
    }

    /** A cell that holds only a number (with %, 分 or an amount unit after it), else null. */
    public static Double number(String cell) {
        BigDecimal d = decimal(cell);
        return d == null ? null : d.doubleValue();
    }

    /** A rate as a fraction: "85%" and "0.85" give 0.85; a bare number above 2 is read as percent. */
    public static Double rate(String cell) {
        String s = text(cell);
        if (s == null) return null;
        BigDecimal d = decimal(s);
        if (d == null) return null;
        boolean percent = s.endsWith("%") || d.compareTo(BigDecimal.valueOf(2)) > 0;
        return (percent ? d.movePointLeft(2) : d).doubleValue();
    }

    private static BigDecimal decimal(String cell) {
        String s = text(cell);
        if (s == null) return null;
        Matcher m = PLAIN_NUMBER.matcher(s.replace(" ", ""));
        if (!m.matches()) return null;
        return new BigDecimal(m.group(1).replace(",", "").replace("+", ""));
    }

    public static boolean isNumeric(String cell) {
        return decimal(cell) != null;
    }

    /** Value-like: a number, a rate, or a placeholder for none; what a budget cell may hold. */
    public static boolean isValueLike(String cell) {
        return text(cell) == null || decimal(cell) != null;
    }

    /** The first number printed in a text, as a double; null when there is none. */
    public static Double firstNumber(String s) {
        if (s == null) return null;
        Matcher m = NUMBER.matcher(s);
        return m.find() ? new BigDecimal(m.group().replace(",", "").replace("+", "")).doubleValue() : null;
    }

    static Matcher numberMatcher(String s) {
        return NUMBER.matcher(s);
    }

    /** The year in "2024年", "2024年度", "(2024 年度)"; null when none. */
    public static Integer year(String s) {
        if (s == null) return null;
        Matcher m = YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A year printed alone, as in a 年度 cell holding "2024". */
    public static Integer bareYear(String s) {
        if (s == null) return null;
        Integer y = year(s);
        if (y != null) return y;
        Matcher m = BARE_YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
