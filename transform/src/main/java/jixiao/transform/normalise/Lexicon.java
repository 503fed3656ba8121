package jixiao.transform.normalise;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words the analytics read forms by, in one place: indicator dimensions, which targets are
 * "lower is better", vague target words, department types. Extend here; nothing else lists words.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** Level-one headings (一级指标) to the standard set, first match wins; the printed text is kept beside it. */
    public static final List<Map.Entry<String, String>> LEVEL1 = List.of(
            Map.entry("满意", "满意度"), Map.entry("成本", "成本"), Map.entry("产出", "产出"), Map.entry("效益", "效益"),
            Map.entry("效果", "效益"));

    /** Level-two headings (二级指标) to the standard set, first match wins. */
    public static final List<Map.Entry<String, String>> LEVEL2 = List.of(
            Map.entry("满意", "满意度"), Map.entry("数量", "数量"), Map.entry("质量", "质量"), Map.entry("时效", "时效"),
            Map.entry("进度", "时效"), Map.entry("成本", "成本"), Map.entry("经济效益", "经济效益"),
            Map.entry("社会效益", "社会效益"), Map.entry("生态效益", "生态效益"), Map.entry("可持续", "可持续影响"));

    public static final String OTHER = "其他";

    /** The level-two dimensions an indicator set should cover (with 成本 and 满意度 at either level). */
    public static final List<String> ESSENTIAL_DIMENSIONS = List.of("数量", "质量", "时效", "成本", "效益", "满意度");

    /**
     * Names of targets where less is better, read as ≤ when no comparator is printed (a cost met by
     * spending less is met). A name with {@link #STANDARD_WORDS} is a fixed standard (=).
     */
    public static final Pattern LOWER_IS_BETTER = Pattern.compile(
            "成本|费用|经费|支出|单价|价格|造价|响应时间|等待时间|办理时[间限]|处置时[间限]|事故|投诉|差错|故障次数|发生率|发生次数|超支|结余率|损失");
    /** A name with one of these is "better when higher" even though it contains a {@link #LOWER_IS_BETTER} word. */
    public static final Pattern HIGHER_DESPITE = Pattern.compile("无故障|合格|准确|及时|满意|节约|覆盖|完成率|执行率");
    public static final Pattern STANDARD_WORDS = Pattern.compile("标准");

    /**
     * Vague target words (财预〔2015〕88号: targets must be 细化、量化、可衡量): a qualitative target made
     * only of these words is vague.
     */
    public static final List<String> VAGUE_WORDS = List.of("提升", "提高", "保障", "优良", "优秀", "优", "良好", "良",
            "有效", "明显", "显著", "改善", "逐步", "持续", "稳步", "加强", "增强", "长期", "较好", "较高", "促进", "推动",
            "完善", "优化", "得到", "进一步", "不断", "大幅", "积极", "及时", "达标", "健全");
    public static final Pattern VAGUE = Pattern.compile("^(?:" + String.join("|", VAGUE_WORDS) + ")+$");

    /**
     * Words that print a grade below a qualitative target's own word: 较及时 or 基本达标 against 及时 or 达标
     * is the target missed on the form's own scale (the 三档 wording of the qualitative scoring notes).
     */
    public static final List<String> WEAKER_GRADE_PREFIXES = List.of("比较", "较", "基本上", "基本", "部分", "尚未", "未", "不");

    /** Whether an actual is the target's word with a weakening prefix (较健全 for 健全). */
    public static boolean weakerGrade(String target, String actual) {
        if (target == null || actual == null) return false;
        String t = target.replaceAll("[\\s，,。.、；;]", "");
        String a = actual.replaceAll("[\\s，,。.、；;]", "");
        if (t.isEmpty()) return false;
        for (String p : WEAKER_GRADE_PREFIXES) if (a.equals(p + t)) return true;
        return false;
    }

    /** Indicator names that ask for a number, even in a dimension that allows words: rates and degrees. */
    public static final Pattern MEASURE_NAME = Pattern.compile("(?<!效)率$|满意度|人数|数量|个数|次数|面积|户数|人次");

    /** Calendar points and deadlines (as the extraction contract reads them): 2024年内, 12月31日前, 年底. */
    public static final Pattern DEADLINE = Pattern.compile(
            "(?:19|20)\\d{2}\\s*年|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|\\d{1,2}\\s*月(?:底|末|初|中旬|上旬|下旬|前)|年底|年内|年末|月底|季度|(?:内|前|之前|以前|以内)$");
    public static final Pattern TIME_UNIT = Pattern.compile("^(?:年|个月|月|天|日|小时|分钟|工作日|周|个工作日|季度)$");

    /**
     * Department types by the words of a department's printed name, first match wins. A name none of
     * these match is {@value #OTHER}.
     */
    public static final List<Map.Entry<Pattern, String>> DEPARTMENT_TYPES = List.of(
            Map.entry(Pattern.compile("^中共.*委员会办公室|委办公室$|党委办公室"), "党委办公室"),
            Map.entry(Pattern.compile("人民政府办公室|政府办公室|政府办$"), "政府办公室"),
            Map.entry(Pattern.compile("行政审批|政务服务"), "行政审批"),
            Map.entry(Pattern.compile("教育|教体局"), "教育"),
            Map.entry(Pattern.compile("卫生健康|卫健|卫生局"), "卫生健康"),
            Map.entry(Pattern.compile("农业农村|农业局|农牧|农林"), "农业农村"),
            Map.entry(Pattern.compile("民政"), "民政"),
            Map.entry(Pattern.compile("财政"), "财政"),
            Map.entry(Pattern.compile("交通运输|交通局"), "交通运输"),
            Map.entry(Pattern.compile("市场监督管理|市场监管"), "市场监管"),
            Map.entry(Pattern.compile("自然资源|国土资源"), "自然资源"),
            Map.entry(Pattern.compile("文化|旅游|广播电视|文广"), "文化旅游"),
            Map.entry(Pattern.compile("公安"), "公安"),
            Map.entry(Pattern.compile("司法"), "司法"),
            Map.entry(Pattern.compile("人力资源和社会保障|人社"), "人力资源社会保障"),
            Map.entry(Pattern.compile("住房和城乡建设|住建"), "住房城乡建设"),
            Map.entry(Pattern.compile("生态环境|环境保护"), "生态环境"),
            Map.entry(Pattern.compile("水利|水务"), "水利"),
            Map.entry(Pattern.compile("应急管理"), "应急管理"),
            Map.entry(Pattern.compile("医疗保障|医保"), "医疗保障"),
            Map.entry(Pattern.compile("退役军人"), "退役军人事务"),
            Map.entry(Pattern.compile("林业|林草"), "林业"),
            Map.entry(Pattern.compile("审计"), "审计"),
            Map.entry(Pattern.compile("统计"), "统计"),
            Map.entry(Pattern.compile("商务|经济和信息化|经信|工业和信息化|发展和改革|发改"), "经济发展"),
            Map.entry(Pattern.compile("科学技术|科技"), "科技"),
            Map.entry(Pattern.compile("体育"), "体育"));

    /** Printed placeholders that mean "no reason given". */
    public static final Pattern NOTHING = Pattern.compile("^(?:无|暂无|没有|/|／|-|—|——|\\\\|空|不适用)?[。.]?$");
}
