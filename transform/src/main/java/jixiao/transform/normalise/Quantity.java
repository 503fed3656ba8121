package jixiao.transform.normalise;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as printed in a target or an actual cell, with the unit that follows it: "99.90%" is
 * 99.9 and %, "2,300元/套" is 2300 and 元/套, "三个月" is 3 and 个月. Null when the text holds no number.
 */
public record Quantity(double number, String unit) {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\.\\d+)");
    /** Small Chinese numerals, as in 一小时内, 三个月内, 两次. */
    private static final Pattern CHINESE = Pattern.compile("([一二两三四五六七八九十]{1,3})(?=[个年月天日周小分次人件套台项])");
    private static final Map<Character, Integer> DIGITS = Map.of('一', 1, '二', 2, '两', 2, '三', 3, '四', 4, '五', 5,
            '六', 6, '七', 7, '八', 8, '九', 9);
    private static final Pattern UNIT = Pattern.compile("^[^\\d\\s，,。；;（）()]{1,8}");

    /** The first number in {@code text} and the unit printed right after it (null when none). */
    public static Quantity parse(String text) {
        if (text == null) return null;
        String s = text.replace('％', '%').replace('，', ',').replace('．', '.').strip();
        s = toHalfWidthDigits(s);
        Matcher m = NUMBER.matcher(s);
        int end;
        double value;
        if (m.find()) {
            value = new BigDecimal(m.group().replace(",", "").replace("+", "")).doubleValue();
            end = m.end();
        } else {
            Matcher c = CHINESE.matcher(s);
            if (!c.find()) return null;
            value = chinese(c.group(1));
            end = c.end();
        }
        Matcher u = UNIT.matcher(s.substring(end).strip());
        String unit = u.find() ? u.group() : null;
        return new Quantity(value, unit);
    }

    private static String toHalfWidthDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) b.append(ch >= '０' && ch <= '９' ? (char) (ch - '０' + '0') : ch);
        return b.toString();
    }

    /** 一 .. 九十九. */
    private static int chinese(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) return DIGITS.get(s.charAt(0));
        int tens = ten == 0 ? 1 : DIGITS.get(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : DIGITS.get(s.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
