package jixiao.data.generate;

import static jixiao.data.generate.IndicatorTemplate.cost;
import static jixiao.data.generate.IndicatorTemplate.count;
import static jixiao.data.generate.IndicatorTemplate.deadline;
import static jixiao.data.generate.IndicatorTemplate.duration;
import static jixiao.data.generate.IndicatorTemplate.percent;
import static jixiao.data.generate.IndicatorTemplate.word;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What generated forms are made of, after published forms: department kinds with their names as
 * printed, project kinds with indicator libraries (the mix of 产出/效益/满意度/成本 and
 * 数量/质量/时效), deduction reasons and the words of vague targets. The one place to extend.
 */
final class Catalogue {
    private Catalogue() {
    }

    static final List<DepartmentKind> DEPARTMENTS = List.of(
            new DepartmentKind("行政审批", "{place}行政审批局", List.of("HALL", "IT", "PRINTING", "PROPERTY")),
            new DepartmentKind("教育", "{place}教育局", List.of("SUBSIDY_STUDENT", "PROCUREMENT", "IT")),
            new DepartmentKind("卫生健康", "{place}卫生健康局", List.of("PROCUREMENT", "SUBSIDY_MEDICAL", "VEHICLE")),
            new DepartmentKind("农业农村", "{place}农业农村局", List.of("VILLAGE", "SUBSIDY_FARMLAND", "VEHICLE")),
            new DepartmentKind("民政", "{place}民政局", List.of("SUBSIDY_RELIEF", "PROPERTY", "IT")),
            new DepartmentKind("财政", "{place}财政局", List.of("IT", "PRINTING", "VEHICLE")),
            new DepartmentKind("党委办公室", "中共{county}委员会办公室", List.of("HALL", "VEHICLE", "PRINTING", "VILLAGE")),
            new DepartmentKind("政府办公室", "{place}人民政府办公室", List.of("HALL", "IT", "VEHICLE", "PROPERTY")),
            new DepartmentKind("交通运输", "{place}交通运输局", List.of("VEHICLE", "PROCUREMENT", "VILLAGE")),
            new DepartmentKind("市场监管", "{place}市场监督管理局", List.of("PRINTING", "VEHICLE", "IT")),
            new DepartmentKind("自然资源", "{place}自然资源局", List.of("IT", "PROCUREMENT", "VILLAGE")),
            new DepartmentKind("文化旅游", "{place}文化广播电视和旅游局", List.of("PROCUREMENT", "PROPERTY", "PRINTING")));

