package jixiao.recognise.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jixiao.read.Cell;
import jixiao.read.Grid;
import jixiao.read.Row;
import jixiao.recognise.vocab.Key;

/**
 * The one place where what an export or a web page added to a form is taken away, before anything
 * is read: a converter's pinyin after each character (項(xiàng)目), pipes left on cell edges, page
 * numbers (-1-), the page markers of document-sharing sites ("2、" where a page breaks, the text
 * around it one cell), the file-name line such sites print first, and their chrome (upload notes,
 * page lists, download buttons). Everything else stays as printed.
 */
public final class GridCleaner {
    private static final Pattern EDGE_PIPES = Pattern.compile("^[|｜\\s]+|[|｜\\s]+$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–]\\s*\\d{1,3}\\s*[-—–]$");
    private static final Pattern INLINE_PAGE_NUMBER = Pattern.compile("(?<=\\s)[-—–]\\s?\\d{1,3}\\s?[-—–](?=\\s|$)");
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*\\d{1,2}\\s*[:：]?\\s*");
    private static final Pattern PAGE_MARKER = Pattern.compile("^(\\d{1,2})、");
    private static final Pattern FILE_NAME = Pattern.compile("^[^\\s|]{2,80}\\.(?:pdf|docx?|xlsx?|wps|txt)$", Pattern.CASE_INSENSITIVE);
    /** Lines that document-sharing and government sites print around a document, never in a form. */
    private static final Pattern CHROME = Pattern.compile(
            "\\.(?:docx?|pdf|xlsx?)_第\\d+页|第\\s*\\d+\\s*页\\s*/\\s*共\\s*\\d+\\s*页|^第\\s*\\d+\\s*页$|^共\\s*\\d+\\s*页$|^上传人[:：]|文档编号[:：]|由会员(?:上传)?分享"
                    + "|^资源描述[:：]?$|^点击查看更多|^下载\\s+相关\\s+举报|^下载资源$|^亲,该文档|^文档介绍|^下载得到文件列表"
                    + "|^版权说明|^文本内容[:：]?$|^文档简介$|^下载本文档$|^ID[:：]\\d+$|^大小[:：]|^页数[:：]|^格式[:：]"
                    + "|^qrcode$|^手机扫码|^联系客服|^返回顶部|^无障碍浏览|^字号[:：]|^【?打印本页】?$");

    private GridCleaner() {
    }

    public static List<Grid> clean(List<Grid> grids) {
        List<Grid> out = new ArrayList<>(grids.size());
        for (Grid g : grids) out.add(clean(g));
        return out;
    }

    static Grid clean(Grid grid) {
        List<Row> rows = new ArrayList<>();
        int nextMarker = pageMarkersFrom(grid.rows());
        for (Row row : grid.rows()) {
            if (isChrome(row)) continue;
            List<Cell> cells = new ArrayList<>(row.size());
            for (Cell c : row.cells()) cells.add(new Cell(cleanText(c.text()), c.part(), c.row(), c.col()));
            Row cleaned = new Row(cells);
            if (nextMarker > 0 && !cells.isEmpty()) {
                Matcher m = PAGE_MARKER.matcher(firstText(cleaned));
                if (m.find() && Integer.parseInt(m.group(1)) == nextMarker) {
                    nextMarker++;
                    cleaned = dropMarker(cleaned, m.end());
                    // the page broke inside a cell: the first words of the new page end the last cell of the old
                    if (!rows.isEmpty() && nextMarker > 2) {
                        rows.set(rows.size() - 1, glue(rows.get(rows.size() - 1), cleaned));
                        continue;
                    }
                }
            }
            rows.add(cleaned);
        }
        return new Grid(grid.source(), verticalHeadingsJoined(rows), grid.notes());
    }

    private static final Pattern ONE_HAN = Pattern.compile("^\\p{IsHan}$");

