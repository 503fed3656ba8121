package jixiao.recognise;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target (年度指标值) with its 指标性质 and 度量单位 cells, per the extraction contract:
 * the comparator from the nature column or the target's leading sign (or a trailing 以上 / 以下),
 * the number when the target is a quantity, percentage, amount or duration, and the unit from its
 * own column or from what follows the number. Deadlines and calendar points have no number.
 */
public final class TargetParser {
    private static final Map<String, String> NATURE = Map.ofEntries(
            Map.entry("≥", ">="), Map.entry("≧", ">="), Map.entry(">=", ">="), Map.entry("大于等于", ">="), Map.entry("⩾", ">="),
            Map.entry("≤", "<="), Map.entry("≦", "<="), Map.entry("<=", "<="), Map.entry("小于等于", "<="), Map.entry("⩽", "<="),
            Map.entry("=", "="), Map.entry("等于", "="), Map.entry("==", "="),
            Map.entry(">", ">"), Map.entry("大于", ">"), Map.entry("<", "<"), Map.entry("小于", "<"),
            Map.entry("定性", "qualitative"));
    private static final Pattern LEADING_SIGN = Pattern.compile("^(≥|≤|≧|≦|>=|<=|⩾|⩽|==|=|>|<)\\s*");
    private static final Pattern TRAILING_WORD = Pattern.compile("\\s*(及以上|以上|及以下|以下)$");
    /** Calendar points and deadlines: 2024年内, 2025年底, 12月31日前, 合同签订后10个工作日内. */
    private static final Pattern DEADLINE = Pattern.compile(
            "(?:19|20)\\d{2}\\s*年|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|\\d{1,2}\\s*月(?:底|末|初|中旬|上旬|下旬)|(?:内|前|之前|以前|以内)$");
    private static final Pattern UNIT = Pattern.compile("^[^\\d\\s]{1,8}$");

    private TargetParser() {
    }

    public static Target parse(String targetCell, String natureCell, String unitCell, boolean hasUnitColumn) {
        String comparator = fromNature(natureCell);
        String text = Values.text(targetCell);
        if (text != null) {
            Matcher lead = LEADING_SIGN.matcher(text);
            if (lead.find()) {
                if (comparator == null) comparator = NATURE.get(lead.group(1));
                text = text.substring(lead.end()).strip();
            }
            Matcher trail = TRAILING_WORD.matcher(text);
            if (trail.find() && trail.start() > 0) {
                if (comparator == null) comparator = trail.group(1).endsWith("上") ? ">=" : "<=";
                text = text.substring(0, trail.start()).strip();
            }
            if (text.isEmpty()) text = null;
        }
        Double value = null;
        String unit = null;
        if (text != null && !DEADLINE.matcher(text).find()) {
            Matcher m = Values.numberMatcher(text);
            if (m.find()) {
                value = Values.firstNumber(m.group());
                String after = text.substring(m.end()).strip();
                if (UNIT.matcher(after).matches()) unit = after;
            }
        }
        String columnUnit = Values.text(unitCell);
        if (hasUnitColumn && columnUnit != null) unit = columnUnit;
        return new Target(comparator, text, value, unit);
    }

    static String fromNature(String natureCell) {
        String n = Values.text(natureCell);
        if (n == null) return null;
        return NATURE.get(n.replaceAll("\\s+", ""));
    }
}
