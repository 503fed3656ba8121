package jixiao.transform.reasons;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of each reason category, in one place. A reason is put in the category whose word
 * appears first in it (the cause comes before "下一步…" improvements); ties go to the earlier entry.
 */
public final class ReasonLexicon {
    private ReasonLexicon() {
    }

    /**
     * Boilerplate: a reason that, with punctuation and filler removed, is only one of these says
     * nothing about why points were lost (据实支付 and its kin).
     */
    public static final Pattern BOILERPLATE = Pattern.compile(
            "^(?:根据|按照|按)?(?:据实|按实|实际|如实|按实际|据实际)(?:发生)?(?:支付|结算|列支|拨付|报销|支出|开支)(?:完毕|完成)?(?:资金)?$"
                    + "|^(?:按合同|按进度|按需)(?:支付|结算)$|^(?:资金)?(?:结余|节余|节约)$|^(?:正常)?(?:支付|结算)$");
    /** Filler removed before the boilerplate test. */
    public static final Pattern FILLER = Pattern.compile("[\\s，,。.、；;：:！!（）()“”\"'‘’]|项目|资金|费用|经费");

    /**
     * Words that say why money was not spent as budgeted (资金紧张, 未支付, 结转…): a reason for low
     * execution, wherever on the form it is written.
     */
    public static final Pattern EXECUTION_WORDS = Pattern.compile(
            "资金紧张|未到位|未拨付|拨付|未支付|未能支付|尚未支付|暂未支付|支付|结转|结余|节约|未使用|未执行|执行率|资金使用|采购");

    public static final List<Map.Entry<ReasonCategory, List<String>>> KEYWORDS = List.of(
            Map.entry(ReasonCategory.FUNDS_SHORT, List.of("资金紧张", "财政资金紧张", "资金不足", "资金短缺", "财力紧张",
                    "财力不足", "库款")),
            Map.entry(ReasonCategory.FUNDS_LATE, List.of("未到位", "未及时到位", "拨付滞后", "拨付不及时", "未拨付",
                    "未下达", "下达较晚", "资金到位晚", "未能支付", "未进行资金支付", "尚未支付", "暂未支付")),
            Map.entry(ReasonCategory.FEWER_BENEFICIARIES, List.of("动态管理", "受益人数减少", "服务对象数量减少", "服务对象减少",
                    "申请人数减少", "对象减少", "人数减少", "符合条件的人员减少", "享受人数")),
            Map.entry(ReasonCategory.DEMAND_ABOVE_CAPACITY, List.of("业务量较为集中", "业务量集中", "业务量较多", "业务量大",
                    "供不应求", "需求增加", "需求量大", "超出预期", "办件量增加")),
            Map.entry(ReasonCategory.EVENT_NOT_HAPPENED, List.of("未发生", "未举办", "未召开", "取消", "停办", "未开展")),
            Map.entry(ReasonCategory.PROCUREMENT_SAVINGS, List.of("政府采购", "采购节约", "比选", "招标", "竞价", "中标价",
                    "节约了", "节约资金", "节省", "低于预算价", "询价")),
            Map.entry(ReasonCategory.STAFFING, List.of("人员调整", "人员变动", "人员离职", "离职", "退休", "调离", "人员减少",
                    "在岗人数", "人事变动", "编制")),
            Map.entry(ReasonCategory.DEMAND_LOWER, List.of("实际需求", "需求减少", "需求低于", "低于预期", "申报数量少",
                    "业务量减少", "自费")),
            Map.entry(ReasonCategory.TARGET_SET_BADLY, List.of("指标设置", "设置偏高", "目标设置", "目标编制", "指标值设定",
                    "预估不足", "测算不准", "测算偏差", "设置指标", "设定不合理", "指标偏高", "设置偏低", "指标值偏低",
                    "目标偏低", "设定偏低", "目标值偏低", "贴合实际", "超额完成")),
            Map.entry(ReasonCategory.EXTERNAL, List.of("天气", "疫情", "自然灾害", "洪水", "地震", "政策调整", "政策变化",
                    "上级", "不可抗力", "市场价格")),
            Map.entry(ReasonCategory.DELAY_CROSS_YEAR, List.of("跨年", "延期", "推迟", "延后", "尚未完工", "未完工", "工期",
                    "次年", "进度滞后", "进度较慢", "未验收", "尚未验收", "结转", "拖延", "进度影响")));

    /** Words of what will be done (下一步, 今后, 将加强): a reason made only of these gives no cause. */
    public static final Pattern MEASURES = Pattern.compile("^(?:下一步|今后|以后|后续|将|要|继续|进一步|加强|加大|严格|积极|确保|提高|做好)");
}
