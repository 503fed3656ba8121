package jixiao.site.page;

import java.util.List;

import jixiao.site.build.Fmt;

/** A line of "与上年相比": a measure, its value last year and this year, and the change, printed. */
public record YearComparison(String measure, String before, String now, String change) {

    static List<YearComparison> of(YearMetrics now, YearMetrics before) {
        Fmt f = Fmt.INSTANCE;
        return List.of(
                new YearComparison("自评表数", f.count(before.forms()), f.count(now.forms()), f.signed((double) now.forms() - before.forms(), 0)),
                points("平均预算执行率（每表平均，n=" + before.rated() + "/" + now.rated() + "）", before.meanRate(), now.meanRate()),
                points("预算执行率（按金额：执行数合计÷预算数合计）", before.moneyRate(), now.moneyRate()),
                share("执行率低于90%的占比", before.belowNinety(), before.rated(), now.belowNinety(), now.rated()),
                plain("平均自评得分", before.meanSelf(), now.meanSelf(), 1),
                plain("自评高于复核的平均分数（可复核的表，n=" + before.gapped() + "/" + now.gapped() + "）", before.meanGap(), now.meanGap(), 1),
                plain("平均指标质量指数", before.meanQuality(), now.meanQuality(), 1),
                plain("每表问题数", before.findingsPerForm(), now.findingsPerForm(), 2),
                plain("每表错误数", before.errorsPerForm(), now.errorsPerForm(), 2));
    }

    private static YearComparison points(String measure, Double before, Double now) {
        Double change = YearMetrics.change(now, before);
        Fmt f = Fmt.INSTANCE;
        return new YearComparison(measure, f.pct(before), f.pct(now),
                change == null ? Fmt.UNKNOWN : f.signed(change * 100, 1) + " 个百分点");
    }

    /** A share with its n each year; below {@link Fmt#MIN_FOR_SHARES} cases a count, and no change is computed. */
    private static YearComparison share(String measure, Double before, long nBefore, Double now, long nNow) {
        Fmt f = Fmt.INSTANCE;
        boolean enough = nBefore >= Fmt.MIN_FOR_SHARES && nNow >= Fmt.MIN_FOR_SHARES;
        Double change = enough ? YearMetrics.change(now, before) : null;
        return new YearComparison(measure, f.share(before, nBefore), f.share(now, nNow),
                change == null ? Fmt.UNKNOWN : f.signed(change * 100, 1) + " 个百分点");
    }

    private static YearComparison plain(String measure, Double before, Double now, int digits) {
        Fmt f = Fmt.INSTANCE;
        return new YearComparison(measure, f.fixed(before, digits), f.fixed(now, digits),
                f.signed(YearMetrics.change(now, before), digits));
    }
}
