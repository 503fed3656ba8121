package jixiao.site.build;

import java.util.Collection;
import java.util.Map;

/**
 * Data as a JavaScript literal (JSON's subset) for the generated {@code assets/*.js} files, which pages load
 * with {@code <script src>} because file:// allows no fetch. Strings are escaped so no data can end the
 * script or the string: quotes, backslashes, control characters, U+2028/U+2029 (line ends to older
 * JavaScript) and {@code <} (so {@code </script>} or {@code <!--} never appear in the file).
 */
public final class JsLiteral {
    private JsLiteral() {
    }

    /** {@code window.NAME = literal;} with a newline: the whole of a data script. */
    public static String assignment(String global, Object value) {
        if (!global.matches("[A-Za-z_$][A-Za-z0-9_$]*")) throw new IllegalArgumentException("not a JS name: " + global);
        StringBuilder sb = new StringBuilder(1024);
        sb.append("window.").append(global).append(" = ");
        append(sb, value);
        return sb.append(";\n").toString();
    }

    public static String of(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    /** Maps (string keys), collections, int arrays, numbers, booleans, null and strings; anything else as its string. */
    public static void append(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            sb.append(v);
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) sb.append("null");
            else if (d == Math.rint(d) && Math.abs(d) < 1e15) sb.append((long) d);
            else sb.append(d);
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof int[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(a[i]);
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                string(sb, String.valueOf(e.getKey()));
                sb.append(':');
                append(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object x : c) {
                if (!first) sb.append(',');
                first = false;
                append(sb, x);
            }
            sb.append(']');
        } else if (v instanceof Object[] a) {
            append(sb, java.util.Arrays.asList(a));
        } else {
            string(sb, v.toString());
        }
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> unicode(sb, c);
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !pairedSurrogate(s, i)) unicode(sb, c);
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static void unicode(StringBuilder sb, char c) {
        sb.append(String.format("\\u%04x", (int) c));
    }
}