    /**
     * A heading printed down a merged cell comes out one character per line (产 / 出 / 指 / 标 / （50分））:
     * three or more such lines that spell a heading of the vocabulary are that heading, on one line.
     */
    static List<Row> verticalHeadingsJoined(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            int j = i;
            StringBuilder word = new StringBuilder();
            while (j < rows.size() && loneCell(rows.get(j)) != null && ONE_HAN.matcher(loneCell(rows.get(j))).matches()) {
                word.append(loneCell(rows.get(j)));
                j++;
            }
            if (j - i >= 3 && !jixiao.recognise.vocab.Vocabulary.get().whole(word.toString()).isEmpty()) {
                if (j < rows.size() && jixiao.recognise.Values.isPointsNote(loneCell(rows.get(j)))) {
                    word.append(loneCell(rows.get(j++)));
                }
                Row first = rows.get(i);
                Cell c = first.cells().stream().filter(x -> !x.isBlank()).findFirst().orElseThrow();
                List<Cell> cells = new ArrayList<>(first.cells());
                cells.set(cells.indexOf(c), new Cell(word.toString(), c.part(), c.row(), c.col()));
                out.add(new Row(cells));
                i = j - 1;
            } else {
                out.add(rows.get(i));
            }
        }
        return out;
    }

    /** The text of a row's only non-blank cell, or null. */
    private static String loneCell(Row r) {
        String found = null;
        for (Cell c : r.cells()) {
            if (c.isBlank()) continue;
            if (found != null) return null;
            found = c.text().strip();
        }
        return found;
    }

    /** Text of one cell without pinyin notes, edge pipes and page numbers. */
    public static String cleanText(String text) {
        if (text.isEmpty()) return text;
        String s = Key.dropPinyin(text);
        if (s.indexOf('|') >= 0 || s.indexOf('｜') >= 0) s = EDGE_PIPES.matcher(s).replaceAll("");
        if (PAGE_NUMBER.matcher(s.strip()).matches()) return "";
        if (s.startsWith("附件")) s = ATTACHMENT.matcher(s).replaceFirst(""); // 附件3：: which attachment of a notice the form is
        if (s.indexOf('-') >= 0 || s.indexOf('—') >= 0) s = INLINE_PAGE_NUMBER.matcher(s).replaceAll(" ");
        return s.strip();
    }

    /**
     * Document-sharing exports number their pages "1、", "2、" at the start of a line; when a document
     * has a "1、" line followed later by a "2、" line, long ones both, those are page markers, not text.
     * Returns 1 when markers start at 1, else 0 (none).
     */
    static int pageMarkersFrom(List<Row> rows) {
        int expect = 1;
        for (Row r : rows) {
            String t = firstText(r);
            Matcher m = PAGE_MARKER.matcher(t);
            if (m.find() && Integer.parseInt(m.group(1)) == expect && rowLength(r) >= 40) {
                if (++expect > 2) return 1;
            }
        }
        return 0;
    }

    private static int rowLength(Row r) {
        return r.cells().stream().mapToInt(c -> c.text().length()).sum();
    }

    private static boolean isChrome(Row row) {
        List<String> texts = row.nonBlankTexts();
        if (texts.isEmpty()) return false;
        String first = texts.get(0).strip();
        if (texts.size() == 1 && FILE_NAME.matcher(first).matches()) return true;
        return first.length() < 200 && CHROME.matcher(first).find();
    }

    private static String firstText(Row r) {
        for (Cell c : r.cells()) if (!c.isBlank()) return c.text();
        return "";
    }

    private static Row dropMarker(Row r, int end) {
        List<Cell> cells = new ArrayList<>(r.cells());
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.isBlank()) continue;
            cells.set(i, new Cell(c.text().substring(end), c.part(), c.row(), c.col()));
            break;
        }
        return new Row(cells);
    }

    /** The row before a page break and the row after it, as one: the broken cell joined without a space. */
    private static Row glue(Row before, Row after) {
        List<Cell> cells = new ArrayList<>(before.cells());
        int last = cells.size() - 1;
        while (last > 0 && cells.get(last).isBlank()) last--;
        List<Cell> rest = new ArrayList<>();
        for (Cell c : after.cells()) if (!c.isBlank()) rest.add(c);
        if (rest.isEmpty()) return before;
        Cell b = cells.get(last);
        cells.set(last, new Cell(b.text() + rest.get(0).text(), b.part(), b.row(), b.col()));
        for (int i = 1; i < rest.size(); i++) {
            Cell c = rest.get(i);
            cells.add(new Cell(c.text(), b.part(), b.row(), cells.size()));
        }
        return new Row(cells.subList(0, Math.min(cells.size(), cells.size())));
    }
}
