package jixiao.read;

import java.util.List;

/** Form tables shared by the Word reader tests, in {@link DocxFixture}'s row notation. */
final class DocxFormFixture {
    private DocxFormFixture() {
    }

    /** A small project form: labels, a budget block and a three-level indicator table with a total. */
    static final List<String> SMALL_FORM = List.of(
            "项目名称 | 51090423T000007848282-2023年网络运维费::6",
            "主管单位 | 某市某区教育局::2 | 实施单位（盖章） | 某区第一中学::3",
            "项目资金 | 年初预算数 | 全年预算数（A） | 预算执行数 | 权重 | 执行率 | 得分",
            "年度资金总额 | 1,200 | 1000 | 850 | 10 | 0.85 | 8.5",
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重 | 得分",
            "产出指标::v | 数量指标 | 维护设备数量 | ≥20台 | 18台 | 30 | 27",
            "^ | 质量指标 | 故障率 | 2%以下 | 1% | 30 | 30",
            "满意度指标 | 服务对象满意度指标 | 师生满意度 | 95% | 96% | 30 | 30",
            "总分::5 | 100 | 96");
}
