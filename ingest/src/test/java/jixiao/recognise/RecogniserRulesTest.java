package jixiao.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.read.TextGridReader;

/** Each recogniser rule on a small hand-made document, in the layouts published forms come in. */
class RecogniserRulesTest {

    static Recognised recognise(String text) {
        try {
            return new FormRecogniser().recognise("t.txt", new TextGridReader().read(jixiao.read.Input.of("t.txt", text.getBytes(StandardCharsets.UTF_8))));
        } catch (jixiao.read.UnreadableInput e) {
            throw new AssertionError(e);
        }
    }

    static List<Form> forms(String text) {
        return recognise(text).forms().stream().map(RecognisedForm::form).toList();
    }

    static final String PIPE_FORM = """
            项目支出绩效自评表
            （2023年度）
            单位：元
            | 项目名称 | 51090423T000007848282-2023年网络运维费 | | | | | |
            | 主管单位 | 某市某区教育局 | | 实施单位（盖章） | 某区第一中学 | | |
            | 项目资金 | 年初预算数 | 全年预算数（A） | 预算执行数 | 权重 | 执行率 | 得分 |
            | 年度资金总额 | 1,200 | 1000 | 850 | 10 | 0.85 | 8.5 |
            | 其他资金 | / | / | / | | #DIV/0! | |
            | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重 | 得分 | 偏差原因分析及改进措施 |
            | 产出指标（50分） | 数量指标 | 维护设备数量 | ≥20台 | 18台 | 10 | 9 | 据实支付 |
            |  |  | 覆盖学校 | 5所以上 | 5所 | 10 | 10 |  |
            |  | 质量指标 | 故障率 | 2%以下 | 1% | 10 | 10 |  |
            |  | 时效指标 | 完成时间 | 2023年12月31日前 | 按时 | 10 | 10 |  |
            | 成本指标 | 经济成本指标 | 单台维护费 | ＜50元/台 | 47元/台 | 10 | 10 | / |
            | 效益指标 | 社会效益指标 |  |  |  |  |  |  |
            |  | 可持续影响指标 | 持续运行 | ≥2年 | 2年 | 20 | 20 |  |
            | 满意度指标 | 服务对象满意度指标 | 师生满意度 | 95% | 96% | 20 | 19 |  |
            | 总分 |  |  |  |  | 100 | 96.5 |  |
            """;

    @Test
    void pipeFormWithProvincialHeadingVariants() {
        List<Form> forms = forms(PIPE_FORM);
        assertEquals(1, forms.size());
        Form f = forms.get(0);
        assertEquals(2023, f.fiscalYear());
        assertEquals("2023年网络运维费", f.projectName());
        assertEquals("51090423T000007848282", f.projectCode());
        assertEquals("某市某区教育局", f.department());
        assertEquals("某区第一中学", f.implementingUnit());
        assertEquals("元", f.amountUnit());
        assertEquals(1200.0, f.budgetInitial());
        assertEquals(1000.0, f.budgetAdjusted());
        assertEquals(850.0, f.executed());
        assertEquals(0.85, f.executionRate());
        assertEquals(10.0, f.executionWeight());
        assertEquals(8.5, f.executionScore());
        assertEquals(96.5, f.totalScore());
        assertEquals(7, f.indicators().size(), "the empty 社会效益指标 heading is not an indicator");
    }

    @Test
    void headingsCarryDownAndScoreNotesAreDropped() {
        List<Indicator> in = forms(PIPE_FORM).get(0).indicators();
        assertEquals("产出指标", in.get(1).level1());
        assertEquals("数量指标", in.get(1).level2());
        assertEquals("质量指标", in.get(2).level2());
        assertEquals("效益指标", in.get(5).level1());
        assertEquals("可持续影响指标", in.get(5).level2());
    }

