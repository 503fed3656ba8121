package jixiao.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.load();

    @Test
    void loadsOnceAndReuses() {
        assertSame(g, Gazetteer.load());
    }

    @Test
    void rowCountsArePlausible() {
        Map<String, Integer> counts = g.countsByLevel();
        assertTrue(counts.get("province") >= 30, counts.toString());
        assertTrue(counts.get("province") <= 34, counts.toString());
        assertTrue(counts.get("city") >= 300, counts.toString());
        assertTrue(counts.get("county") >= 2800, counts.toString());
    }

    @Test
    void looksUpByCode() {
        Division anju = g.byCode("510904").orElseThrow();
        assertEquals(new Division("510904", "四川省", "遂宁市", "安居区"), anju);
        assertTrue(anju.isCounty());
        assertEquals(new Division("510900", "四川省", "遂宁市", null), g.byCode("510900").orElseThrow());
        assertEquals(new Division("510000", "四川省", null, null), g.byCode("510000").orElseThrow());
    }

    @Test
    void municipalitiesAndPlaceholdersHaveNoCity() {
        assertEquals(new Division("110105", "北京市", null, "朝阳区"), g.byCode("110105").orElseThrow());
        assertEquals(new Division("500233", "重庆市", null, "忠县"), g.byCode("500233").orElseThrow());
        assertEquals(new Division("429004", "湖北省", null, "仙桃市"), g.byCode("429004").orElseThrow());
        assertTrue(g.byCode("110100").isEmpty(), "市辖区 is a placeholder, not a division");
        assertTrue(g.named("市辖区").isEmpty());
        assertTrue(g.named("省直辖县级行政区划").isEmpty());
        for (Division d : g.divisions()) {
            assertFalse("县".equals(d.city()) || "市辖区".equals(d.city()), d.toString());
        }
    }

    @Test
    void rejectsMalformedOrUnknownCodes() {
        assertTrue(g.byCode(null).isEmpty());
        assertTrue(g.byCode("").isEmpty());
        assertTrue(g.byCode("51090").isEmpty());
        assertTrue(g.byCode("5109041").isEmpty());
        assertTrue(g.byCode("51O904").isEmpty());
        assertTrue(g.byCode("999999").isEmpty());
    }

    @Test
    void indexesRepeatedCountyNames() {
        assertEquals(2, g.named("朝阳区").size());
        assertEquals(1, g.named("乐山市").size());
        assertEquals("四川省", g.provinceByShortName("四川").orElseThrow().province());
        assertEquals("广西壮族自治区", g.provinceByShortName("广西").orElseThrow().province());
    }

    @Test
    void readsQuotedCsvFields() {
        Gazetteer small = Gazetteer.fromCsv(new StringReader("\uFEFFcode,province,city,county\n"
                + "990000,\"甲,省\",,\n"
                + "990100,\"甲,省\",\"乙\"\"市\",\n"));
        assertEquals(List.of(new Division("990000", "甲,省", null, null), new Division("990100", "甲,省", "乙\"市", null)),
                small.divisions());
    }

    @Test
    void failsClearlyOnBadCsv() {
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.fromCsv(new StringReader("a,b\n")));
        assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.fromCsv(new StringReader("code,province,city,county\n12,甲省,,\n")));
        assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.fromCsv(new StringReader("code,province,city,county\n990000,甲省,,\n990000,乙省,,\n")));
    }

    @Test
    void divisionsAreWithinTheirAncestors() {
        Division sichuan = g.byCode("510000").orElseThrow();
        Division suining = g.byCode("510900").orElseThrow();
        Division anju = g.byCode("510904").orElseThrow();
        assertTrue(anju.within(suining));
        assertTrue(anju.within(sichuan));
        assertFalse(suining.within(anju));
        assertNull(sichuan.city());
    }
}
