package jixiao.site.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.load.PositionalMap;

/**
 * Columns the site adds to a table's rows (links, the place, parts of another table), shared by all the
 * rows of that table. A row with its added values is a read-only view over the table's own row, not a
 * copy: a copied map per form and per finding was half the site's heap (0.7 of 1.5 GB at 100,000 forms).
 * The view reads like the copy it replaces: the table's columns in their order, an added column of the
 * same name replacing the table's value in place, new columns after them.
 */
final class AddedColumns {
    private final List<String> columns;
    private final Map<String, Integer> added = new HashMap<>();
    private final int[] slot; // for each column in order: its added value's index, or -1 for the table's own

    AddedColumns(List<String> tableColumns, List<String> addedColumns) {
        if (new java.util.HashSet<>(addedColumns).size() != addedColumns.size()) {
            throw new IllegalArgumentException("a column is added twice: " + addedColumns);
        }
        for (int i = 0; i < addedColumns.size(); i++) added.put(addedColumns.get(i), i);
        List<String> all = new ArrayList<>(tableColumns);
        for (String c : addedColumns) if (!tableColumns.contains(c)) all.add(c);
        this.columns = List.copyOf(all);
        this.slot = new int[columns.size()];
        for (int i = 0; i < slot.length; i++) slot[i] = added.getOrDefault(columns.get(i), -1);
    }

    /** {@code row} (a row of the table) with {@code values}, in the order the added columns were given. */
    Map<String, Object> over(Map<String, Object> row, Object... values) {
        if (values.length != added.size()) {
            throw new IllegalArgumentException(values.length + " values for " + added.size() + " added columns");
        }
        return new Row(row, values.clone());
    }

    private final class Row extends PositionalMap {
        private final Map<String, Object> row;
        private final Object[] values;

        Row(Map<String, Object> row, Object[] values) {
            this.row = row;
            this.values = values;
        }

        @Override
        public Object get(Object column) {
            Integer i = added.get(column);
            return i != null ? values[i] : row.get(column);
        }

        @Override
        public boolean containsKey(Object column) {
            return added.containsKey(column) || row.containsKey(column);
        }

        @Override
        protected List<String> keys() {
            return columns;
        }

        @Override
        protected Object value(int i) {
            return slot[i] >= 0 ? values[slot[i]] : row.get(columns.get(i));
        }
    }
}
