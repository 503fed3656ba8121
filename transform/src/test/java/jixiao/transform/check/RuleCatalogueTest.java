package jixiao.transform.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
    @Test
    void everyRuleIsExplained() {
        for (Rule r : Rule.values()) {
            assertFalse(r.messageTemplate().isBlank(), r.id());
            assertFalse(r.formula().isBlank(), r.id());
            assertFalse(r.clause().isBlank(), r.id());
            assertFalse(r.category().isBlank(), r.id());
        }
    }

    @Test
    void messagesFillTheirValues() {
        assertEquals("预算执行率填报为85.00%，按执行数÷全年预算数计算应为80.00%",
                Rule.RATE_MISMATCH.message(Map.of("printed", "85.00%", "computed", "80.00%")));
    }

    @Test
    void gradesFollowTheBands() {
        assertEquals("优", SummaryCheck.grade(90));
        assertEquals("良", SummaryCheck.grade(81.37));
        assertEquals("中", SummaryCheck.grade(60));
        assertEquals("差", SummaryCheck.grade(59.99));
        CheckResult r = SummaryCheck.check("f", 95.83, "良好", 95.83);
        assertEquals(1, r.findings().size());
        assertEquals(Rule.GRADE_MISMATCH, r.findings().get(0).rule());
        assertEquals(0, SummaryCheck.check("f", 81.37, "良", 81.37).findings().size());
    }
}
