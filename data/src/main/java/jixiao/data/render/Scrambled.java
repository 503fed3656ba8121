package jixiao.data.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jixiao.data.layout.Block;
import jixiao.data.layout.Layout;
import jixiao.data.layout.Paragraph;
import jixiao.data.layout.Table;

/**
 * PDF text in the order a converter met it (real 001): headings where they stand, but within each
 * run of rows that hold figures, the value columns of all the rows come first and their name columns
 * after, so values and names are matched only by their order. One line per form (a page), ending in
 * the page number "-1-".
 */
final class Scrambled {
    /** A value cell: a figure, a rate, a signed target (=100%, ≥95%), a date; not a name. */
    private static final Pattern VALUE = Pattern.compile("[<>=≥≤＝＞＜≧]{0,2}[-+]?\\d.{0,11}|—|-|/");

    private Scrambled() {
    }

    static String document(List<Layout> forms) {
        StringBuilder out = new StringBuilder();
        int page = 0;
        for (Layout form : forms) {
            List<String> tokens = new ArrayList<>();
            for (Block b : form.blocks()) {
                if (b instanceof Paragraph p && !p.text().isBlank()) tokens.add(p.text().strip());
                else if (b instanceof Table t) table(tokens, TextRenderer.shown(t));
            }
            out.append(String.join(" ", tokens)).append(" -").append(++page).append("-\n");
        }
        return out.toString();
    }

    private static void table(List<String> tokens, List<List<String>> rows) {
        int i = 0;
        while (i < rows.size()) {
            if (firstValue(rows.get(i)) < 0) {
                tokens.addAll(RunTogether.cells(rows.get(i)));
                i++;
                continue;
            }
            int j = i;
            int from = Integer.MAX_VALUE;
            while (j < rows.size() && firstValue(rows.get(j)) >= 0) {
                from = Math.min(from, firstValue(rows.get(j)));
                j++;
            }
            for (int r = i; r < j; r++) tokens.addAll(RunTogether.cells(rows.get(r).subList(from, rows.get(r).size())));
            for (int r = i; r < j; r++) tokens.addAll(RunTogether.cells(rows.get(r).subList(0, from)));
            i = j;
        }
    }

    /** The first column (after the first) holding a value, or -1 for a row of headings and names. */
    private static int firstValue(List<String> row) {
        for (int c = 1; c < row.size(); c++) {
            String s = row.get(c).strip();
            if (!s.isEmpty() && VALUE.matcher(s).matches()) return c;
        }
        return -1;
    }
}
