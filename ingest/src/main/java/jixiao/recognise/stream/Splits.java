package jixiao.recognise.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ways text that ran cells together can be cut back into its cells: digits into numbers
 * ("1515" → 15 | 15, "40004000100%" → 4000 | 4000 | 100%) and a pair of words into target and actual
 * ("及时较及时" → 及时 | 较及时, "有效有效" → 有效 | 有效). Callers choose among the cuts by what the
 * form's arithmetic and columns bear out.
 */
final class Splits {
    private static final int MAX_RESULTS = 400;
    private static final java.util.regex.Pattern TRAILING_UNIT = java.util.regex.Pattern.compile("[^\\d.%]{1,6}$");
    /** Words that qualify an achieved value against its target: 及时 → 较及时, 达标 → 基本达标. */
    private static final List<String> QUALIFIERS = List.of("基本", "较为", "比较", "较", "部分", "未", "不", "已", "有所", "明显", "逐步");
    private static final Set<Character> DIGITS = Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

    private Splits() {
    }

    /**
     * Cuts of a run of digits (with decimal points and percent signs) into {@code min}..{@code max}
     * numbers, each a well-formed number: no leading zero, one decimal point with at most four
     * decimals, a percent sign only at a number's end.
     */
    static List<List<String>> numbers(String text, int min, int max) {
        String s = text.replace(",", "");
        // a unit after the digits belongs to the last number: 104个 → 10 | 4个
        java.util.regex.Matcher unit = TRAILING_UNIT.matcher(s);
        if (unit.find() && unit.start() > 0) {
            String u = unit.group();
            List<List<String>> out = new ArrayList<>();
            for (List<String> parts : numbers(s.substring(0, unit.start()), min, max)) {
                List<String> withUnit = new ArrayList<>(parts);
                withUnit.set(withUnit.size() - 1, withUnit.get(withUnit.size() - 1) + u);
                out.add(withUnit);
            }
            return out;
        }
        for (char c : s.toCharArray()) if (!DIGITS.contains(c) && c != '.' && c != '%') return List.of();
        List<List<String>> out = new ArrayList<>();
        for (int decimals = 2; decimals <= 4 && out.isEmpty(); decimals += 2) {
            cut(s, 0, new ArrayList<>(), min, max, decimals, out);
        }
        return out;
    }

    private static void cut(String s, int at, List<String> parts, int min, int max, int maxDecimals, List<List<String>> out) {
        if (out.size() >= MAX_RESULTS) return;
        if (at == s.length()) {
            if (parts.size() >= min) out.add(List.copyOf(parts));
            return;
        }
        if (parts.size() == max) return;
        // longest numbers first: amounts run together are long, and the cap on results must not cut them off
        for (int end = Math.min(s.length(), at + 16); end > at; end--) {
            String part = s.substring(at, end);
            if (!wellFormed(part, maxDecimals)) continue;
            // a number may not end just before a '.' or '%' that would then start the next one
            if (end < s.length() && (s.charAt(end) == '.' || s.charAt(end) == '%')) continue;
            parts.add(part);
            cut(s, end, parts, min, max, maxDecimals, out);
            parts.remove(parts.size() - 1);
        }
    }

    static boolean wellFormed(String p, int maxDecimals) {
        if (p.isEmpty()) return false;
        String body = p.endsWith("%") ? p.substring(0, p.length() - 1) : p;
        if (body.isEmpty() || body.indexOf('%') >= 0) return false;
        int dot = body.indexOf('.');
        if (dot != body.lastIndexOf('.')) return false;
        String whole = dot < 0 ? body : body.substring(0, dot);
        if (whole.isEmpty() || (whole.length() > 1 && whole.charAt(0) == '0')) return false;
        if (dot >= 0) {
            int d = body.length() - dot - 1;
            if (d < 1 || d > maxDecimals) return false;
        }
        return whole.length() <= 12;
    }

    /** "及时较及时" → [及时, 较及时]; "有效有效" → [有效, 有效]; empty when the words do not pair up. */
    static List<String[]> wordPairs(String text) {
        List<String[]> out = new ArrayList<>();
        for (int cut = 1; cut < text.length(); cut++) {
            String a = text.substring(0, cut);
            String b = text.substring(cut);
            if (pairs(a, b)) out.add(new String[] {a, b});
        }
        return out;
    }

    /** "项目完成及时性及时较及时" → [项目完成及时性, 及时, 较及时]: a name, then a target and its actual. */
    static List<String[]> nameAndPair(String text) {
        List<String[]> out = new ArrayList<>();
        for (int i = 2; i < text.length() - 1; i++) {
            String rest = text.substring(i);
            for (String[] p : wordPairs(rest)) {
                if (p[0].length() <= 16) out.add(new String[] {text.substring(0, i), p[0], p[1]});
            }
        }
        return out;
    }

    private static boolean pairs(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.length() > 16) return false;
        if (a.equals(b)) return true;
        for (String q : QUALIFIERS) if (b.equals(q + a) || a.equals(q + b)) return true;
        return false;
    }
}
