package jixiao.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.load.GoldTable;
import jixiao.site.model.Links;
import jixiao.site.model.SiteModel;
import jixiao.transform.GoldTables;
import jixiao.transform.check.Thresholds;
import jixiao.transform.reasons.ReasonCategory;
import jixiao.transform.reasons.ReasonLexicon;

/** 方法说明: every rule with its formula and clause, how scores and the quality index are made, the data and its versions. */
public final class MethodPage implements PageSet {
    @Override
    public void write(SiteModel model, SiteWriter out) {
        Map<String, Object> m = new LinkedHashMap<>();
        // the message as a reader sees it in general: its {placeholders} shown as "…", not as code
        m.put("rules", model.rows(GoldTables.RULE_CATALOGUE).stream()
                .sorted(Comparator.comparing(r -> Rows.count(r, "rule_order")))
                .map(r -> {
                    Map<String, Object> x = new LinkedHashMap<>(r);
                    x.put("message", RuleCounts.plain(Rows.str(r, "message_template")));
                    return x;
                }).toList());
        m.put("parts", QualityPage.PARTS);
        m.put("thresholds", thresholds());
        m.put("categories", categories());
        m.put("tables", model.lake().all().stream().map(MethodPage::source).toList());
        m.put("glossary", Glossary.terms());
        out.page(new Page(Links.METHOD, "method", m));
    }

    /** A number the rules compare against, and what it is for. */
    public record Threshold(String name, String value, String use) {
    }

    private static List<Threshold> thresholds() {
        return List.of(
                new Threshold("执行率容差", "0.5 个百分点（" + Thresholds.RATE_TOLERANCE + "）", "填报执行率与执行数 ÷ 预算数之差超过此值视为不符"),
                new Threshold("分值容差", Thresholds.SCORE_TOLERANCE + " 分", "得分、分值、合计之差超过此值视为不符"),
                new Threshold("金额容差", Thresholds.AMOUNT_TOLERANCE_WAN + " 万元", "元与万元换算的舍入"),
                new Threshold("分值合计", Thresholds.TOTAL_WEIGHT + " 分", "预算执行率与各指标分值之和"),
                new Threshold("预算调整幅度", Math.round(Thresholds.BUDGET_ADJUSTMENT * 100) + "%", "全年预算数与年初预算数相差超过此比例"),
                new Threshold("调减至支出的实质幅度", Math.round(Thresholds.MATERIAL_CUT * 100) + "%", "支出低于年初预算至少此比例才算“调减至支出”"),
                new Threshold("需说明原因的执行率", "按本表填表说明", "模板印有“预算执行率未达到90%的需说明原因”之类说明的，按所印比例核对；未印的模板不核对此项"),
                new Threshold("远超指标值", Thresholds.FAR_BEYOND_TARGET + " 倍", "实际值达指标值此倍数以上、且扣分原因针对指标设置的，不算“已达成却扣分”"),
                new Threshold("可复核的最低分值占比", Math.round(Thresholds.MIN_VERIFIED_WEIGHT_SHARE * 100) + "%",
                        "能判定达成情况的指标分值不足指标总分值的此比例时，不给复核得分（显示“无法复核”），也不参加得分差排名"),
                new Threshold("照搬判断的最少指标数", Thresholds.MIN_INDICATORS_FOR_COPY + " 个", "指标少于此数时不判断“实际值照抄目标值”"));
    }

    /** A reason category and the words that put a reason in it. */
    public record CategoryWords(String label, String words) {
    }

    private static List<CategoryWords> categories() {
        List<CategoryWords> out = new ArrayList<>();
        out.add(new CategoryWords(ReasonCategory.NO_EXPLANATION.label(), "正则：" + ReasonLexicon.BOILERPLATE.pattern()));
        for (Map.Entry<ReasonCategory, List<String>> e : ReasonLexicon.KEYWORDS) {
            out.add(new CategoryWords(e.getKey().label(), String.join("、", e.getValue())));
        }
        out.add(new CategoryWords(ReasonCategory.NONE.label(), "扣了分但原因栏为空或只有“无”等"));
        out.add(new CategoryWords(ReasonCategory.OTHER.label(), "以上都不匹配"));
        return out;
    }

    /** A lake table the site was built from. */
    public record Source(String table, String description, long version, String committed, long rows) {
    }

    private static Source source(GoldTable t) {
        return new Source(t.name(), TableDescriptions.of(t.name()), t.version(), t.committed(), t.rows().size());
    }
}
