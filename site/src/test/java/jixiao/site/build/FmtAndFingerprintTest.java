package jixiao.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** How figures print, and what decides that a page is unchanged. */
class FmtAndFingerprintTest {
    private final Fmt fmt = Fmt.INSTANCE;

    @Test
    void amountsSwitchTo亿元From10000万元() {
        assertEquals("1,234.50万元", fmt.wan(1234.5));
        assertEquals("1.23亿元", fmt.wan(12_345.0));
        assertEquals("—", fmt.wan(null));
    }

    @Test
    void unknownIsADashNeverZero() {
        assertEquals("—", fmt.pct(null));
        assertEquals("—", fmt.pct(Double.NaN));
        assertEquals("—", fmt.score("abc"));
        assertEquals("年度不详", fmt.year(null));
    }

    @Test
    void numbersPrintWithoutNoise() {
        assertEquals("85.3%", fmt.pct(0.853));
        assertEquals("8.33", fmt.score(8.333333));
        assertEquals("85", fmt.score(85.0));
        assertEquals("+3.2", fmt.signed(3.21, 1));
        assertEquals("−1.5", fmt.signed(-1.5, 1));
        assertEquals("0.0", fmt.signed(-0.01, 1));
        assertEquals("0.0", fmt.fixed(-0.04, 1), "no negative zero");
        assertEquals("12,346", fmt.count(12_345.6));
    }

    @Test
    void heatIsAColourOnlyAndClamped() {
        assertEquals(fmt.heat(100, 40, 100), fmt.heat(500, 40, 100));
        assertEquals(fmt.heat(40, 40, 100), fmt.heat(-5, 40, 100));
        assertEquals("background:#eeeeee", fmt.heat(null, 40, 100));
        assertEquals("background:#ffffff;color:#1f2328", fmt.heat(40, 40, 100));
    }

    record Row(String name, Map<String, Long> counts) {
    }

    @Test
    void fingerprintsIgnoreMapOrderButNotData() {
        Map<String, Long> a = new LinkedHashMap<>();
        a.put("x", 1L);
        a.put("y", 2L);
        Map<String, Long> b = new HashMap<>(new TreeMap<>(a).descendingMap());
        assertEquals(Fingerprint.of(new Row("r", a)), Fingerprint.of(new Row("r", b)));
        assertEquals(Fingerprint.of(Map.of("k", List.of(1, 2))), Fingerprint.of(new TreeMap<>(Map.of("k", List.of(1, 2)))));
        assertNotEquals(Fingerprint.of(new Row("r", a)), Fingerprint.of(new Row("r", Map.of("x", 1L, "y", 3L))));
        assertNotEquals(Fingerprint.of(List.of(1, 2)), Fingerprint.of(List.of(2, 1)));
    }

    @Test
    void pagesLinkUpwardsRelatively() {
        assertEquals("", new Page("index.html", "index", Map.of()).root());
        assertEquals("../", new Page("forms/a-0.html", "form", Map.of()).root());
        assertThrows(IllegalArgumentException.class, () -> new Page("../escape.html", "index", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Page("/abs.html", "index", Map.of()));
    }
}