    static final Map<String, ProjectKind> PROJECTS = List.of(
            new ProjectKind("HALL", List.of("政务服务大厅运行经费", "办事大厅运转运行费", "政务服务中心运行保障经费"), 30, List.of(
                    count("数量指标", "保障大厅正常运行个数", null, 1, 3, "个"),
                    count("数量指标", "受理办件数量", ">=", 5000, 60000, "件"),
                    percent("产出指标", "质量指标", "系统、设备无故障率", ">=", 95, 99),
                    word("产出指标", "质量指标", "保障审批大厅运行", "优"),
                    deadline("项目完成时效"),
                    cost("项目完成成本", "<=", 1, 1, "万元"),
                    word("效益指标", "社会效益指标", "为群众提供便捷政务服务环境", "优"),
                    word("效益指标", "可持续影响指标", "不断优化政务服务营商环境", "长期"),
                    percent("满意度指标", "服务对象满意度指标", "办事群众满意度", ">=", 90, 99))),
            new ProjectKind("IT", List.of("互联网应用及维护费", "网络及信息系统运维费", "电子政务外网租赁费"), 12, List.of(
                    count("数量指标", "维护信息系统个数", ">=", 1, 12, "个"),
                    count("数量指标", "维护网络设备数量", ">=", 20, 300, "台"),
                    percent("产出指标", "质量指标", "系统正常运行率", ">=", 95, 99.5),
                    duration("产出指标", "时效指标", "故障响应时间", "<=", 1, 4, "小时"),
                    cost("年度运维成本", "<=", 1, 1, "万元"),
                    word("效益指标", "社会效益指标", "提高办事效率", "提升"),
                    percent("满意度指标", "服务对象满意度指标", "使用人员满意度", ">=", 90, 98))),
            new ProjectKind("PRINTING", List.of("证照印制费用", "新办企业刻制印章费用", "资料印刷费"), 20, List.of(
                    count("数量指标", "印制证照数量", ">=", 1000, 50000, "张"),
                    percent("产出指标", "质量指标", "印刷合格率", "=", 100, 100),
                    percent("产出指标", "时效指标", "证照印刷及时率", ">=", 95, 99),
                    cost("单套印章刻制成本", "=", 150, 300, "元/套"),
                    percent("效益指标", "社会效益指标", "企业承担费用占比", "=", 0, 0),
                    percent("满意度指标", "服务对象满意度指标", "办事企业满意度", ">=", 95, 99))),
            new ProjectKind("PROPERTY", List.of("物业管理费", "办公楼物业服务费", "政务大楼安保保洁服务费"), 40, List.of(
                    count("数量指标", "物业服务面积", "=", 2000, 30000, "平方米"),
                    count("数量指标", "安保保洁人员数量", "=", 5, 30, "名"),
                    percent("产出指标", "质量指标", "保洁达标率", ">=", 95, 99),
                    duration("产出指标", "时效指标", "服务期限", "=", 1, 1, "年"),
                    cost("每月物业服务费", "<=", 0.05, 0.1, "万元/月"),
                    word("效益指标", "社会效益指标", "保证办公区域正常运转", "保障"),
                    percent("满意度指标", "服务对象满意度指标", "办公人员满意度", ">=", 90, 98))),
            new ProjectKind("SUBSIDY_STUDENT", List.of("学生资助补助资金", "义务教育阶段营养改善计划资金", "困难学生生活补助"), 80, List.of(
                    count("数量指标", "资助学生人数", ">=", 200, 8000, "人"),
                    percent("产出指标", "质量指标", "资助对象识别准确率", "=", 100, 100),
                    percent("产出指标", "时效指标", "资助资金发放及时率", ">=", 95, 100),
                    cost("生均资助标准", "=", 500, 3000, "元/人"),
                    word("效益指标", "社会效益指标", "困难学生就学保障", "有效保障"),
                    percent("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", ">=", 90, 98))),
            new ProjectKind("SUBSIDY_MEDICAL", List.of("城乡居民医疗救助资金", "基本公共卫生服务项目资金", "家庭医生签约服务经费"), 150, List.of(
                    count("数量指标", "救助人次", ">=", 500, 20000, "人次"),
                    percent("产出指标", "质量指标", "救助资金发放准确率", "=", 100, 100),
                    deadline("救助资金发放时间"),
                    cost("人均救助标准", "<=", 300, 5000, "元/人"),
                    percent("效益指标", "社会效益指标", "困难群众就医负担减轻比例", ">=", 10, 30),
                    percent("满意度指标", "服务对象满意度指标", "救助对象满意度", ">=", 90, 98))),
            new ProjectKind("SUBSIDY_RELIEF", List.of("城乡低保资金", "特困人员救助供养资金", "临时救助资金"), 300, List.of(
                    count("数量指标", "保障对象人数", ">=", 300, 20000, "人"),
                    percent("产出指标", "质量指标", "补助发放准确率", "=", 100, 100),
                    percent("产出指标", "时效指标", "补助资金按月发放率", ">=", 95, 100),
                    cost("月人均补助标准", "=", 300, 900, "元/人"),
                    percent("效益指标", "社会效益指标", "困难群众基本生活保障率", "=", 100, 100),
                    percent("满意度指标", "服务对象满意度指标", "保障对象满意度", ">=", 90, 98))),
            new ProjectKind("SUBSIDY_FARMLAND", List.of("耕地地力保护补贴", "农机购置补贴", "种粮农民一次性补贴"), 200, List.of(
                    count("数量指标", "补贴面积", ">=", 5000, 200000, "亩"),
                    count("数量指标", "补贴农户数", ">=", 1000, 50000, "户"),
                    percent("产出指标", "质量指标", "补贴资金兑付准确率", "=", 100, 100),
                    deadline("补贴资金兑付时间"),
                    cost("亩均补贴标准", "=", 50, 150, "元/亩"),
                    word("效益指标", "经济效益指标", "农民种粮积极性", "提升"),
                    percent("满意度指标", "服务对象满意度指标", "补贴对象满意度", ">=", 90, 98))),
            new ProjectKind("PROCUREMENT", List.of("办公设备购置经费", "教学设备采购项目", "医疗设备采购项目"), 60, List.of(
                    count("数量指标", "采购设备数量", ">=", 10, 200, "台/套"),
                    percent("产出指标", "质量指标", "设备验收合格率", "=", 100, 100),
                    deadline("采购完成时间"),
                    cost("设备采购成本", "<=", 1, 1, "万元"),
                    word("效益指标", "社会效益指标", "办公条件改善", "有效改善"),
                    duration("效益指标", "可持续影响指标", "设备使用年限", ">=", 5, 8, "年"),
                    percent("满意度指标", "服务对象满意度指标", "使用人员满意度", ">=", 90, 98))),
            new ProjectKind("VEHICLE", List.of("公务用车运行维护费", "执法执勤车辆运行费", "应急保障车辆运行经费"), 15, List.of(
                    count("数量指标", "保障车辆数量", "=", 2, 20, "辆"),
                    percent("产出指标", "质量指标", "车辆完好率", ">=", 95, 99),
                    count("质量指标", "安全事故发生次数", "<=", 0, 0, "次"),
                    percent("产出指标", "时效指标", "出车及时率", ">=", 95, 99),
                    cost("单车年均运行成本", "<=", 1, 3, "万元/辆"),
                    word("效益指标", "社会效益指标", "保障公务出行", "保障"),
                    percent("满意度指标", "服务对象满意度指标", "干部职工满意度", ">=", 90, 98))),
            new ProjectKind("VILLAGE", List.of("干部驻村补贴", "乡村振兴驻村工作经费", "定点帮扶村建设资金"), 8, List.of(
                    count("数量指标", "帮扶村个数", null, 1, 5, "个"),
                    count("数量指标", "驻村队员人数", null, 1, 10, "人"),
                    percent("产出指标", "质量指标", "出勤率", ">=", 95, 98),
                    percent("产出指标", "质量指标", "补贴发放率", "=", 100, 100),
                    deadline("项目完成时效"),
                    cost("项目完成成本", "<=", 1, 1, "万元"),
                    percent("效益指标", "社会效益指标", "巩固脱贫成果", "=", 100, 100),
                    word("效益指标", "可持续影响指标", "稳定村民经济收入", "长期"),
                    percent("满意度指标", "满意度指标", "联系村村民认可度", ">=", 90, 98))))
            .stream().collect(Collectors.toMap(ProjectKind::id, Function.identity()));

