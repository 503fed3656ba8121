package jixiao.recognise.stream;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function of a short text, kept across documents (readers run on many threads):
 * the same headings, labels and figures come back in every document. Bounded by clearing when full,
 * since a corpus's common texts come straight back.
 */
final class KeptResults<K, V> {
    private final ConcurrentHashMap<K, V> kept = new ConcurrentHashMap<>();
    private final int size;
    private final Function<K, V> compute;

    KeptResults(int size, Function<K, V> compute) {
        this.size = size;
        this.compute = compute;
    }

    V get(K key) {
        V v = kept.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (kept.size() >= size) kept.clear();
            kept.put(key, v);
        }
        return v;
    }
}
