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
        java.util.Set<Object> both = YearMetrics.regionsIn(forms, 2023);
        both.retainAll(YearMetrics.regionsIn(forms, 2024));
        YearMetrics same23 = YearMetrics.of(2023, YearMetrics.inRegions(forms, 2023, both));
        YearMetrics same24 = YearMetrics.of(2024, YearMetrics.inRegions(forms, 2024, both));
        assertEquals(1, same23.forms());
        assertEquals(1, same24.forms());
        assertEquals(0.2, same24.meanRate() - same23.meanRate(), 1e-9); // 乙 rose
        assertEquals(0.8, same24.moneyRate(), 1e-9);
        String line = YearComparison.of(same24, same23).get(1).change();
        assertEquals("+20.0 个百分点", line);
    }

    /** The money-weighted rate weighs each form by its budget; the per-form mean does not. */
    @Test
    void moneyWeightedRateBesideTheMean() {
        YearMetrics m = YearMetrics.of(2024, List.of(form(2024, "甲", 1000, 1000), form(2024, "甲", 1, 0)));
        assertEquals(0.5, m.meanRate(), 1e-9);
        assertEquals(1000 / 1001.0, m.moneyRate(), 1e-9);
        assertEquals(2, m.rated());
    }
}
