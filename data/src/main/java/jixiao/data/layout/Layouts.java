package jixiao.data.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Operations on laid-out forms as a whole. */
public final class Layouts {
    private Layouts() {
    }

    /** Every text of a layout (title, paragraphs, cells) passed through {@code f}; merges stay. */
    public static Layout map(Layout layout, UnaryOperator<String> f) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : layout.blocks()) {
            if (b instanceof Paragraph p) {
                blocks.add(new Paragraph(f.apply(p.text())));
            } else if (b instanceof Table t) {
                List<List<String>> rows = t.rows().stream().map(r -> r.stream().map(f).toList()).toList();
                blocks.add(new Table(rows, t.merges()));
            }
        }
        return new Layout(f.apply(layout.title()), blocks);
    }
}
