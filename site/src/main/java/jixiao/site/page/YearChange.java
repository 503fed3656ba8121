package jixiao.site.page;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * 与上年相比, like for like: the latest year against the one before, over only the units (regions of the
 * overview, departments of a region) with forms in both years, and the full set beside it with how many
 * units entered or left. Without units (a department against itself) the two are the same.
 */
public record YearChange(YearMetrics latest, YearMetrics previous, String unit, int same, int onlyLatest,
                         int onlyPrevious, List<YearComparison> common, List<YearComparison> all) {

    /** The change between the last two years of {@code years}, or null with fewer than two. */
    static YearChange of(Collection<Map<String, Object>> forms, List<YearMetrics> years, String unitColumn, String unit) {
        if (years.size() < 2 || years.get(years.size() - 1).year() == null) return null;
        YearMetrics latest = years.get(years.size() - 1);
        YearMetrics previous = years.get(years.size() - 2);
        List<YearComparison> all = YearComparison.of(latest, previous);
        if (unitColumn == null) return new YearChange(latest, previous, unit, 1, 0, 0, all, all);
        Set<Object> now = unitsIn(forms, latest.year(), unitColumn);
        Set<Object> before = unitsIn(forms, previous.year(), unitColumn);
        Set<Object> both = new HashSet<>(now);
        both.retainAll(before);
        List<YearComparison> common = both.isEmpty() ? List.of()
                : YearComparison.of(YearMetrics.of(latest.year(), inUnits(forms, latest.year(), unitColumn, both)),
                        YearMetrics.of(previous.year(), inUnits(forms, previous.year(), unitColumn, both)));
        return new YearChange(latest, previous, unit, both.size(), now.size() - both.size(), before.size() - both.size(), common, all);
    }

    /** Whether the two years cover different units, so the full-set figures are not like for like. */
    public boolean unitsDiffer() {
        return onlyLatest + onlyPrevious > 0;
    }

    private static Set<Object> unitsIn(Collection<Map<String, Object>> forms, Integer year, String column) {
        Set<Object> out = new HashSet<>();
        for (Map<String, Object> f : forms) if (Objects.equals(f.get("fiscal_year"), year) && f.get(column) != null) out.add(f.get(column));
        return out;
    }

    private static List<Map<String, Object>> inUnits(Collection<Map<String, Object>> forms, Integer year, String column, Set<Object> units) {
        return forms.stream().filter(f -> Objects.equals(f.get("fiscal_year"), year) && units.contains(f.get(column))).toList();
    }
}
