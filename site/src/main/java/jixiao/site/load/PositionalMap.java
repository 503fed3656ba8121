package jixiao.site.load;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only map whose entries are numbered: the i-th key and value are computed, not stored as entries.
 * The site holds millions of rows and map values this way, a fraction of a hash map's size; a subclass
 * says how to find a key ({@link #get}, {@link #containsKey}), what the keys are and what the i-th value is.
 */
public abstract class PositionalMap extends AbstractMap<String, Object> {
    /** The keys, in the map's order. */
    protected abstract List<String> keys();

    /** The i-th value. */
    protected abstract Object value(int i);

    @Override
    public abstract Object get(Object key);

    @Override
    public abstract boolean containsKey(Object key);

    @Override
    public int size() {
        return keys().size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                List<String> keys = keys();
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.size();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (!hasNext()) throw new NoSuchElementException();
                        Entry<String, Object> e = new SimpleImmutableEntry<>(keys.get(next), value(next));
                        next++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return PositionalMap.this.size();
            }
        };
    }
}
