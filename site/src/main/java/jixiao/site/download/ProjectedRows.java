package jixiao.site.download;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A table's rows seen through another column layout (and, if given, another row order), each row made when
 * asked for: a download table built from a lake table, without a copy of its hundreds of thousands of rows
 * held while the workbook is written.
 */
final class ProjectedRows extends AbstractList<List<Object>> implements RandomAccess {
    /** The value of the projected row's {@code column}, from the source row. */
    interface Cell {
        Object of(List<Object> source, int column);
    }

    private final List<List<Object>> source;
    private final int[] order;
    private final int width;
    private final Cell cell;

    /** {@code order}: the source row of each projected row, or null for the source's own order. */
    ProjectedRows(List<List<Object>> source, int[] order, int width, Cell cell) {
        this.source = source;
        this.order = order;
        this.width = width;
        this.cell = cell;
    }

    @Override
    public List<Object> get(int i) {
        List<Object> row = source.get(order == null ? i : order[i]);
        return new AbstractList<>() {
            @Override
            public Object get(int column) {
                if (column < 0 || column >= width) throw new IndexOutOfBoundsException(column);
                return cell.of(row, column);
            }

            @Override
            public int size() {
                return width;
            }
        };
    }

    @Override
    public int size() {
        return order == null ? source.size() : order.length;
    }
}