    /**
     * 投入目标 rows of the Suzhou form (real 038): how the money was managed, each a named indicator with
     * a target and points. Printed without a level-two heading.
     */
    static final List<IndicatorTemplate> INPUT_GOALS = List.of(
            word("投入目标", "投入管理", "资金使用合规性", "合规"),
            word("投入目标", "投入管理", "财务制度健全性", "健全"),
            percent("投入目标", "投入管理", "配套资金到位率", "=", 100, 100),
            word("投入目标", "投入管理", "资产产权明确性", "资产明确"),
            word("投入目标", "投入管理", "招标过程规范性", "规范"));

    /** Words of vague targets (VAGUE_INDICATORS). */
    static final List<String> VAGUE_WORDS = List.of("提升", "保障", "优", "有效", "明显改善", "逐步提高");

    /** Boilerplate given as the reason for lost points (BOILERPLATE_REASON); "" is an empty cell. */
    static final List<String> BOILERPLATE = List.of("据实支付", "据实支付", "据实结算", "");

    /** Reasons a careful department gives, by the taxonomy the analytics classify into. */
    static final List<String> REASONS = List.of(
            "资金拨付滞后，部分款项年底前未能支付，下一步将加快支付进度。",
            "财政资金未及时到位，项目已开展但未进行资金支付。",
            "通过政府采购比选，节约了采购资金。",
            "因人员调整，实际在岗人数减少。",
            "实际需求低于年初预期，服务对象数量减少。",
            "年初指标设置偏高，下一步将严格绩效目标编制。",
            "受天气影响，部分工作延后实施。",
            "项目跨年度实施，部分工程尚未完工，将于次年完成结算。");
}
