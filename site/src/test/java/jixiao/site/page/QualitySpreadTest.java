package jixiao.site.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each quality part's spread over the forms: a part at 100% in every form shows it, and says it is not counted. */
class QualitySpreadTest {
    @Test
    void spreadsShowConstantParts() {
        List<Map<String, Object>> forms = List.of(Map.of("units", 1.0, "quantified", 0.5), Map.of("units", 1.0, "quantified", 1.0),
                Map.of("units", 1.0, "quantified", 0.0));
        List<QualityPage.PartSpread> s = QualityPage.spreads(forms);
        QualityPage.PartSpread quantified = s.stream().filter(p -> p.label().equals("目标已量化")).findFirst().orElseThrow();
        assertEquals("50.0%", quantified.median());
        assertEquals("25.0%", quantified.p25());
        assertTrue(quantified.counted());
        QualityPage.PartSpread units = s.stream().filter(p -> p.label().equals("数值带单位")).findFirst().orElseThrow();
        assertEquals("100.0%", units.p25());
        assertEquals("100.0%", units.full());
        assertFalse(units.counted());
        assertEquals(2, s.size()); // parts no form has are left out
    }
}
