package jixiao.transform.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A project across years (matched by project code, or department + name): each year's indicator
 * set against the latest earlier year's. Copied unchanged = the same indicators with the same
 * targets, units and comparators. A target "raised" asks for more (a higher ≥ target, a lower ≤ one).
 */
public final class ProjectLineage {
    private ProjectLineage() {
    }

    /** An indicator as lineage compares it. */
    public record Sig(String name, String target, String unit, String comparator, Double targetNumber) {
        String key() {
            return name + "\u0001" + target + "\u0001" + unit + "\u0001" + comparator;
        }
    }

    /** One year's form of a project. */
    public record Version(String formId, Integer year, List<Sig> indicators) {
    }

    public record Link(String formId, Integer year, String previousFormId, Integer previousYear, int indicators,
                       Integer previousIndicators, Boolean sameNames, Boolean copiedUnchanged, Integer added,
                       Integer removed, Integer targetsMoved, Integer targetsRaised, Integer targetsLowered) {
    }

    /**
     * Every version, oldest first, each linked to the latest earlier year (none for the first or a year-less form).
     * A key is one project only where it names one form a year: where a year holds two or more forms of the key
     * (three 2024 forms of one department titled alike, without codes), which of them continues which is not
     * known, so neither those forms nor the year after them are linked.
     */
    public static List<Link> links(List<Version> versions) {
        List<Version> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(Version::year, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Version::formId));
        Map<Integer, Integer> formsInYear = new HashMap<>();
        for (Version v : sorted) if (v.year() != null) formsInYear.merge(v.year(), 1, Integer::sum);
        List<Link> out = new ArrayList<>();
        for (Version v : sorted) {
            Version p = null;
            if (v.year() != null && formsInYear.get(v.year()) == 1) {
                for (Version x : sorted) {
                    if (x.year() != null && x.year() < v.year()) p = x; // sorted: the last one is the latest earlier year
                }
                if (p != null && formsInYear.get(p.year()) > 1) p = null;
            }
            out.add(p == null ? new Link(v.formId(), v.year(), null, null, v.indicators().size(), null, null, null, null,
                    null, null, null, null) : compare(v, p));
        }
        return out;
    }

    /** Whether the versions name one form per year, so a page may show them as one project's history. */
    public static boolean oneFormPerYear(List<Integer> years) {
        Set<Integer> seen = new HashSet<>();
        for (Integer y : years) if (y != null && !seen.add(y)) return false;
        return true;
    }

    static Link compare(Version v, Version p) {
        Map<String, Integer> now = counts(v.indicators());
        Map<String, Integer> before = counts(p.indicators());
        Set<String> names = new HashSet<>();
        Set<String> previousNames = new HashSet<>();
        v.indicators().forEach(s -> names.add(s.name()));
        p.indicators().forEach(s -> previousNames.add(s.name()));
        Set<String> added = new HashSet<>(names);
        added.removeAll(previousNames);
        Set<String> removed = new HashSet<>(previousNames);
        removed.removeAll(names);
        Map<String, Sig> old = new HashMap<>();
        p.indicators().forEach(s -> old.putIfAbsent(s.name(), s));
        int moved = 0;
        int raised = 0;
        int lowered = 0;
        Set<String> seen = new HashSet<>();
        for (Sig s : v.indicators()) {
            Sig o = old.get(s.name());
            if (o == null || !seen.add(s.name())) continue;
            if (Objects.equals(o.target(), s.target()) && Objects.equals(o.unit(), s.unit())) continue;
            moved++;
            if (o.targetNumber() != null && s.targetNumber() != null && !o.targetNumber().equals(s.targetNumber())) {
                boolean lessIsMore = "<=".equals(s.comparator()) || "<".equals(s.comparator());
                boolean up = s.targetNumber() > o.targetNumber();
                if (up != lessIsMore) raised++;
                else lowered++;
            }
        }
        boolean sameNames = names.equals(previousNames) && v.indicators().size() == p.indicators().size();
        return new Link(v.formId(), v.year(), p.formId(), p.year(), v.indicators().size(), p.indicators().size(),
                sameNames, !v.indicators().isEmpty() && now.equals(before), added.size(), removed.size(), moved, raised,
                lowered);
    }

    private static Map<String, Integer> counts(List<Sig> sigs) {
        Map<String, Integer> m = new HashMap<>();
        for (Sig s : sigs) m.merge(s.key(), 1, Integer::sum);
        return m;
    }
}
