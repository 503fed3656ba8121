package jixiao.site.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The quality heat map's 全部地区 change counts only regions present in both years. */
class QualityLikeForLikeTest {
    private static Map<String, Object> row(String county, int year, double index, long forms) {
        Map<String, Object> r = new HashMap<>();
        r.put("province", "省");
        r.put("city", "市");
        r.put("county", county);
        r.put("region", county);
        r.put("fiscal_year", year);
        r.put("quality_index", index);
        r.put("forms", forms);
        return r;
    }

    /** 甲 stays at 90 and 乙 rises 60 → 70; 丙 (40) joins in 2024. The all-regions mean falls; like for like it rises. */
    @Test
    void regionsEnteringDoNotMoveTheChange() {
        List<Map<String, Object>> rows = List.of(row("甲县", 2023, 90, 1), row("乙县", 2023, 60, 1),
                row("甲县", 2024, 90, 1), row("乙县", 2024, 70, 1), row("丙县", 2024, 40, 4));
        Map<Integer, Double> change = QualityPage.likeForLikeChange(rows, List.of(2023, 2024));
        assertEquals(5.0, change.get(2024), 1e-9);
    }
}
