package jixiao.site.page;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** One year's headline figures for a set of forms: what the overview and the briefings compare year on year. */
public record YearMetrics(Integer year, long forms, Double meanRate, Double belowNinety, Double meanSelf,
                          Double meanGap, Double meanQuality, Double findingsPerForm, Double errorsPerForm,
                          long rated, Double moneyRate, long gapped) {

    public static final double LOW_RATE = 0.9;

    static YearMetrics of(Integer year, Collection<Map<String, Object>> forms) {
        long rated = forms.stream().filter(f -> Rows.num(f, "execution_rate") != null).count();
        long below = Rows.countWhere(forms, f -> {
            Double r = Rows.num(f, "execution_rate");
            return r != null && r < LOW_RATE;
        });
        double n = forms.size();
        // money-weighted: all executed over all budgets, of the forms that print both (units in doubt set aside)
        MoneyTotals money = MoneyTotals.of(forms);
        long gapped = forms.stream().filter(f -> Rows.num(f, "gap") != null).count();
        return new YearMetrics(year, forms.size(), Rows.mean(forms, "execution_rate"),
                rated == 0 ? null : below / (double) rated, Rows.mean(forms, "self_score"), Rows.mean(forms, "gap"),
                Rows.mean(forms, "quality_index"), n == 0 ? null : Rows.sum(forms, "findings_total") / n,
                n == 0 ? null : Rows.sum(forms, "errors") / n, rated, money.rate(), gapped);
    }

    /** Every known year of the forms, oldest first. */
    static List<YearMetrics> byYear(Collection<Map<String, Object>> forms) {
        Map<Object, List<Map<String, Object>>> groups = Rows.groupBy(forms, f -> f.get("fiscal_year"));
        return Rows.years(forms).stream().map(y -> of(y, groups.get(y))).toList();
    }

    /** A metric's change from the year before (null when either is unknown). */
    public static Double change(Double now, Double before) {
        return now == null || before == null ? null : now - before;
    }
}
