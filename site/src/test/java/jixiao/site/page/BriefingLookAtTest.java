package jixiao.site.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The briefing's forms to look at: chosen by the size of the problem, not by any positive gap. */
class BriefingLookAtTest {
    private static Map<String, Object> form(String name, Double gap, double budget, double executed, String reason) {
        Map<String, Object> f = new HashMap<>();
        f.put("project_name", name);
        f.put("gap", gap);
        f.put("budget_adjusted_wan", budget);
        f.put("executed_wan", executed);
        f.put("execution_rate", executed / budget);
        f.put("execution_reason", reason);
        f.put("findings_total", 0L);
        f.put("errors", 0L);
        return f;
    }

    private static List<Object> names(List<Map<String, Object>> forms) {
        return BriefingPages.lookAt(forms).stream().map(r -> r.get("project_name")).toList();
    }

    @Test
    void roundingGapsAreNotProblems() {
        assertEquals(List.of(), names(List.of(form("差0.01分", 0.01, 100, 100, null))));
        assertEquals(List.of("差5分"), names(List.of(form("差0.01分", 0.01, 100, 100, null), form("差5分", 5.0, 100, 100, null))));
    }

    /** 据实支付 is no reason; a real one is; the larger sum left unspent comes first. */
    @Test
    void unspentMoneyWithoutAReason() {
        List<Object> picked = names(List.of(form("据实支付", null, 10, 5, "据实支付"), form("说明了", null, 1000, 100, "因财政资金紧张未能支付"),
                form("大额", null, 1000, 500, null)));
        assertEquals(List.of("大额", "据实支付"), picked);
        assertTrue(BriefingPages.why(form("大额", null, 1000, 500, null)).contains("未执行"));
    }
}
