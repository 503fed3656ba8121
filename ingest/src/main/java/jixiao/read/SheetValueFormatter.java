package jixiao.read;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Renders a number as Excel shows it in a Chinese workbook. POI's DataFormatter does most of it
 * (85%, 1,200, 441.80万元); this fixes what it gets wrong for these files: the locale-dependent
 * built-in formats (a date typed in Chinese Excel is stored as format 31 or 57 and has no format
 * string in the file), quoted literals in date formats (POI prints the quotes: 2024"年"12"月"),
 * [DBNum] numerals it cannot render, and any format it fails on (the value is shown as General
 * rather than losing the file).
 */
final class SheetValueFormatter extends DataFormatter {
    /** The built-in formats Excel shows per locale: zh-CN's (ECMA-376 Part 1, 18.8.30). */
    static final Map<Integer, String> ZH_CN_BUILTINS = Map.ofEntries(
            Map.entry(14, "yyyy/m/d"),
            Map.entry(27, "yyyy\"年\"m\"月\""), Map.entry(28, "m\"月\"d\"日\""), Map.entry(29, "m\"月\"d\"日\""),
            Map.entry(30, "m-d-yy"), Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""),
            Map.entry(32, "h\"时\"mm\"分\""), Map.entry(33, "h\"时\"mm\"分\"ss\"秒\""),
            Map.entry(34, "h\"时\"mm\"分\""), Map.entry(35, "h\"时\"mm\"分\"ss\"秒\""),
            Map.entry(36, "yyyy\"年\"m\"月\""), Map.entry(50, "yyyy\"年\"m\"月\""), Map.entry(51, "m\"月\"d\"日\""),
            Map.entry(52, "yyyy\"年\"m\"月\""), Map.entry(53, "m\"月\"d\"日\""), Map.entry(54, "m\"月\"d\"日\""),
            Map.entry(55, "h\"时\"mm\"分\""), Map.entry(56, "h\"时\"mm\"分\"ss\"秒\""),
            Map.entry(57, "yyyy\"年\"m\"月\""), Map.entry(58, "m\"月\"d\"日\""));

    private static final Pattern QUOTED = Pattern.compile("\"([^\"A-Za-z]*)\"");
    private static final Pattern DBNUM = Pattern.compile("\\[DBNum\\d\\]", Pattern.CASE_INSENSITIVE);

    SheetValueFormatter() {
        super(Locale.US);
        setUseCachedValuesForFormulaCells(true);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        String format = resolve(formatIndex, formatString);
        try {
            return super.formatRawCellContents(value, formatIndex, format, use1904Windowing);
        } catch (RuntimeException e) {
            return super.formatRawCellContents(value, 0, "General", use1904Windowing);
        }
    }

    static String resolve(int formatIndex, String formatString) {
        String format = ZH_CN_BUILTINS.getOrDefault(formatIndex, formatString);
        if (format == null || format.startsWith("reserved-")) return "General";
        format = DBNUM.matcher(format).replaceAll("");
        if (DateUtil.isADateFormat(formatIndex, format)) {
            // literals without letters cannot be mistaken for date parts, so they need no quotes
            format = QUOTED.matcher(format).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        return format;
    }
}
