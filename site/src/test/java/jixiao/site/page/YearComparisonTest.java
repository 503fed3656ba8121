package jixiao.site.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Year on year, like for like: regions enter and leave between years, and a comparison over all
 * forms then mixes a change of regions into a change of execution.
 */
class YearComparisonTest {
    private static Map<String, Object> form(int year, String region, double budget, double executed) {
        return Map.of("fiscal_year", year, "region", region, "budget_adjusted_wan", budget, "executed_wan", executed,
                "execution_rate", executed / budget, "findings_total", 0L, "errors", 0L);
    }

    /**
     * 2023: 甲 (high rates) and 乙 (60%). 2024: 乙 rises to 80%, 丙 joins at 30%. Over all forms the mean
     * rate falls; over the region present in both years it rises by 20 points.
     */
    @Test
    void onlyRegionsOfBothYearsAreCompared() {
        List<Map<String, Object>> forms = new ArrayList<>();
        forms.add(form(2023, "甲", 100, 100));
        forms.add(form(2023, "甲", 100, 95));
        forms.add(form(2023, "乙", 100, 60));
        forms.add(form(2024, "乙", 100, 80));
        forms.add(form(2024, "丙", 100, 30));
        forms.add(form(2024, "丙", 100, 30));
        YearMetrics all23 = YearMetrics.of(2023, forms.stream().filter(f -> f.get("fiscal_year").equals(2023)).toList());
        YearMetrics all24 = YearMetrics.of(2024, forms.stream().filter(f -> f.get("fiscal_year").equals(2024)).toList());
        assertTrue(all24.meanRate() < all23.meanRate()); // the full set "falls"
        YearChange c = YearChange.of(forms, YearMetrics.byYear(forms), "region", "地区");
        assertEquals(1, c.same());
        assertEquals(1, c.onlyLatest()); // 丙 joined
        assertEquals(1, c.onlyPrevious()); // 甲 left
        assertTrue(c.unitsDiffer());
        assertEquals("+20.0 个百分点", c.common().get(1).change()); // 乙 rose
        assertEquals("自评表数", c.common().get(0).measure());
        assertEquals("1", c.common().get(0).now());
        assertTrue(c.all().get(1).change().startsWith("−")); // the full set "falls", shown beside it only
    }

    /** The money-weighted rate weighs each form by its budget; the per-form mean does not. */
    @Test
    void moneyWeightedRateBesideTheMean() {
        YearMetrics m = YearMetrics.of(2024, List.of(form(2024, "甲", 1000, 1000), form(2024, "甲", 1, 0)));
        assertEquals(0.5, m.meanRate(), 1e-9);
        assertEquals(1000 / 1001.0, m.moneyRate(), 1e-9);
        assertEquals(2, m.rated());
    }

    /** A department compared with itself: no units to match, the full set is the like-for-like set. */
    @Test
    void withoutUnitsTheWholeSetIsCompared() {
        List<Map<String, Object>> forms = List.of(form(2023, "甲", 100, 50), form(2024, "甲", 100, 90));
        YearChange c = YearChange.of(forms, YearMetrics.byYear(forms), null, null);
        assertEquals(c.all(), c.common());
        assertTrue(!c.unitsDiffer());
        assertEquals(null, YearChange.of(forms.subList(0, 1), YearMetrics.byYear(forms.subList(0, 1)), null, null));
    }
}
