package jixiao.recognise.stream;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a form's labelled values: the value of a label is the next cell to its right, or, when the
 * row holds nothing more, the cell below it; in a stream without rows, the next piece. A label
 * followed straight by another label has an empty value, unless words printed just before it
 * (scrambled PDF text puts values before their labels) are claimed by nothing else.
 */
final class Labels {
    private static final Pattern YEAR_NOT_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
    private static final Pattern YEAR_NOTE = Pattern.compile("^[(（]?\\s*((?:19|20)\\d{2})\\s*(?:年度?)?\\s*[)）]?$");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern CODE_PREFIX = Pattern.compile(
            "^(\\d{6}\\d{2}[A-Z]\\d{6,}|\\d{6}[0-9A-Z]{8,24})\\s*(?:[-—–_:、.]+\\s*)?(.*)$");
    private static final Pattern AMOUNT_UNIT = Pattern.compile("[(（](万元|元)[)）]|单位[:：]?\\s*(万元|元)(?![/／])");

    private final Span region;
    /** Pieces after which the form's labels stop (the indicator table's heading). */
    private final int end;

    Labels(Span region, int end) {
        this.region = region;
        this.end = end;
    }

    /**
     * The value of the field's label; null when the form prints no such label. Where a cover page and
     * the table both print it, the table's (the last before the indicator table) is the form's.
     */
    String value(String field) {
        String found = null;
        for (int i = 0; i < end; i++) {
            Piece p = region.get(i);
            if (!p.has(field)) continue;
            String v = withoutSecondPart(p.text(), valueOf(i));
            if (found == null || !v.isEmpty()) found = v;
        }
        return found;
    }

    /** 项目实施单位/项目负责人 | 某局/张三: a label naming two things gives two values; the field's is the first. */
    private static String withoutSecondPart(String label, String value) {
        int slash = label.indexOf('/');
        if (slash < 0 || slash == label.length() - 1 || label.matches(".*[(（][^)）]*/[^)）]*[)）].*")) return value;
        int v = value.indexOf('/');
        return v > 0 ? value.substring(0, v).strip() : value;
    }

    boolean hasLabel(String field) {
        for (int i = 0; i < end; i++) if (region.get(i).has(field)) return true;
        return false;
    }

    private String valueOf(int labelIndex) {
        Piece label = region.get(labelIndex);
        // to the right in the printed row
        for (int k = labelIndex + 1; k < end; k++) {
            Piece q = region.get(k);
            if (q.grid() != label.grid() || q.row() != label.row()) break;
            if (q.kind() == Piece.Kind.EMPTY || q.text().equals(label.text())) continue;
            return isValue(q) ? joinSameCell(k) : fromBefore(labelIndex);
        }
        // below it: the next row's cell in the same column, or the next piece of a stream
        for (int k = labelIndex + 1; k < end; k++) {
            Piece q = region.get(k);
            if (q.kind() == Piece.Kind.EMPTY) continue;
            if (q.row() == label.row() && q.grid() == label.grid()) continue;
            if (!isValue(q)) return fromBefore(labelIndex);
            return joinSameCell(k);
        }
        return "";
    }

    /** A value cut into pieces inside one cell ("【体制】自管…经费" with a number in it) is read whole. */
    private String joinSameCell(int k) {
        Piece q = region.get(k);
        StringBuilder sb = new StringBuilder(q.text());
        for (int j = k + 1; j < end; j++) {
            Piece r = region.get(j);
            if (r.grid() != q.grid() || r.row() != q.row() || r.col() != q.col() || r.isVocab()) break;
            // a figure ending the words is another cell's, printed beside them (某局 98.28 财政审核评分)
            if (r.kind() == Piece.Kind.VALUE && !wordsFollow(j, q)) break;
            sb.append(r.text());
        }
        return sb.toString();
    }

    private boolean wordsFollow(int j, Piece cell) {
        if (j + 1 >= end) return false;
        Piece r = region.get(j + 1);
        return r.grid() == cell.grid() && r.row() == cell.row() && r.col() == cell.col() && !r.isVocab()
                && r.kind() == Piece.Kind.TEXT;
    }

