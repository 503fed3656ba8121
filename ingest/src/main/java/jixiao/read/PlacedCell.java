package jixiao.read;

/**
 * A word-processor table cell placed on its table's grid: the first grid column it covers, how many
 * columns it spans (gridSpan, or its width in a .doc), its own text, and whether it continues a
 * vertically merged cell from the row above (vMerge continue), whose text it then shows.
 */
record PlacedCell(int col, int span, String text, boolean continuesAbove) {
    PlacedCell {
        span = Math.max(1, span);
        text = text == null ? "" : text;
    }
}
