package jixiao.site.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jixiao.site.build.Fmt;
import jixiao.site.build.Page;
import jixiao.site.build.SiteWriter;
import jixiao.site.chart.BarChart;
import jixiao.site.model.Links;
import jixiao.site.model.Place;
import jixiao.site.model.SiteModel;
import jixiao.transform.GoldTables;
import jixiao.transform.reasons.ReasonCategory;

/** 扣分原因, one page per fiscal year ({@link YearScope}): the year's categories by region, the mix across years (like for like), points lost, the 据实支付 share, mined phrases and examples. */
public final class ReasonsPage implements PageSet {
    static final String YEARS_CHART = "charts/reasons-by-year";
    static final String BOILERPLATE_CHART = "charts/boilerplate-by-region";
    static final String BOILERPLATE = ReasonCategory.NO_EXPLANATION.name();
    static final int EXAMPLES = 3;
    static final int PHRASES = 30;

    @Override
    public void write(SiteModel model, SiteWriter out) {
        List<Map<String, Object>> rows = model.rows(GoldTables.DEDUCTION_REASONS);
        List<Map<String, Object>> total = rows.stream().filter(ExecutionPage::allRegions).toList();
        List<Map<String, Object>> regional = rows.stream().filter(r -> !ExecutionPage.allRegions(r)).toList();

        // years compared like for like: only the regions with reasons in every year shown
        List<RegionYear> regionYears = regionYears(regional, model);
        CommonYears common = CommonYears.of(regionYears);
        List<BarChart.Bar> byYear = new ArrayList<>();
        for (Integer year : common.years()) {
            List<RegionYear> in = regionYears.stream().filter(r -> year.equals(r.year()) && common.regions().contains(r.region())).toList();
            long n = in.stream().mapToLong(RegionYear::reasons).sum();
            if (n == 0) continue;
            ReasonCategory[] cats = ReasonCategory.values();
            for (int i = 0; i < cats.length; i++) {
                int k = i;
                double count = in.stream().mapToDouble(r -> r.counts().get(k)).sum();
                byYear.add(new BarChart.Bar(cats[i].label(), year + "年（n=" + n + "）", count / n));
            }
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        for (BarChart.Bar b : byYear) if (b.value() > 0) present.add(b.series());
        byYear.removeIf(b -> !present.contains(b.series())); // a category no year has is only noise in the legend
        byYear.sort(Comparator.comparing(BarChart.Bar::category));
        out.chart(YEARS_CHART, byYear, BarChart.WIDTH, BarChart.height(byYear, true) + 80,
                () -> BarChart.create("各年度扣分原因构成（同口径地区，条数占比）", "占扣分原因条数的比例", byYear, true, true));

        List<YearScope> scopes = YearScope.of(model.forms());
        for (YearScope scope : scopes) write(model, scope, scopes, total, regionYears, common, out);
    }

    /** One year's page: its categories, its regions' shares and examples; the by-year chart beside them. */
    private static void write(SiteModel model, YearScope scope, List<YearScope> scopes, List<Map<String, Object>> total,
                              List<RegionYear> allRegionYears, CommonYears common, SiteWriter out) {
        List<RegionYear> regionYears = allRegionYears.stream().filter(r -> java.util.Objects.equals(r.year(), scope.year())).toList();
        List<BarChart.Bar> boiler = regionYears.stream()
                .filter(r -> r.reasons() >= Fmt.MIN_FOR_SHARES) // a share of two reasons says little
                .map(r -> new BarChart.Bar("据实支付", r.region() + "（n=" + r.reasons() + "）", orZero(r.boilerplateShare()))).toList();
        String boilerChart = scope.chart(BOILERPLATE_CHART);
        String boilerTitle = scope.label() + "“据实支付”类原因占比（按地区）";
        out.chart(boilerChart, boiler, BarChart.WIDTH, BarChart.height(boiler, false),
                () -> BarChart.create(boilerTitle, "占该地区扣分原因条数的比例", boiler, false, true));

        List<Category> categories = categories(scope.rowsOf(total));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", scope);
        m.put("yearBar", scope.bar(scopes, Links.REASONS));
        m.put("yearsChart", YEARS_CHART);
        m.put("common", common);
        m.put("minShares", Fmt.MIN_FOR_SHARES);
        m.put("boilerplateChart", boilerChart);
        m.put("categories", categories);
        m.put("reasonsTotal", categories.stream().mapToLong(Category::reasons).sum());
        m.put("regionYears", regionYears);
        m.put("categoryLabels", java.util.Arrays.stream(ReasonCategory.values()).map(ReasonCategory::label).toList());
        m.put("phrases", model.rows(GoldTables.REASON_PHRASES).stream()
                .sorted(Comparator.comparing(r -> Rows.count(r, "rank"))).limit(PHRASES).toList());
        m.put("examples", examples(model, scope));
        out.page(new Page(scope.page(Links.REASONS), "reasons", m));
    }

    /** A category over every region and year. */
    public record Category(String id, String label, long reasons, long executionReasons, double pointsLost, Double share,
                           Double pointsShare) {
    }

    private static List<Category> categories(List<Map<String, Object>> total) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Double> points = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ReasonCategory c : ReasonCategory.values()) labels.put(c.name(), c.label());
        for (Map<String, Object> r : total) {
            String c = Rows.str(r, "category");
            long[] n = counts.computeIfAbsent(c, k -> new long[2]);
            n[0] += Rows.count(r, "reasons");
            n[1] += Rows.count(r, "execution_reasons");
            points.merge(c, orZero(Rows.num(r, "points_lost")), Double::sum);
        }
        long all = counts.values().stream().mapToLong(n -> n[0]).sum();
        double allPoints = points.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Category> out = new ArrayList<>();
        counts.forEach((c, n) -> out.add(new Category(c, labels.getOrDefault(c, c), n[0], n[1], points.get(c),
                all == 0 ? null : n[0] / (double) all, allPoints == 0 ? null : points.get(c) / allPoints)));
        out.sort(Comparator.comparingLong(Category::reasons).reversed());
        return out;
    }

    /** A region's reasons in a year: how many, the points lost, and the share that explains nothing. */
    public record RegionYear(String region, String url, Integer year, boolean latest, long reasons, double pointsLost,
                             Double boilerplateShare, Double noneShare, String topCategory, List<Double> shares,
                             List<Long> counts) {
    }

    /** The years with reasons and the regions with reasons in every one of them (like for like across years). */
    public record CommonYears(List<Integer> years, java.util.Set<String> regions, int allRegions) {
        static CommonYears of(List<RegionYear> rows) {
            java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
            Map<String, java.util.Set<Integer>> byRegion = new TreeMap<>();
            for (RegionYear r : rows) {
                if (r.year() == null || r.reasons() == 0) continue;
                years.add(r.year());
                byRegion.computeIfAbsent(r.region(), k -> new java.util.HashSet<>()).add(r.year());
            }
            java.util.Set<String> regions = new java.util.TreeSet<>();
            byRegion.forEach((region, ys) -> {
                if (ys.containsAll(years)) regions.add(region);
            });
            return new CommonYears(List.copyOf(years), regions, byRegion.size());
        }
    }

    private static List<RegionYear> regionYears(List<Map<String, Object>> rows, SiteModel model) {
        Map<String, List<Map<String, Object>>> groups = new TreeMap<>();
        for (Map<String, Object> r : rows) groups.computeIfAbsent(Place.of(r).path() + "|" + r.get("fiscal_year"), k -> new ArrayList<>()).add(r);
        Map<String, Integer> latestYear = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            Integer y = (Integer) r.get("fiscal_year");
            if (y != null) latestYear.merge(Place.of(r).path(), y, Math::max);
        }
        List<RegionYear> out = new ArrayList<>();
        for (List<Map<String, Object>> g : groups.values()) {
            Map<String, Object> first = g.get(0);
            Place place = Place.of(first);
            Integer year = (Integer) first.get("fiscal_year");
            long reasons = g.stream().mapToLong(r -> Rows.count(r, "reasons")).sum();
            double points = g.stream().mapToDouble(r -> orZero(Rows.num(r, "points_lost"))).sum();
            Map<String, Object> top = g.stream().max(Comparator.comparingLong(r -> Rows.count(r, "reasons"))).orElse(first);
            out.add(new RegionYear(place.path(), model.formsByPlace().containsKey(place) ? Links.region(place) : null, year,
                    year != null && year.equals(latestYear.get(place.path())), reasons, points,
                    share(g, BOILERPLATE, reasons), share(g, ReasonCategory.NONE.name(), reasons), Rows.str(top, "category_label"),
                    java.util.Arrays.stream(ReasonCategory.values()).map(c -> share(g, c.name(), reasons)).toList(),
                    java.util.Arrays.stream(ReasonCategory.values()).map(c -> count(g, c.name())).toList()));
        }
        return out;
    }

    private static Double share(List<Map<String, Object>> g, String category, long reasons) {
        return reasons == 0 ? null : count(g, category) / (double) reasons;
    }

    private static long count(List<Map<String, Object>> g, String category) {
        return g.stream().filter(r -> category.equals(r.get("category"))).mapToLong(r -> Rows.count(r, "reasons")).sum();
    }

    /** A reason as written, with its form. */
    public record Example(String category, String label, String reason, String indicator, String project, String url,
                          String region, Integer year, Double pointsLost) {
    }

    /** The first few reasons of each category, in the site's form order (region, department, year, project). */
    private static List<Example> examples(SiteModel model, YearScope scope) {
        Map<String, List<Example>> byCategory = new LinkedHashMap<>();
        for (ReasonCategory c : ReasonCategory.values()) byCategory.put(c.name(), new ArrayList<>());
        for (Map<String, Object> f : scope.rowsOf(model.forms())) {
            for (Map<String, Object> i : model.indicators(Rows.str(f, "form_id"))) {
                String c = Rows.str(i, "reason_category");
                String reason = Rows.str(i, "reason");
                if (c == null || reason == null || reason.isBlank()) continue;
                List<Example> list = byCategory.computeIfAbsent(c, k -> new ArrayList<>());
                if (list.size() >= EXAMPLES) continue;
                Double weight = Rows.num(i, "weight");
                Double score = Rows.num(i, "score");
                list.add(new Example(c, label(c), reason, Rows.str(i, "name"), Rows.str(f, "project_name"), Rows.str(f, "url"),
                        Rows.str(f, "region"), (Integer) f.get("fiscal_year"),
                        weight == null || score == null ? null : weight - score));
            }
        }
        return byCategory.values().stream().flatMap(List::stream).toList();
    }

    private static String label(String category) {
        try {
            return ReasonCategory.valueOf(category).label();
        } catch (IllegalArgumentException e) {
            return category;
        }
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }
}