    /** Scrambled text prints a value before its label: words right before it, after a title. */
    private String fromBefore(int labelIndex) {
        StringBuilder sb = new StringBuilder();
        int k = labelIndex - 1;
        for (; k >= 0; k--) {
            Piece q = region.get(k);
            if (q.kind() != Piece.Kind.TEXT || q.text().contains("年度") || q.text().matches("^[()（）\\p{Punct}]+$")) break;
            sb.insert(0, q.text());
        }
        // words that are another label's value are that label's
        if (k >= 0 && (region.get(k).hasFamily("label") || region.get(k).hasFamily("stop"))) return "";
        return sb.length() >= 2 && sb.length() <= 60 ? sb.toString() : "";
    }

    private static boolean isValue(Piece q) {
        return q.kind() == Piece.Kind.TEXT || q.kind() == Piece.Kind.VALUE
                || (q.isVocab() && !(q.hasFamily("label") || q.hasFamily("stop") || q.hasFamily("budget") || q.hasFamily("block")
                || q.hasFamily("ind") || q.hasFamily("title") || q.hasFamily("row")));
    }

    /** Project name and code: a leading budget code is the code, the rest the name. */
    static String[] nameAndCode(String printed) {
        if (printed == null) return new String[] {null, null};
        String name = printed.strip();
        Matcher m = CODE_PREFIX.matcher(name);
        if (m.matches() && !m.group(2).isBlank()) return new String[] {m.group(2).strip(), m.group(1)};
        return new String[] {name, null};
    }

    /** The year evaluated: a 年度 label, the title's year, a year note near the title, else null. */
    Integer year() {
        String labelled = value("label.year");
        if (labelled != null) {
            Integer y = yearIn(labelled, true);
            if (y != null) return y;
        }
        Piece title = region.title();
        for (int i = 0; i < end; i++) { // the title, or a second title line under it, names the year
            Piece p = region.get(i);
            if (p == title || FormFinder.titleKind(p) == Span.Kind.FORM) {
                Integer y = yearIn(p.text(), false);
                if (y != null) return y;
            }
        }
        // "(2021年度)", "( 2021 年度)" printed near the top, before the budget block
        StringBuilder near = new StringBuilder();
        int from = 0;
        for (int i = 0; i < end; i++) {
            if (region.get(i) == title) {
                from = i + 1;
                break;
            }
        }
        for (int i = from; i < Math.min(end, from + 8); i++) {
            Piece p = region.get(i);
            if (p.has("stop.other")) break;
            near.append(p.key());
            if (p.kind() == Piece.Kind.VALUE || p.kind() == Piece.Kind.TEXT) {
                Matcher m = YEAR_NOTE.matcher(p.key());
                if (m.matches()) return Integer.valueOf(m.group(1));
            }
        }
        Matcher m = Pattern.compile("[(（]((?:19|20)\\d{2})年度?[)）]|((?:19|20)\\d{2})年度").matcher(near);
        if (m.find()) return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
        // a cover line above the form: "…2021年度单位项目支出绩效评价自评报告"
        for (int i = 0; i < end; i++) {
            Matcher y = YEAR_OF.matcher(region.get(i).key());
            if (y.find() && !region.get(i).has("stop.other")) return Integer.valueOf(y.group(1));
        }
        return null;
    }

    private static final Pattern YEAR_OF = Pattern.compile("((?:19|20)\\d{2})年度");

    /** The year a text names: "2024年度" first, then "2024年" that is not a date's (2022年4月6日). */
    static Integer yearIn(String s, boolean bare) {
        if (s == null) return null;
        Matcher d = YEAR_OF.matcher(s.replaceAll("\\s+", ""));
        if (d.find()) return Integer.valueOf(d.group(1));
        Matcher m = YEAR_NOT_DATE.matcher(s);
        if (m.find()) return Integer.valueOf(m.group(1));
        if (!bare) return null;
        m = BARE_YEAR.matcher(s);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** 项目资金(元), 单位:万元: the unit the budget block prints its amounts in; 万元 when none. */
    String amountUnit() {
        for (int i = 0; i < end; i++) {
            Piece p = region.get(i);
            if (!(p.has("block.budget") || p.hasFamily("budget") || p.kind() == Piece.Kind.TEXT)) continue;
            Matcher m = AMOUNT_UNIT.matcher(p.key());
            if (m.find() && (p.isVocab() || p.key().startsWith("单位") || p.key().startsWith("(") || p.key().startsWith("（"))) {
                return m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return "万元";
    }

    List<Piece> head() {
        return region.pieces().subList(0, end);
    }
}
