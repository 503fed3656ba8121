package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.recognise.FormRecogniser;
import jixiao.recognise.Recognised;
import jixiao.recognise.RecognisedForm;

/**
 * A Sichuan 部门预算项目支出绩效自评表 laid out as Word lays it out (seed 003, the 办事大厅运转运行费
 * form): merged label column, spanning values, a budget block whose note column is merged down,
 * an indicator table with 指标性质 and 度量单位 columns and merged 一级/二级 headings, a 合计 row
 * and the narrative rows, read by the .docx reader and recognised by the shared recogniser.
 */
class DocxFormEndToEndTest {
    @TempDir
    Path dir;

    static final List<String> SICHUAN_FORM = List.of(
            "项目名称 | 51090423T000007848282-2023年办事大厅运转运行费::10",
            "主管部门 | 遂宁市安居区行政审批局部门::4 | 实施单位 （盖章）::2 | 遂宁市安居区行政审批局::4",
            "项目基本情况::v | 1.项目年度目标完成情况::2v | 项目年度目标::4 | 年度目标完成情况::4",
            "^ | ^::2 | 2023年预计投入资金100万元，用于保障政务服务综合大楼水电费、维修维护费等。::4"
                    + " | 2023年实际投入资金129.24万元，有力保障了政务服务综合大楼的日常运转支出。::4",
            "^ | 2.项目实施内容及过程概述::2 | 保障政务服务综合大楼1-4层水电费、办公耗材费、广告宣传、维修维护等日常运转支出。::8",
            "预算执行情况（10分）::v | 年度预算数（万元） | 年初预算::2 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因::2",
            "^ | 总额 | 100.00::2 | 129.24 | 129.24 | 100.00% | 10 | 10　"
                    + " | 1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）;\n2.年中发生预算调整的（追加或调减）,应单独说明理由。::2v",
            "^ | 其中：财政资金 | 100.00::2 | 129.24 | 129.24 | 100.00% | / | / | ^::2",
            "^ | 财政专户管理资金 | 0.00::2 | 0.00 | 0.00 | 0.00% | / | / | ^::2",
            "^ | 单位资金 | 0.00::2 | 0.00 | 0.00 | 0.00% | / | / | ^::2",
            "^ | 其他资金 | 　::2 | 　 | 　 | 　 | / | / | ^::2",
            "绩效指标（90分）::v | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量\n单位 | 完成值 | 权重 | 得分 | 未完成原因分析",
            "^ | 产出指标::v | 数量指标::v | 维修维护面积 | ＝ | 8000 | 平米 | 　 | 5 | 5　 | 　",
            "^ | ^ | ^ | 完成免费复印 | ≥ | 20 | 万份 | 　 | 10 | 10　 | 　",
            "^ | ^ | ^ | 广告宣传点位 | ＝ | 4 | 座（处） | 　 | 5 | 5　 | 　",
            "^ | ^ | ^ | 公共场所消毒 | ≥ | 1100 | 次 | 　 | 10 | 10　 | 　",
            "^ | ^ | 质量指标 | 保障大楼正常运行 | ＝ | 100 | % | 　 | 5 | 　5 | 　",
            "^ | ^ | 时效指标 | 预计完成时间 | ＝ | 1 | 年 | 　 | 5 | 5　 | 　",
            "^ | 效益指标 | 社会效益指标 | 提供了良好的办事环境 | 定性 | 100 | % | 　 | 20 | 　20 | 　",
            "^ | 满意度指标 | 服务对象满意度指标 | 让办事群众满意 | ≥ | 95 | % | 　 | 10 | 10　 | 　",
            "^ | 成本指标 | 经济成本指标 | 免费复印 | ＝ | 0.2 | 元/个 | 　 | 20 | 20　 | 　",
            "合计::8 | 100 | 　100 | 　",
            "评价结论 | 办事大厅运转运行费项目绩效总体评价良好。::10",
            "存在问题 | 无::10",
            "改进措施 | 无::10");

