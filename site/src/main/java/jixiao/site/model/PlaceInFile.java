package jixiao.site.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in its file a form was read, in Chinese: the readers name places as "sheet 表1, row 5", "page 2, row 7",
 * "table 3, row 1" or "line 12" (see the ingest's {@code Row.place()}); a place in another shape is shown as it is.
 */
public final class PlaceInFile {
    private static final Pattern PART = Pattern.compile("^(?:sheet (?<sheet>.+?)|page (?<page>\\d+)|table (?<table>\\d+)|(?<other>[^,]+?))"
            + "(?:, row (?<row>\\d+))?(?:, col \\d+)?$");
    private static final Pattern LINE = Pattern.compile("^line (\\d+)(?:, col \\d+)?$");

    private PlaceInFile() {
    }

    public static String chinese(String place) {
        if (place == null || place.isBlank() || place.equals("?")) return null;
        String p = place.strip();
        Matcher line = LINE.matcher(p);
        if (line.matches()) return "第" + line.group(1) + "行起";
        Matcher m = PART.matcher(p);
        if (!m.matches() || m.group("other") != null) return p;
        String part = m.group("sheet") != null ? "工作表「" + m.group("sheet") + "」"
                : m.group("page") != null ? "第" + m.group("page") + "页" : "第" + m.group("table") + "个表格";
        return m.group("row") == null ? part : part + "第" + m.group("row") + "行起";
    }
}
