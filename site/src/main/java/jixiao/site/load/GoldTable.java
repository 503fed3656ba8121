package jixiao.site.load;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One lake table as the site holds it: its name, Delta version and commit time, column names and rows.
 * Values are plain Java: String, Long, Integer, Double, Boolean, java.time.LocalDate / Instant, Map (sorted), or null.
 */
public record GoldTable(String name, long version, String committed, List<String> columns, List<List<Object>> rows,
                        Set<String> notRead) {
    /**
     * {@code notRead}: columns the table has that were left out when it was read (to save memory); a page
     * asking a row for one of them is a mistake of ours, told at once rather than shown as an empty cell.
     */
    public GoldTable {
        columns = List.copyOf(columns);
        notRead = Set.copyOf(notRead);
        // rows are read by column name: a name given twice would hide a value
        if (new java.util.HashSet<>(columns).size() != columns.size()) {
            throw new IllegalArgumentException(name + ": a column name is given twice: " + columns);
        }
        rows = Collections.unmodifiableList(rows);
    }

    /** A table read with all its columns. */
    public GoldTable(String name, long version, String committed, List<String> columns, List<List<Object>> rows) {
        this(name, version, committed, columns, rows, Set.of());
    }

    /**
     * The rows as column → value maps (column order kept), the form templates read them in. Each map is a
     * view of its row over one column index shared by the table, made when the list is asked for it (a
     * read-only list): a hash map a row made the site run out of a 6 GB heap at 300,000 forms (their
     * indicators and findings are millions of rows), and even a view a row held for every row was tens of MB.
     */
    public List<Map<String, Object>> records() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) index.put(columns.get(i), i);
        return new Records(index);
    }

    private final class Records extends java.util.AbstractList<Map<String, Object>> implements java.util.RandomAccess {
        private final Map<String, Integer> index;

        Records(Map<String, Integer> index) {
            this.index = index;
        }

        @Override
        public Map<String, Object> get(int i) {
            return new RowView(GoldTable.this, index, rows.get(i));
        }

        @Override
        public int size() {
            return rows.size();
        }
    }

    /** An unmodifiable map of one row: column name → value, in column order; values may be null. */
    private static final class RowView extends PositionalMap {
        private final GoldTable table;
        private final List<String> columns;
        private final Map<String, Integer> index;
        private final List<Object> row;

        RowView(GoldTable table, Map<String, Integer> index, List<Object> row) {
            this.table = table;
            this.columns = table.columns;
            this.index = index;
            this.row = row;
        }

        @Override
        public Object get(Object column) {
            Integer i = index.get(column);
            if (i == null && table.notRead.contains(column)) {
                throw new IllegalStateException(table.name + "." + column + " was not read for the site: add it to "
                        + "LakeSnapshot's columns read");
            }
            return i == null ? null : row.get(i);
        }

        @Override
        public boolean containsKey(Object column) {
            return index.containsKey(column);
        }

        @Override
        protected List<String> keys() {
            return columns;
        }

        @Override
        protected Object value(int i) {
            return row.get(i);
        }
    }

    /** The file name part: {@code gold/findings} → {@code findings}. */
    public String shortName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