    private Recognised recognise(DocxFixture doc, String name) throws UnreadableInput {
        return new FormRecogniser().recognise(name, new DocxGridReader().read(doc.write(dir, name)));
    }

    @Test
    void sichuanFormReadsToTheContractFields() throws Exception {
        DocxFixture doc = new DocxFixture()
                .paragraph("附表：部门预算项目支出绩效自评表（2023年度)")
                .paragraph("部门预算项目支出绩效自评表（2023年度）")
                .table(SICHUAN_FORM)
                .tabbed("项目负责人：张霞", "财务负责人：谭春乔");
        Recognised r = recognise(doc, "sichuan-form.docx");
        assertTrue(r.rejects().isEmpty(), () -> r.rejects().toString());
        List<Form> forms = r.forms().stream().map(RecognisedForm::form).toList();
        assertEquals(1, forms.size());
        Form f = forms.get(0);
        assertEquals(0, f.formIndex());
        assertEquals(2023, f.fiscalYear());
        assertEquals("2023年办事大厅运转运行费", f.projectName());
        assertEquals("51090423T000007848282", f.projectCode());
        assertEquals("遂宁市安居区行政审批局部门", f.department());
        assertEquals("遂宁市安居区行政审批局", f.implementingUnit());
        assertEquals("万元", f.amountUnit());
        assertEquals(100.0, f.budgetInitial());
        assertEquals(129.24, f.budgetAdjusted());
        assertEquals(129.24, f.executed());
        assertEquals(1.0, f.executionRate());
        assertEquals(10.0, f.executionWeight());
        assertEquals(10.0, f.executionScore());
        assertEquals(100.0, f.totalScore());
        assertEquals("办事大厅运转运行费项目绩效总体评价良好。", f.conclusion());
        assertEquals("无", f.problems());
        assertEquals("无", f.improvements());
    }

    @Test
    void sichuanIndicatorsCarryTheirMergedHeadings() throws Exception {
        DocxFixture doc = new DocxFixture()
                .paragraph("部门预算项目支出绩效自评表（2023年度）")
                .table(SICHUAN_FORM);
        List<Indicator> in = recognise(doc, "sichuan-indicators.docx").forms().get(0).form().indicators();
        assertEquals(List.of("维修维护面积", "完成免费复印", "广告宣传点位", "公共场所消毒", "保障大楼正常运行",
                "预计完成时间", "提供了良好的办事环境", "让办事群众满意", "免费复印"), in.stream().map(Indicator::name).toList());
        assertEquals(List.of("产出指标", "产出指标", "产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "满意度指标", "成本指标"),
                in.stream().map(Indicator::level1).toList());
        assertEquals(List.of("数量指标", "数量指标", "数量指标", "数量指标", "质量指标", "时效指标", "社会效益指标",
                "服务对象满意度指标", "经济成本指标"), in.stream().map(Indicator::level2).toList());
        assertIndicator(in.get(0), "=", "8000", 8000.0, "平米", 5.0, 5.0);
        assertIndicator(in.get(1), ">=", "20", 20.0, "万份", 10.0, 10.0);
        assertIndicator(in.get(2), "=", "4", 4.0, "座(处)", 5.0, 5.0);
        assertIndicator(in.get(6), "qualitative", "100", 100.0, "%", 20.0, 20.0);
        assertIndicator(in.get(8), "=", "0.2", 0.2, "元/个", 20.0, 20.0);
        for (Indicator i : in) {
            assertNull(i.actualText(), "an empty 完成值 (a full-width space) is null: " + i.name());
            assertNull(i.reason(), i.name());
        }
    }

    private static void assertIndicator(Indicator i, String comparator, String target, Double value, String unit,
                                        Double weight, Double score) {
        assertEquals(comparator, i.comparator(), i.name());
        assertEquals(target, i.targetText(), i.name());
        assertEquals(value, i.targetValue(), i.name());
        assertEquals(unit, i.unit(), i.name());
        assertEquals(weight, i.weight(), i.name());
        assertEquals(score, i.score(), i.name());
    }
}