    @Test
    void comparatorsUnitsAndDeadlines() {
        List<Indicator> in = forms(PIPE_FORM).get(0).indicators();
        assertIndicator(in.get(0), ">=", "20台", 20.0, "台");
        assertEquals("据实支付", in.get(0).reason());
        assertIndicator(in.get(1), ">=", "5所", 5.0, "所");
        assertIndicator(in.get(2), "<=", "2%", 2.0, "%");
        assertIndicator(in.get(3), null, "2023年12月31日前", null, null);
        assertIndicator(in.get(4), "<", "50元/台", 50.0, "元/台");
        assertNull(in.get(4).reason(), "'/' is null");
        assertIndicator(in.get(5), ">=", "2年", 2.0, "年");
        assertIndicator(in.get(6), null, "95%", 95.0, "%");
    }

    private static void assertIndicator(Indicator i, String comparator, String target, Double value, String unit) {
        assertEquals(comparator, i.comparator(), i.name());
        assertEquals(target, i.targetText(), i.name());
        assertEquals(value, i.targetValue(), i.name());
        assertEquals(unit, i.unit(), i.name());
    }

    static final String NATURE_AND_UNIT_COLUMNS = """
            部门预算项目支出绩效自评表（2024年度）
            项目名称\t城乡垃圾清运\t\t\t\t\t\t\t
            主管部门\t某县住房和城乡建设局\t\t实施单位\t某县环卫所\t\t\t\t
            预算执行情况（10分）\t年度预算数（万元）\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因
            \t总额\t100.00\t80.00\t80.00\t100.00%\t10\t10\t
            绩效指标（90分）\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析
            \t产出指标\t数量指标\t清运量\t＝\t3000\t吨\t3000\t30\t30\t
            \t\t质量指标\t清运及时\t定性\t优\t\t优\t30\t30\t
            \t效益指标\t社会效益指标\t群众满意\t≥\t90\t%\t　\t30\t30\t　
            合计\t100\t　100\t
            评价结论\t良好。
            存在问题\t无
            改进措施\t无
            """;

    @Test
    void natureAndUnitColumnsAndNarrativeFields() {
        Form f = forms(NATURE_AND_UNIT_COLUMNS).get(0);
        assertEquals(2024, f.fiscalYear());
        assertEquals(100.0, f.budgetInitial());
        assertEquals(80.0, f.budgetAdjusted());
        assertEquals(1.0, f.executionRate());
        assertEquals(100.0, f.totalScore(), "the 合计 line's last number when its cells are not under the score column");
        assertIndicator(f.indicators().get(0), "=", "3000", 3000.0, "吨");
        assertIndicator(f.indicators().get(1), "qualitative", "优", null, null);
        assertIndicator(f.indicators().get(2), ">=", "90", 90.0, "%");
        assertNull(f.indicators().get(2).actualText(), "a full-width space is an empty cell");
        assertEquals("良好。", f.conclusion());
        assertEquals("无", f.problems());
        assertEquals("无", f.improvements());
    }

    static final String SPACE_FORM = """
                              区级项目支出绩效自评表
            项目名称：便民服务热线运行费                 年度：2022年
            主管部门：某市某区行政审批局                 实施单位：某市某区政务服务中心
            项目资金（万元）      全年预算数      全年执行数      预算执行率
            年度资金总额          12              11.4            95%
            一级指标    二级指标    三级指标          年度指标值    实际完成值    分值    得分    扣分原因分析
            得分                                                                  100     99
            预算执行率（10分）                        100%          95%           10      9       据实支付
            产出指标    数量指标    受理来电数量      10000件       12000件       30      30
                        时效指标    接通及时率        98%           99%           20      20
            效益指标    社会效益指标 问题办结率       95%           96%           20      20
            满意度指标  满意度指标  来电群众满意度    98%           99%           20      20
            """;

    @Test
    void spaceSeparatedExportWithInlineLabels() {
        Form f = forms(SPACE_FORM).get(0);
        assertEquals("便民服务热线运行费", f.projectName());
        assertEquals(2022, f.fiscalYear());
        assertEquals("某市某区行政审批局", f.department());
        assertEquals("某市某区政务服务中心", f.implementingUnit());
        assertEquals(12.0, f.budgetAdjusted());
        assertEquals(11.4, f.executed());
        assertEquals(0.95, f.executionRate());
        assertEquals(10.0, f.executionWeight());
        assertEquals(9.0, f.executionScore());
        assertEquals(99.0, f.totalScore());
        assertEquals(4, f.indicators().size());
        Indicator second = f.indicators().get(1);
        assertEquals("产出指标", second.level1());
        assertEquals("时效指标", second.level2());
        assertEquals("接通及时率", second.name());
        assertEquals(20.0, second.weight());
    }

