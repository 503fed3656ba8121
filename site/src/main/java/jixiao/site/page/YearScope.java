package jixiao.site.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jixiao.site.build.Fmt;

/**
 * One fiscal year an aggregate page is drawn for: the latest year at the page's own name ({@code index.html}),
 * every other year beside it ({@code index-2023.html}, {@code index-unknown.html} for forms whose year could not
 * be read), linked by a bar of plain year links, so a page never pools years and needs no script.
 */
public record YearScope(Integer year, boolean latest) {
    /** What a page set puts in its model for the year bar: each year's label and page, the current one marked. */
    public record YearLink(String label, String url, boolean current) {
    }

    /** The years of the forms, latest first; a year for forms without one last; one unscoped entry when there are no forms. */
    static List<YearScope> of(Collection<Map<String, Object>> forms) {
        List<Integer> known = Rows.years(forms);
        boolean unknown = forms.stream().anyMatch(f -> f.get("fiscal_year") == null);
        List<YearScope> out = new ArrayList<>();
        for (int i = known.size() - 1; i >= 0; i--) out.add(new YearScope(known.get(i), i == known.size() - 1));
        if (unknown || out.isEmpty()) out.add(new YearScope(null, out.isEmpty()));
        return List.copyOf(out);
    }

    /** The part of a file name that names the year ("2023", "unknown"); what {@code data-year} attributes print. */
    public String key() {
        return year == null ? "unknown" : year.toString();
    }

    public String label() {
        return Fmt.INSTANCE.year(year);
    }

    /** Whether a row (with {@code fiscal_year}) belongs to this year. */
    public boolean holds(Map<String, Object> row) {
        return Objects.equals(row.get("fiscal_year"), year);
    }

    <T extends Map<String, Object>> List<T> rowsOf(Collection<T> rows) {
        return rows.stream().filter(this::holds).toList();
    }

    /** This year's file for a page set's base page ({@code index.html} → {@code index-2023.html}); the latest keeps the base. */
    public String page(String base) {
        return latest ? base : base.substring(0, base.length() - ".html".length()) + "-" + key() + ".html";
    }

    /** This year's chart path (without extension); the latest keeps the base name. */
    public String chart(String base) {
        return latest ? base : base + "-" + key();
    }

    /** The year bar for {@code base}: every year's page, this one marked current. */
    public List<YearLink> bar(List<YearScope> all, String base) {
        return all.stream().map(s -> new YearLink(s.label() + (s.latest ? "（最新）" : ""), s.page(base), s.equals(this))).toList();
    }
}
