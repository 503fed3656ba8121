package jixiao.site.load;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A map column's value of one row, read-only, its keys in sorted order: two arrays, a quarter of a
 * TreeMap's size (a finding's printed values are a map, and findings are millions of rows).
 */
final class SortedMapValue extends PositionalMap {
    private final String[] keys;
    private final Object[] values;

    /** {@code entries} in any order; a key given twice keeps its last value, as a map's put would. */
    static SortedMapValue of(Map<String, Object> entries) {
        String[] keys = entries.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) values[i] = entries.get(keys[i]);
        return new SortedMapValue(keys, values);
    }

    private SortedMapValue(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        int i = key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
        return i >= 0 ? values[i] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && Arrays.binarySearch(keys, s) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    protected List<String> keys() {
        return Arrays.asList(keys);
    }

    @Override
    protected Object value(int i) {
        return values[i];
    }
}
