package jixiao.site.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jixiao.site.model.Links;
import jixiao.site.model.Place;
import jixiao.site.model.SiteModel;
import jixiao.transform.GoldTables;
import jixiao.transform.reasons.ReasonCategory;

/**
 * The compare page's data, {@code assets/compare-data.js}: every region's measures per fiscal year, the ones its
 * region page shows, as one short array per region and year in the order of {@link #FIELDS} (file:// allows no
 * fetch, so it is a script).
 *
 * <pre>
 * window.JIXIAO_COMPARE = {
 *   "v": 1,
 *   "fields": [name, …],                   // FIELDS: what each position of a year's array holds
 *   "rules": [[rule id, Chinese title], …], // rules that fired anywhere, most frequent first
 *   "reasons": [category label, …],        // ReasonCategory order
 *   "regions": {id: [path, page url, {year: [value per field], …}], …}  // year "unknown" for forms without one
 * };
 * </pre>
 * A year's {@code rules} value is {rule index: findings}, {@code reasons} a count per category; means are of the
 * forms that have the value, each with its n beside it.
 */
public final class CompareData {
    public static final String PATH = "assets/compare-data.js";
    public static final String GLOBAL = "JIXIAO_COMPARE";
    /** Every measure of a region-year, in array order; the script looks them up by name. */
    public static final List<String> FIELDS = List.of("forms", "departments", "rated", "mean_rate", "money_n", "money_rate",
            "below90", "self_n", "mean_self", "recomputed_n", "mean_recomputed", "gap_n", "mean_gap", "quality_n",
            "mean_quality", "findings", "errors", "rules", "reasons");

    private CompareData() {
    }

    /** A region as the pickers list it: its page id and its full name. */
    public record Choice(String id, String label) {
    }

    static List<Choice> choices(SiteModel model) {
        return model.formsByPlace().keySet().stream().map(p -> new Choice(p.id(), p.path())).toList();
    }

    /** The data as a JavaScript value (maps, lists, numbers): {@link #script} writes it. */
    static Map<String, Object> of(SiteModel model) {
        List<RuleCounts> fired = RuleCounts.of(model);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<List<String>> rules = new ArrayList<>();
        for (RuleCounts r : fired) {
            ruleIndex.put(r.ruleId(), rules.size());
            rules.add(List.of(r.ruleId(), r.title()));
        }
        Map<String, Map<String, Long>> findingsByRule = new TreeMap<>(); // region url|year → rule → findings
        for (Map<String, Object> f : model.findings()) {
            if (f.get("region_url") == null) continue;
            findingsByRule.computeIfAbsent(f.get("region_url") + "|" + yearKey(f.get("fiscal_year")), k -> new TreeMap<>())
                    .merge(Rows.str(f, "rule_id"), 1L, Long::sum);
        }
        Map<String, long[]> reasons = reasonCounts(model);

        Map<String, Object> regions = new LinkedHashMap<>();
        model.formsByPlace().forEach((place, forms) -> {
            Map<String, Object> years = new LinkedHashMap<>();
            Rows.groupBy(forms, f -> yearKey(f.get("fiscal_year"))).forEach((year, inYear) -> {
                Map<String, Long> byRule = findingsByRule.getOrDefault(Links.region(place) + "|" + year, Map.of());
                Map<String, Long> rulesOut = new LinkedHashMap<>();
                byRule.forEach((rule, n) -> {
                    if (ruleIndex.containsKey(rule)) rulesOut.put(String.valueOf(ruleIndex.get(rule)), n);
                });
                long[] mix = reasons.getOrDefault(place.path() + "|" + year, new long[ReasonCategory.values().length]);
                years.put(year, measures(inYear, rulesOut, mix));
            });
            regions.put(place.id(), List.of(place.path(), Links.region(place), years));
        });

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("v", 1);
        out.put("fields", FIELDS);
        out.put("rules", rules);
        out.put("reasons", java.util.Arrays.stream(ReasonCategory.values()).map(ReasonCategory::label).toList());
        out.put("regions", regions);
        return out;
    }

    /** One region-year's values, in {@link #FIELDS} order (what the region page's by-year table shows, and more). */
    static List<Object> measures(List<Map<String, Object>> forms, Map<String, Long> rules, long[] reasons) {
        YearMetrics y = YearMetrics.of(null, forms);
        long below = Math.round(y.belowNinety() == null ? 0 : y.belowNinety() * y.rated());
        long money = MoneyTotals.of(forms).forms();
        List<Object> v = new ArrayList<>();
        v.add(forms.size());
        v.add(forms.stream().map(f -> f.get("department_url")).distinct().count());
        v.add(y.rated());
        v.add(round(y.meanRate()));
        v.add(money);
        v.add(round(y.moneyRate()));
        v.add(below);
        v.add(withValue(forms, "self_score"));
        v.add(round(y.meanSelf()));
        v.add(withValue(forms, "recomputed_score"));
        v.add(round(Rows.mean(forms, "recomputed_score")));
        v.add(y.gapped());
        v.add(round(y.meanGap()));
        v.add(withValue(forms, "quality_index"));
        v.add(round(y.meanQuality()));
        v.add(Math.round(Rows.sum(forms, "findings_total")));
        v.add(Math.round(Rows.sum(forms, "errors")));
        v.add(rules);
        v.add(java.util.Arrays.stream(reasons).boxed().toList());
        return v;
    }

    /** Reasons per region-year and category (gold/deduction_reasons' region rows), by region path and year key. */
    private static Map<String, long[]> reasonCounts(SiteModel model) {
        Map<String, long[]> out = new LinkedHashMap<>();
        List<String> names = java.util.Arrays.stream(ReasonCategory.values()).map(ReasonCategory::name).toList();
        for (Map<String, Object> r : model.rows(GoldTables.DEDUCTION_REASONS)) {
            if (ExecutionPage.allRegions(r)) continue;
            int i = names.indexOf(Rows.str(r, "category"));
            if (i < 0) continue;
            out.computeIfAbsent(Place.of(r).path() + "|" + yearKey(r.get("fiscal_year")), k -> new long[names.size()])[i]
                    += Rows.count(r, "reasons");
        }
        return out;
    }

    private static long withValue(List<Map<String, Object>> forms, String column) {
        return forms.stream().filter(f -> Rows.num(f, column) != null).count();
    }

    static String yearKey(Object year) {
        return year == null ? "unknown" : year.toString();
    }

    /** Four decimals: enough for a percentage to one decimal and a score to two, and a smaller file. */
    private static Double round(Double d) {
        return d == null ? null : Math.round(d * 10_000) / 10_000.0;
    }
}
