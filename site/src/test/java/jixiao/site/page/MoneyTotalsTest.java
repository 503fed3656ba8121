package jixiao.site.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Budget and executed totals over the same forms; a form whose units are in doubt does not swamp them. */
class MoneyTotalsTest {
    private static Map<String, Object> form(Double budget, Double executed) {
        Map<String, Object> f = new HashMap<>();
        f.put("budget_adjusted_wan", budget);
        f.put("executed_wan", executed);
        return f;
    }

    @Test
    void sumsOnlyFormsThatPrintBothAndSetsAsideUnitsInDoubt() {
        // 衡南's case on the 100k lake: no budget printed, 417,000 read as 万元 (41.7亿元); and one 元 under 万元
        MoneyTotals t = MoneyTotals.of(List.of(form(100.0, 90.0), form(50.0, 50.0), form(null, 417_000.0),
                form(20.0, 200_000.0)));
        assertEquals(150.0, t.budget());
        assertEquals(140.0, t.executed());
        assertEquals(2, t.forms());
        assertEquals(1, t.withoutBoth());
        assertEquals(1, t.unitsInDoubt());
        assertEquals("合计 2 张同时印有调整后预算数和执行数的表；1 张缺其中一项，未计入；1 张执行数超过预算数十倍（金额单位存疑），未计入", t.note());
    }

    @Test
    void noFormWithBothGivesNoTotal() {
        MoneyTotals t = MoneyTotals.of(List.of(form(null, 5.0)));
        assertNull(t.budget());
        assertNull(t.executed());
        assertEquals("合计 0 张同时印有调整后预算数和执行数的表；1 张缺其中一项，未计入", t.note());
    }
}
