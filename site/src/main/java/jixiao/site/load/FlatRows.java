package jixiao.site.load;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A table's rows held flat: the values of many rows side by side in a few large arrays, a row being a
 * read-only list made when asked for. A list and an array a row cost ≈ 40 bytes beyond the values, and the
 * site holds millions of rows (seven indicators a form); this holds only the values.
 */
final class FlatRows extends AbstractList<List<Object>> implements RandomAccess {
    private static final int SHIFT = 12; // rows a chunk: 4,096
    private static final int MASK = (1 << SHIFT) - 1;

    private final int width;
    private final List<Object[]> chunks = new ArrayList<>();
    private int size;

    FlatRows(int width) {
        this.width = width;
    }

    /** Adds a row, its values null until {@link #set}; returns its number. */
    int append() {
        if ((size & MASK) == 0) chunks.add(new Object[(1 << SHIFT) * width]);
        return size++;
    }

    void set(int row, int column, Object value) {
        chunks.get(row >>> SHIFT)[(row & MASK) * width + column] = value;
    }

    Object value(int row, int column) {
        return chunks.get(row >>> SHIFT)[(row & MASK) * width + column];
    }

    /** The last chunk cut to the rows it holds, once the table is read. */
    FlatRows trimmed() {
        int last = chunks.size() - 1;
        int used = size - (last << SHIFT);
        if (last >= 0 && used < (1 << SHIFT)) chunks.set(last, java.util.Arrays.copyOf(chunks.get(last), used * width));
        return this;
    }

    @Override
    public List<Object> get(int row) {
        if (row < 0 || row >= size) throw new IndexOutOfBoundsException(row);
        return new Row(row);
    }

    @Override
    public int size() {
        return size;
    }

    private final class Row extends AbstractList<Object> implements RandomAccess {
        private final int row;

        Row(int row) {
            this.row = row;
        }

        @Override
        public Object get(int column) {
            if (column < 0 || column >= width) throw new IndexOutOfBoundsException(column);
            return value(row, column);
        }

        @Override
        public int size() {
            return width;
        }
    }
}
