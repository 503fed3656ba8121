package jixiao.transform.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DimensionsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "乐山市金口河区行政审批局, 行政审批", "淄博市张店区行政审批服务局, 行政审批", "遂宁市安居区行政审批局部门, 行政审批",
            "某某县教育局, 教育", "中共靖宇县委员会办公室, 党委办公室", "白山市靖宇县人民政府办公室, 政府办公室",
            "白山市靖宇县市场监督管理局, 市场监管", "某县文化广播电视和旅游局, 文化旅游", "某县档案馆, 其他"})
    void departmentTypes(String department, String type) {
        assertEquals(type, Dimensions.departmentType(department));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "产出指标, 数量指标, 产出, 数量", "产出指标, 成本指标, 产出, 成本", "成本指标, 经济成本指标, 成本, 成本",
            "效益指标, 可持续发展影响指标, 效益, 可持续影响", "满意度指标, 服务对象满意度指标, 满意度, 满意度",
            "效益指标, 社会效益指标, 效益, 社会效益", "其他, 其他指标, 其他, 其他"})
    void printedHeadingsToTheStandardSet(String l1, String l2, String d1, String d2) {
        assertEquals(d1, Dimensions.level1(l1));
        assertEquals(d2, Dimensions.level2(l2));
    }
}
