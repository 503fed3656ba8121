package jixiao.data.layout;

import java.util.List;
import java.util.Optional;

/** A rectangular table: every row has {@link #width()} cells; merged regions listed apart. */
public record Table(List<List<String>> rows, List<Merge> merges) implements Block {
    public Table {
        rows = rows.stream().map(List::copyOf).toList();
        merges = List.copyOf(merges);
    }

    public int width() {
        return rows.isEmpty() ? 0 : rows.get(0).size();
    }

    public String text(int r, int c) {
        return rows.get(r).get(c);
    }

    public Optional<Merge> mergeAt(int r, int c) {
        return merges.stream().filter(m -> m.covers(r, c)).findFirst();
    }

    /** False for a cell hidden under a merge (only the top-left cell of a region shows text). */
    public boolean shows(int r, int c) {
        return mergeAt(r, c).map(m -> m.isTopLeft(r, c)).orElse(true);
    }
}
