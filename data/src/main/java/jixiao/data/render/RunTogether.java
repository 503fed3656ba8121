package jixiao.data.render;

import java.util.ArrayList;
import java.util.List;

import jixiao.data.layout.Block;
import jixiao.data.layout.Layout;
import jixiao.data.layout.Paragraph;
import jixiao.data.layout.Table;

/**
 * A form as one or a few long lines of cells separated by single spaces, as a spreadsheet or Word
 * file flattened by a mirror site reads (real 017, 025): empty cells vanish, a cell's own line
 * breaks are lost, lines break only between rows once they grow long.
 */
final class RunTogether {
    /** A line grows to about this many characters before the next row starts a new one. */
    static final int LINE = 1500;

    private RunTogether() {
    }

    static String document(List<Layout> forms) {
        StringBuilder out = new StringBuilder();
        for (Layout form : forms) {
            StringBuilder line = new StringBuilder();
            for (Block b : form.blocks()) {
                if (b instanceof Paragraph p) {
                    add(line, p.text());
                } else if (b instanceof Table t) {
                    for (List<String> row : TextRenderer.shown(t)) {
                        if (line.length() >= LINE) {
                            out.append(line).append('\n');
                            line.setLength(0);
                        }
                        for (String cell : row) add(line, cell);
                    }
                }
            }
            if (line.length() > 0) out.append(line).append('\n');
        }
        return out.toString();
    }

    private static void add(StringBuilder line, String cell) {
        String c = cell.replaceAll("\\s*\\n\\s*", "").strip();
        if (c.isEmpty()) return;
        if (line.length() > 0) line.append(' ');
        line.append(c);
    }

    /** The non-empty cells of a row, line breaks inside a cell dropped. */
    static List<String> cells(List<String> row) {
        List<String> out = new ArrayList<>();
        for (String cell : row) {
            String c = cell.replaceAll("\\s*\\n\\s*", "").strip();
            if (!c.isEmpty()) out.add(c);
        }
        return out;
    }
}
