package jixiao.extract;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON values seen the way shared/tools/score_extract.py sees them after {@code json.loads}: its
 * {@code str()}, {@code repr()}, {@code ==}, {@code re}'s {@code \s}, {@code math.isclose},
 * {@code os.path.splitext} and {@code "{:.4f}"}. {@link ExtractionScore} compares through these,
 * because Java's own versions differ in places that change scores: {@code Double.toString(1e-7)}
 * is {@code 1.0E-7} where Python prints {@code 1e-07}, Java's {@code \s} is ASCII only, a JSON
 * {@code true} prints {@code True}, and {@code %.4f} rounds 0.03125 up where Python rounds to even.
 */
final class PythonValues {
    private PythonValues() {
    }

    /** Every character {@code str.isspace()} accepts, which is what {@code re}'s {@code \s} matches in a str. */
    private static final Pattern SPACE = Pattern.compile(
            "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

    /** {@code None}: a key that is absent and a JSON null read the same through {@code dict.get}. */
    static boolean isNone(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    /** norm_text: NFKC, whitespace removed, empty as None (null). */
    static String normText(String s) {
        String t = SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
        return t.isEmpty() ? null : t;
    }

    /** {@code str.strip()} leaves nothing: how the scorer skips blank lines of JSON Lines. */
    static boolean isBlank(String line) {
        return SPACE.matcher(line).replaceAll("").isEmpty();
    }

    /** {@code math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)}, as CPython computes it. */
    static boolean isClose(double a, double b) {
        if (a == b) return true; // equal infinities are close; their difference is NaN
        if (Double.isInfinite(a) || Double.isInfinite(b)) return false;
        double diff = Math.abs(b - a);
        return diff <= Math.abs(1e-9 * b) || diff <= Math.abs(1e-9 * a) || diff <= 1e-6;
    }

    /** A numeric node as Python holds it: a BigInteger for an int or bool, a Double for a float. */
    static Number number(JsonNode n) {
        if (n.isBoolean()) return n.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
        if (n.isIntegralNumber()) return n.bigIntegerValue();
        // a BigDecimal is written as its toString(): json.loads reads it as int unless it has a point or exponent
        if (n.isBigDecimal()) {
            String text = n.decimalValue().toString();
            return text.matches("-?\\d+") ? new BigInteger(text) : Double.parseDouble(text);
        }
        // a float is written by Float.toString: Python reads those digits as a double
        if (n.isFloat()) return Double.parseDouble(Float.toString(n.floatValue()));
        return n.doubleValue();
    }

    /** {@code float(v)} for a number or bool. */
    static double toDouble(JsonNode n) {
        Number x = number(n);
        return x instanceof BigInteger b ? b.doubleValue() : x.doubleValue();
    }

    /** Python's {@code a == b} on two values from json.loads; absent and null are both None. */
    static boolean equal(JsonNode a, JsonNode b) {
        if (isNone(a) || isNone(b)) return isNone(a) && isNone(b);
        boolean aNum = a.isNumber() || a.isBoolean();
        boolean bNum = b.isNumber() || b.isBoolean();
        if (aNum || bNum) return aNum && bNum && numbersEqual(number(a), number(b));
        if (a.isTextual() || b.isTextual()) return a.isTextual() && b.isTextual() && a.textValue().equals(b.textValue());
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!equal(a.get(i), b.get(i))) return false;
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) return false;
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                // has(), not get(): inside a dict a null value is a value, so {"k": null} != {}
                if (!b.has(e.getKey()) || !equal(e.getValue(), b.get(e.getKey()))) return false;
            }
            return true;
        }
        return false;
    }

    /** Python compares an int with a float exactly, not by converting the int to a float. */
    private static boolean numbersEqual(Number a, Number b) {
        if (a instanceof BigInteger x && b instanceof BigInteger y) return x.equals(y);
        if (a instanceof Double x && b instanceof Double y) return x.doubleValue() == y.doubleValue();
        BigInteger i = (BigInteger) (a instanceof BigInteger ? a : b);
        double d = (a instanceof Double ? a : b).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) return false;
        return new BigDecimal(d).compareTo(new BigDecimal(i)) == 0;
    }

    /** {@code str(v)}: a string as it is, anything else as its repr. */
    static String str(JsonNode n) {
        return n != null && n.isTextual() ? n.textValue() : repr(n);
    }

    /** {@code repr(v)}, for the scorer's miss lines and for str() of non-strings. */
    static String repr(JsonNode n) {
        if (isNone(n)) return "None";
        if (n.isBoolean()) return n.booleanValue() ? "True" : "False";
        if (n.isNumber()) {
            Number x = number(n);
            return x instanceof BigInteger ? x.toString() : floatRepr(x.doubleValue());
        }
        if (n.isTextual()) return stringRepr(n.textValue());
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode e : n) parts.add(repr(e));
            return "[" + String.join(", ", parts) + "]";
        }
        if (n.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                parts.add(stringRepr(e.getKey()) + ": " + repr(e.getValue()));
            }
            return "{" + String.join(", ", parts) + "}";
        }
        return stringRepr(n.asText()); // binary or POJO nodes: json.loads never makes these
    }

    /** {@code repr(str)}: single quotes unless the text holds one and no double quote; escapes as CPython. */
    static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') b.append('\\').appendCodePoint(cp);
            else if (cp == '\t') b.append("\\t");
            else if (cp == '\n') b.append("\\n");
            else if (cp == '\r') b.append("\\r");
            else if (cp < ' ' || cp == 0x7F) b.append(String.format(Locale.ROOT, "\\x%02x", cp));
            else if (cp < 0x7F || printable(cp)) b.appendCodePoint(cp);
            else if (cp <= 0xFF) b.append(String.format(Locale.ROOT, "\\x%02x", cp));
            else if (cp <= 0xFFFF) b.append(String.format(Locale.ROOT, "\\u%04x", cp));
            else b.append(String.format(Locale.ROOT, "\\U%08x", cp));
        });
        return b.append(quote).toString();
    }

    /** str.isprintable for one non-ASCII character: not a control, format, surrogate, private, unassigned or separator. */
    private static boolean printable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * {@code repr(float)}: the shortest digits that read back as the same double, positional from 1e-4 up
     * to 1e16 and exponent form outside ({@code 1e-07}, {@code 1.5e+16}). Java 17's Double.toString is
     * not always shortest and switches notation elsewhere, so the digits are found here.
     */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) return sign + "0.0";
        BigDecimal shortest = shortest(Math.abs(d));
        String digits = shortest.unscaledValue().toString();
        int n = digits.length();
        int decpt = n - shortest.scale(); // value = 0.DIGITS × 10^decpt
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            String mantissa = n == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
        }
        if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
        if (decpt < n) return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
        return sign + digits + "0".repeat(decpt - n) + ".0";
    }

    /** The fewest significant digits that round-trip; of two such, the nearer, as David Gay's dtoa gives. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == d) return nearest.stripTrailingZeros();
            // near a power of two the gap below is half the gap above: the farther neighbour may still round-trip
            for (RoundingMode m : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal other = exact.round(new MathContext(p, m));
                if (other.doubleValue() == d) return other.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** {@code f"{x:.4f}"}: the double's exact value rounded half to even, unlike Java's %.4f (half up on its shortest digits). */
    static String fixed4(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return floatRepr(x);
        String s = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
        return Double.doubleToRawLongBits(x) < 0 && !s.startsWith("-") ? "-" + s : s;
    }

    /** {@code os.path.splitext(os.path.basename(p))[0]} on POSIX: leading dots never start an extension. */
    static String stem(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        for (int i = 0; i < dot; i++) if (base.charAt(i) != '.') return base.substring(0, dot);
        return base;
    }

    /** Python orders strings by code point; Java's compareTo orders by UTF-16 unit, which differs above U+FFFF. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
