package jixiao.transform.reasons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonClassifierTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "据实支付|NO_EXPLANATION", "据实结算。|NO_EXPLANATION", "按实际支付|NO_EXPLANATION", "null|NONE", "无|NONE", "/|NONE",
            "资金拨付滞后，部分款项年底前未能支付，下一步将加快支付进度。|FUNDS_LATE",
            "因财政资金紧张，项目已开展但未进行资金支付，下一步将积极对接财政部门。|FUNDS_SHORT",
            "通过政府采购比选，节约了采购资金。|PROCUREMENT_SAVINGS",
            "因存在人员离职、部分入驻单位自费制作工装等，导致工装制作数量低于指标值，下一步将严格绩效目标编制。|STAFFING",
            "实际需求低于年初预期，服务对象数量减少。|DEMAND_LOWER",
            "下一步将加强管理，确保按期完成。|MEASURES_ONLY",
            "原定培训因故取消。|EVENT_NOT_HAPPENED",
            "年初指标设置偏高，下一步将严格绩效目标编制。|TARGET_SET_BADLY",
            "受天气影响，部分工作延后实施。|EXTERNAL",
            "项目跨年度实施，部分工程尚未完工，将于次年完成结算。|DELAY_CROSS_YEAR",
            "分项成本在实际支付分配中有所变动，严格按照合同规定付款节点进行支付。|OTHER"})
    void taxonomy(String reason, ReasonCategory expected) {
        assertEquals(expected, ReasonClassifier.classify(reason));
    }

    @Test
    void phrasesAreWordsAndNeighbouringPairs() {
        try (PhraseMiner miner = new PhraseMiner()) {
            List<String> phrases = miner.phrases("分项成本在实际支付分配中有所变动");
            assertTrue(phrases.contains("支付"), phrases.toString());
            assertTrue(phrases.stream().anyMatch(p -> p.length() >= 4), phrases.toString());
            assertTrue(miner.phrases(null).isEmpty());
        }
    }
}
