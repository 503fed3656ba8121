package jixiao.site.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** A map column's value reads as the sorted map it replaced. */
class SortedMapValueTest {
    @Test
    void readsLikeATreeMap() {
        Map<String, Object> in = new HashMap<>();
        in.put("执行数", "80.5");
        in.put("budget", "100");
        in.put("actual", null);
        in.put("Zeta", "z");
        Map<String, Object> v = SortedMapValue.of(in);
        TreeMap<String, Object> sorted = new TreeMap<>(in);

        assertEquals(sorted, v);
        assertEquals(v, sorted);
        assertEquals(sorted.hashCode(), v.hashCode());
        assertEquals(List.copyOf(sorted.keySet()), List.copyOf(v.keySet()));
        assertEquals("100", v.get("budget"));
        assertTrue(v.containsKey("actual"), "a key with a null value is there");
        assertNull(v.get("actual"));
        assertFalse(v.containsKey("missing"));
        assertNull(v.get(42), "a key that is not text is simply absent");
        assertThrows(UnsupportedOperationException.class, () -> v.put("budget", "1"));
    }

    @Test
    void anEmptyMap() {
        Map<String, Object> v = SortedMapValue.of(Map.of());
        assertTrue(v.isEmpty());
        assertEquals(Map.of(), v);
    }
}
