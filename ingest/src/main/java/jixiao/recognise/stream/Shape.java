package jixiao.recognise.stream;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a printed value looks like: a number, a rate, a quantity with its unit, a date or deadline,
 * a comparator alone, a dash for nothing, or words; with the comparator printed before it. The
 * reader types cells by their shape when columns cannot be trusted.
 */
public record Shape(Type type, String comparator, Double number, String unit, String body) {

    public enum Type { NUMBER, PERCENT, QUANTITY, DATE, SIGN, DASH, TEXT, EMPTY,
        /** Points allotted, as scoring sheets print them: "(20分)", "相关性(5分)", "特性指标70分". */
        POINTS,
        /** Digits of several numbers run together (40004000100%, 145000000.00145000000.00): split by the reader. */
        GLUED }

    private static final Pattern DASH = Pattern.compile("^(?:[—–\\-－~/\\\\]+|#DIV/0!|#N/A|#VALUE!|#REF!|＼)$");
    /** A comparator as printed; "004 >=" is a Yunnan export's code before the sign. */
    private static final Pattern SIGN = Pattern.compile("^(?:\\d{3}\\s*)?(≥|≤|≧|≦|⩾|⩽|>=|<=|==|=|﹦|＝|>|<|＞|＜|定性|定量)$");
    private static final Pattern LEADING = Pattern.compile("^(?:\\d{3}\\s+)?(≥|≤|≧|≦|⩾|⩽|>=|<=|==|=|﹦|＝|>|<|＞|＜)\\s*");
    private static final Pattern NUMBER = Pattern.compile("^([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[-+]?\\.\\d+)\\s*(.*)$");
    private static final Pattern UNIT = Pattern.compile("^[^\\d\\s,，。;；:：]{1,7}$");
    private static final Pattern POINTS = Pattern.compile("^[^\\d]{0,30}[(（]\\D{0,6}\\d+(?:\\.\\d+)?\\s*分?[)）]$|^[(（]?\\D{0,6}\\d+(?:\\.\\d+)?分[)）]?$");
    private static final Pattern GLUED = Pattern.compile("^[\\d.,%]*\\d[\\d.,%]*$");
    private static final Pattern DATE = Pattern.compile(
            "(?:19|20)\\d{2}\\s*年|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|\\d{1,2}\\s*月(?:底|末|初|中旬|上旬|下旬|前)|年底|年内|(?:之前|以前)$");

    /*
     * Most printed cells are words, which no pattern below matches; each pattern is tried only where
     * its text could match (by the characters it must start or end with), since this runs for every
     * piece of every document. The checks only skip patterns that cannot match: shapes are unchanged.
     */
    public static Shape of(String printed) {
        if (printed == null || printed.length() > KEPT_LENGTH) return read(printed);
        return KNOWN.get(printed);
    }

    /** Shapes of short texts already read: every reading of a table tries the same figures and cut parts. */
    private static final KeptResults<String, Shape> KNOWN = new KeptResults<>(50_000, Shape::read);
    private static final int KEPT_LENGTH = 32;

    private static Shape read(String printed) {
        String s = printed == null ? "" : printed.strip();
        if (s.isEmpty()) return new Shape(Type.EMPTY, null, null, null, "");
        if (mayBePoints(s) && POINTS.matcher(s).find()) return new Shape(Type.POINTS, null, null, null, s);
        char first = s.charAt(0);
        if ("—–-－~/\\#＼".indexOf(first) >= 0 && DASH.matcher(s).matches()) return new Shape(Type.DASH, null, null, null, s);
        boolean mayLead = isDigit(first) || COMPARATOR_STARTS.indexOf(first) >= 0;
        if (mayLead || first == '定') {
            Matcher sign = SIGN.matcher(s);
            if (sign.matches()) return new Shape(Type.SIGN, comparator(sign.group(1)), null, null, "");
        }
        String comparator = null;
        String body = s;
        if (mayLead) {
            Matcher lead = LEADING.matcher(s);
            if (lead.find()) {
                comparator = comparator(lead.group(1));
                body = s.substring(lead.end()).strip();
            }
        }
        // a deadline or calendar point, not a sentence that mentions one ("…年底前未能支付，下一步…")
        if (body.length() <= 24 && body.indexOf('，') < 0 && body.indexOf(',') < 0 && mayBeDate(body)) {
            Matcher date = DATE.matcher(body);
            if (date.find() && (date.start() <= 4 || body.length() <= 12)) return new Shape(Type.DATE, comparator, null, null, body);
        }
        char bodyFirst = body.isEmpty() ? ' ' : body.charAt(0);
        if (isDigit(bodyFirst) || bodyFirst == '-' || bodyFirst == '+' || bodyFirst == '.') {
            Matcher m = NUMBER.matcher(body);
            if (m.matches()) {
                Double n = parse(m.group(1));
                String rest = m.group(2).strip();
                if (rest.isEmpty()) return new Shape(Type.NUMBER, comparator, n, null, body);
                if (rest.equals("%") || rest.equals("％")) return new Shape(Type.PERCENT, comparator, n, "%", body);
                if (rest.equals("分")) return new Shape(Type.NUMBER, comparator, n, null, body);
                if (UNIT.matcher(rest).matches()) return new Shape(Type.QUANTITY, comparator, n, rest, body);
            }
        }
        if ((isDigit(bodyFirst) || bodyFirst == '.' || bodyFirst == ',' || bodyFirst == '%') && GLUED.matcher(body).matches()) {
            return new Shape(Type.GLUED, comparator, null, null, body);
        }
        return new Shape(Type.TEXT, comparator, null, null, body);
    }

    /** First characters of the comparators SIGN and LEADING know. */
    private static final String COMPARATOR_STARTS = "≥≤≧≦⩾⩽><=﹦＝＞＜";

    /** The ASCII digits that \\d matches. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** POINTS ends with a bracket or 分 (or, as $ allows, just before a final line terminator the strip kept). */
    private static boolean mayBePoints(String s) {
        char last = s.charAt(s.length() - 1);
        return last == ')' || last == '）' || last == '分' || last == '\u0085';
    }

    /** Every alternative of DATE holds 年, 月 or 前. */
    private static boolean mayBeDate(String body) {
        return body.indexOf('年') >= 0 || body.indexOf('月') >= 0 || body.indexOf('前') >= 0;
    }

    /** A comparator's contract form: >=, <=, =, >, <, qualitative. */
    public static String comparator(String printed) {
        return switch (printed) {
            case "≥", "≧", "⩾", ">=" -> ">=";
            case "≤", "≦", "⩽", "<=" -> "<=";
            case "=", "==", "﹦", "＝" -> "=";
            case ">", "＞" -> ">";
            case "<", "＜" -> "<";
            case "定性" -> "qualitative";
            default -> null;
        };
    }

    static Double parse(String number) {
        try {
            return Double.valueOf(number.replace(",", "").replace("+", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isNumeric() {
        return type == Type.NUMBER || type == Type.PERCENT || type == Type.QUANTITY;
    }

    /** A value a target or actual cell may hold (anything but an empty cell). */
    public boolean isValue() {
        return type == Type.NUMBER || type == Type.PERCENT || type == Type.QUANTITY || type == Type.DATE;
    }

    public boolean isNothing() {
        return type == Type.EMPTY || type == Type.DASH;
    }
}
