package jixiao.data.render;

import java.util.ArrayList;
import java.util.List;

import jixiao.data.layout.Block;
import jixiao.data.layout.Layout;
import jixiao.data.layout.Merge;
import jixiao.data.layout.Paragraph;
import jixiao.data.layout.Table;
import jixiao.read.DisplayWidth;

/** Laid-out forms as a text export in one of the {@link TextStyle}s. */
public final class TextRenderer {
    private final TextStyle style;

    public TextRenderer(TextStyle style) {
        this.style = style;
    }

    public String render(List<Layout> forms) {
        return render(forms, Page.NONE);
    }

    /** The forms as one text file, with what the export adds around them ({@link Page}). */
    public String render(List<Layout> forms, Page page) {
        String body = switch (style) {
            case RUN_DOC -> RunTogether.document(forms);
            case SCRAMBLED -> Scrambled.document(forms);
            default -> blocks(forms);
        };
        if (page.pageMarkers()) body = PageMarkers.insert(body, style);
        if (style == TextStyle.WEB_CELLS) body = SiteChrome.header(page.chrome()) + body + SiteChrome.footer();
        if (page.fileTitle() != null) body = page.fileTitle() + "\n" + body;
        return body;
    }

    private String blocks(List<Layout> forms) {
        StringBuilder out = new StringBuilder();
        for (Layout form : forms) {
            for (Block b : form.blocks()) {
                if (b instanceof Paragraph p) {
                    if (!p.text().isEmpty()) out.append(p.text()).append("\n\n");
                } else if (b instanceof Table t) {
                    table(out, t);
                    out.append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private void table(StringBuilder out, Table t) {
        List<List<String>> shown = shown(t);
        switch (style) {
            case TAB -> shown.forEach(r -> out.append(String.join("\t", oneLine(r))).append('\n'));
            case PIPE -> shown.forEach(r -> out.append("| ").append(String.join(" | ", oneLine(r))).append(" |\n"));
            case CELL_PER_LINE -> shown.forEach(r -> {
                for (String cell : r) out.append('\t').append(cell).append('\n');
                out.append('\n');
            });
            case SPACE -> space(out, shown);
            case LOOSE_PIPE -> loosePipe(out, t);
            case WEB_CELLS -> webCells(out, t);
            case RUN_ROWS -> shown.forEach(r -> out.append(String.join("", oneLine(r))).append('\n'));
            default -> throw new IllegalStateException(style + " is written per document");
        }
    }

    /** The table's cells as a reader of the page sees them: text in a merge's top-left cell only. */
    static List<List<String>> shown(Table t) {
        List<List<String>> shown = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < t.width(); c++) row.add(t.shows(r, c) ? t.text(r, c) : "");
            shown.add(row);
        }
        return shown;
    }

    static List<String> oneLine(List<String> row) {
        return row.stream().map(c -> c.replaceAll("\\s*\\n\\s*", "")).toList();
    }

    /**
     * Each HTML cell on its own line(s) ending in " |" (a lone "|" when empty); a cell a merge from
     * above covers prints as a lone "|" (the converter emits an empty cell for it), a cell a merge
     * from the left covers prints nothing; the row ends with one "|" per column its cells left unfilled.
     */
    private static void loosePipe(StringBuilder out, Table t) {
        for (int r = 0; r < t.rows().size(); r++) {
            int printed = 0;
            for (int c = 0; c < t.width(); c++) {
                Merge m = t.mergeAt(r, c).orElse(null);
                if (m != null && m.col() < c) continue;
                String text = m != null && m.row() < r ? "" : t.text(r, c);
                out.append(text.isEmpty() ? "|" : text + " |").append('\n');
                printed++;
            }
            if (printed < t.width()) out.append("|".repeat(t.width() - printed)).append('\n');
        }
    }

    /** Each cell a page shows on its own line with a blank line after it; empty cells leave blank lines. */
    private static void webCells(StringBuilder out, Table t) {
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.width(); c++) {
                Merge m = t.mergeAt(r, c).orElse(null);
                if (m != null && !m.isTopLeft(r, c)) continue;
                String text = t.text(r, c);
                out.append(text).append("\n\n");
            }
        }
    }

    /** Columns padded to their widest cell (in display columns) plus a gap of four. */
    private static void space(StringBuilder out, List<List<String>> rows) {
        int width = rows.get(0).size();
        int[] col = new int[width];
        List<List<String>> cells = rows.stream().map(r -> r.stream()
                .map(c -> c.replaceAll("\\s+", " ").strip()).toList()).toList();
        for (List<String> r : cells) for (int c = 0; c < width; c++) col[c] = Math.max(col[c], display(r.get(c)));
        for (List<String> r : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < width; c++) {
                String v = r.get(c);
                line.append(v);
                if (c < width - 1) line.append(" ".repeat(col[c] - display(v) + 4));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** The same measure the reader aligns by. */
    private static int display(String s) {
        return DisplayWidth.of(s);
    }
}
