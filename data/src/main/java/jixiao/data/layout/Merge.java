package jixiao.data.layout;

/** A merged region of a table, inclusive on both ends; its text sits in the top-left cell. */
public record Merge(int row, int col, int lastRow, int lastCol) {
    public boolean covers(int r, int c) {
        return r >= row && r <= lastRow && c >= col && c <= lastCol;
    }

    public boolean isTopLeft(int r, int c) {
        return r == row && c == col;
    }
}
