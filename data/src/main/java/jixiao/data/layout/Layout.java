package jixiao.data.layout;

import java.util.List;

/** One form laid out for print: its blocks in order, as a published document shows them. */
public record Layout(String title, List<Block> blocks) {
    public Layout {
        blocks = List.copyOf(blocks);
    }
}
