package jixiao.site.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.site.load.GoldTable;
import jixiao.transform.GoldTables;

class RuleTitlesTest {
    static final GoldTable CATALOGUE = Tables.table(GoldTables.RULE_CATALOGUE, 1, List.of("rule_order", "rule_id", "title"), List.of(
            Tables.row(1, "RATE_MISMATCH", "执行率与金额不符"), Tables.row(2, "VAGUE_TARGET", "目标表述模糊")));

    @Test
    void theChineseTitleStandsBesideTheRuleId() throws IOException {
        GoldTable findings = RuleTitles.addTo(ShownValuesTest.findings(), CATALOGUE);
        assertEquals(List.of("form_id", "rule_id", "rule_title", "severity", "message"), findings.columns());
        List<List<String>> csv = ShownValuesTest.csv(findings);
        assertEquals(List.of("表编号", "规则编号", "规则", "级别", "说明"), csv.get(0));
        assertEquals(List.of("a-0", "RATE_MISMATCH", "执行率与金额不符", "错误", "'=执行率"), csv.get(1));
        assertEquals("", csv.get(3).get(2), "a rule not in the catalogue: blank");
    }

    @Test
    void aTableWithoutRuleIdsIsLeftAsItIs() {
        GoldTable other = Tables.numbered(GoldTables.FINDINGS, 1, 3);
        assertSame(other, RuleTitles.addTo(other, CATALOGUE));
    }
}
