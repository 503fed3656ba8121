package jixiao.data.render;

import java.util.ArrayList;
import java.util.List;

import jixiao.data.layout.Block;
import jixiao.data.layout.Layout;
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
        List<List<String>> shown = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < t.width(); c++) row.add(t.shows(r, c) ? t.text(r, c) : "");
            shown.add(row);
        }
        switch (style) {
            case TAB -> shown.forEach(r -> out.append(String.join("\t", oneLine(r))).append('\n'));
            case PIPE -> shown.forEach(r -> out.append("| ").append(String.join(" | ", oneLine(r))).append(" |\n"));
            case CELL_PER_LINE -> shown.forEach(r -> {
                for (String cell : r) out.append('\t').append(cell).append('\n');
                out.append('\n');
            });
            case SPACE -> space(out, shown);
        }
    }

    private static List<String> oneLine(List<String> row) {
        return row.stream().map(c -> c.replaceAll("\\s*\\n\\s*", "")).toList();
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