    @Test
    void severalFormsAndAFormSplitAcrossPages() {
        String doc = PIPE_FORM + "\n第 1 页\n" + """
                项目支出绩效自评表（续表）
                | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重 | 得分 | 偏差原因分析及改进措施 |
                | 满意度指标 | 服务对象满意度指标 | 家长满意度 | 90% | 95% | 0 | 0 |  |
                """ + NATURE_AND_UNIT_COLUMNS;
        List<Form> forms = forms(doc.replace("| 总分 |  |  |  |  | 100 | 96.5 |  |\n", ""));
        assertEquals(2, forms.size());
        assertEquals(8, forms.get(0).indicators().size(), "the continued table adds to the first form");
        assertEquals("家长满意度", forms.get(0).indicators().get(7).name());
        assertEquals(0, forms.get(0).formIndex());
        assertEquals(1, forms.get(1).formIndex());
        assertEquals("城乡垃圾清运", forms.get(1).projectName());
    }

    @Test
    void projectNameEmptyWhenItsCellIsBlank() {
        Form f = forms("区级项目支出绩效自评表\n项目\t\t\t年度:\t2024年\n" + NATURE_AND_UNIT_COLUMNS.lines().skip(2)
                .reduce("", (a, b) -> a + b + "\n")).get(0);
        assertEquals("", f.projectName());
        assertEquals(2024, f.fiscalYear());
    }

    @Test
    void whatIsNotAProjectFormIsKeptApart() {
        String doc = """
                2024年度区级预算项目绩效自评情况汇总表
                部门（单位）：某区财政局
                序号\t项目名称\t资金使用单位\t自评得分\t自评等级
                1\t办公经费\t某区财政局\t95.5\t优
                2\t会议经费\t某区财政局\t88\t良

                2024年度部门整体支出绩效自评表
                一级指标\t二级指标\t三级指标\t指标值\t分值\t得分
                部门管理\t预算编制\t目标制定\t完整\t10\t10

                2024年区级项目支出绩效评价指标体系
                一级指标\t二级指标\t三级指标\t指标解释\t分值\t评分标准
                项目决策\t项目立项\t立项依据充分性\t是否符合\t4\t符合得4分

                项目支出绩效自评表
                项目名称\t\t\t\t
                主管部门\t\t实施单位\t
                一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t扣分原因分析
                产出指标\t数量指标\t\t\t\t\t\t
                """;
        Recognised r = recognise(doc);
        assertTrue(r.forms().isEmpty(), () -> r.forms().toString());
        assertEquals(2, r.summaries().size());
        assertEquals("某区财政局", r.summaries().get(0).department());
        assertEquals(2024, r.summaries().get(0).fiscalYear());
        assertEquals(95.5, r.summaries().get(0).selfScore());
        assertEquals(List.of("department-wide evaluation", "evaluation-method table", "blank template"),
                r.setAside().stream().map(jixiao.model.SetAside::kind).toList());
    }

    @Test
    void narrativeAloneHasNoForms() {
        Recognised r = recognise("关于2024年度项目支出绩效自评工作的报告\n一、基本情况\n我局共有项目5个，自评得分均在90分以上。\n");
        assertTrue(r.forms().isEmpty());
        assertTrue(r.summaries().isEmpty());
    }

    @Test
    void aHeadingPrintedDownAMergedCellIsJoinedButLoneValuesAreNot() {
        String doc = """
                项目支出绩效自评表
                项目名称
                某项目
                一级指标
                二级指标
                三级指标
                年度指标值
                实际完成值
                产
                出
                指
                标
                （50分）
                数量指标
                培训人次
                是
                是
                """;
        List<Form> fs = forms(doc);
        assertEquals(1, fs.size());
        Indicator i = fs.get(0).indicators().get(0);
        assertEquals("产出指标", i.level1());
        assertEquals("培训人次", i.name());
        assertEquals("是", i.targetText()); // two one-character cells that spell no heading stay two cells
        assertEquals("是", i.actualText());
    }
}
