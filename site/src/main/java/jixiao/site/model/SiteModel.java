package jixiao.site.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import jixiao.site.load.GoldTable;
import jixiao.site.load.LakeSnapshot;
import jixiao.transform.GoldTables;

/**
 * The lake as the pages need it: forms with their links, and the indexes from region, department, form and
 * project to rows. Rows are column → value maps in the tables' own column names, so a template reads
 * {@code f.project_name} as the lake spells it; the keys added here are {@code url}, {@code region_url},
 * {@code department_url}, {@code place}, {@code look_alike} (what tells a form from others of its department and year
 * named alike, else null) and, on forms, {@code quality_index} and its seven parts from gold/form_quality.
 */
public final class SiteModel {
    private final LakeSnapshot lake;
    private final List<Map<String, Object>> forms;
    private final Map<String, Map<String, Object>> formById = new HashMap<>();
    /** The normalised indicators (seven a form), and each form's as row numbers there: a view a row is made when asked for. */
    private final List<Map<String, Object>> indicators;
    private final Map<String, int[]> indicatorsByForm;
    private final Map<String, List<Map<String, Object>>> findingsByForm;
    private final Map<String, List<Map<String, Object>>> lineageByProject;
    private final Map<Place, List<Map<String, Object>>> formsByPlace = new TreeMap<>();
    private final Map<Department, List<Map<String, Object>>> formsByDepartment = new TreeMap<>();
    private final List<Map<String, Object>> findings;
    private final Map<String, List<Map<String, Object>>> records = new java.util.concurrent.ConcurrentHashMap<>();

    public SiteModel(LakeSnapshot lake) {
        this.lake = lake;
        Map<String, Map<String, Object>> quality = new HashMap<>();
        for (Map<String, Object> q : rows(GoldTables.FORM_QUALITY)) quality.put(id(q), q);

        List<Map<String, Object>> fs = new ArrayList<>();
        Map<String, String> lookAlike = LookAlikes.labels(rows(GoldTables.FORMS_NORMALISED),
                r -> new Department(Place.of(r), (String) r.get("department"), (String) r.get("department_type")));
        AddedColumns formColumns = new AddedColumns(lake.table(GoldTables.FORMS_NORMALISED).columns(), FORM_ADDED);
        for (Map<String, Object> row : rows(GoldTables.FORMS_NORMALISED)) {
            Place place = Place.of(row);
            Department dept = new Department(place, (String) row.get("department"), (String) row.get("department_type"));
            // the index and all seven parts (the normalised form has six: not_copied needs last year's form)
            Map<String, Object> q = quality.getOrDefault(id(row), Map.of());
            Object[] added = new Object[FORM_ADDED.size()];
            for (int i = 0; i < QUALITY_COLUMNS.size(); i++) added[i] = q.get(QUALITY_COLUMNS.get(i));
            int n = QUALITY_COLUMNS.size();
            added[n] = Links.form(dept, id(row));
            added[n + 1] = lookAlike.get(id(row));
            added[n + 2] = place.path();
            added[n + 3] = Links.region(place);
            added[n + 4] = Links.department(dept);
            Map<String, Object> f = formColumns.over(row, added);
            fs.add(f);
            formById.put(id(row), f);
            formsByPlace.computeIfAbsent(place, p -> new ArrayList<>()).add(f);
            formsByDepartment.computeIfAbsent(dept, d -> new ArrayList<>()).add(f);
        }
        fs.sort(FORM_ORDER);
        formsByPlace.values().forEach(l -> l.sort(FORM_ORDER));
        formsByDepartment.values().forEach(l -> l.sort(FORM_ORDER));
        this.forms = List.copyOf(fs);

        this.indicators = rows(GoldTables.INDICATORS_NORMALISED);
        this.indicatorsByForm = rowNumbersByForm(indicators);
        this.findings = withLinks(rows(GoldTables.FINDINGS));
        this.findingsByForm = new HashMap<>();
        for (Map<String, Object> f : findings) findingsByForm.computeIfAbsent(id(f), k -> new ArrayList<>()).add(f);
        this.lineageByProject = group(rows(GoldTables.PROJECT_LINEAGE), r -> (String) r.get("project_key"),
                Comparator.comparing(r -> String.valueOf(r.get("fiscal_year"))));
    }

    static final List<String> QUALITY_COLUMNS = List.of("quantified", "units", "comparators", "dimensions", "not_trivial",
            "not_vague", "not_copied", "quality_index");
    /** What a form gets beside its own columns, in this order: the quality columns, then its links and place. */
    private static final List<String> FORM_ADDED = java.util.stream.Stream.concat(QUALITY_COLUMNS.stream(),
            java.util.stream.Stream.of("url", "look_alike", "place", "region_url", "department_url")).toList();
    /** What a finding gets beside its own columns: its form's links, its place and the money at stake. */
    private static final List<String> FINDING_ADDED = List.of("url", "region_url", "department_url", "place", "budget_wan");

    /** Region, department, year, project: the order every list of forms is printed in. */
    /** Severities, most serious first; an unknown one sorts last. */
    private static final List<String> SEVERITY_ORDER = List.of("ERROR", "WARNING", "INFO");

    private static int severityRank(Object severity) {
        int i = SEVERITY_ORDER.indexOf(String.valueOf(severity));
        return i < 0 ? SEVERITY_ORDER.size() : i;
    }

    static final Comparator<Map<String, Object>> FORM_ORDER = Comparator
            .comparing((Map<String, Object> f) -> String.valueOf(f.get("place")))
            .thenComparing(f -> String.valueOf(f.get("department")))
            .thenComparing(f -> String.valueOf(f.get("fiscal_year")))
            .thenComparing(f -> String.valueOf(f.get("project_name")))
            .thenComparing(SiteModel::id);

    public LakeSnapshot lake() {
        return lake;
    }

    /** A table's rows as column → value maps (read-only; each map made when asked for). */
    public List<Map<String, Object>> rows(String table) {
        return records.computeIfAbsent(table, t -> lake.table(t).records());
    }

    public GoldTable table(String table) {
        return lake.table(table);
    }

    public List<Map<String, Object>> forms() {
        return forms;
    }

    public Map<String, Object> form(String formId) {
        return formById.get(formId);
    }

    /** The form's indicators, in their order on the form. */
    public List<Map<String, Object>> indicators(String formId) {
        int[] rows = indicatorsByForm.get(formId);
        if (rows == null) return List.of();
        List<Map<String, Object>> out = new ArrayList<>(rows.length);
        for (int r : rows) out.add(indicators.get(r));
        return out;
    }

    private static Map<String, int[]> rowNumbersByForm(List<Map<String, Object>> indicators) {
        Map<String, List<Integer>> byForm = new HashMap<>();
        for (int r = 0; r < indicators.size(); r++) byForm.computeIfAbsent(id(indicators.get(r)), k -> new ArrayList<>()).add(r);
        Map<String, int[]> out = new HashMap<>(byForm.size() * 4 / 3 + 1);
        for (var e : byForm.entrySet()) {
            out.put(e.getKey(), e.getValue().stream()
                    .sorted(Comparator.comparingInt(r -> ((Number) indicators.get(r).get("indicator_index")).intValue()))
                    .mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** Every finding, with the links to its form, region and department added. */
    public List<Map<String, Object>> findings() {
        return findings;
    }

    public List<Map<String, Object>> findings(String formId) {
        return findingsByForm.getOrDefault(formId, List.of());
    }

    /** The project's forms across years (gold/project_lineage rows), oldest first. */
    public List<Map<String, Object>> lineage(String projectKey) {
        return projectKey == null ? List.of() : lineageByProject.getOrDefault(projectKey, List.of());
    }

    public Map<Place, List<Map<String, Object>>> formsByPlace() {
        return Collections.unmodifiableMap(formsByPlace);
    }

    public Map<Department, List<Map<String, Object>>> formsByDepartment() {
        return Collections.unmodifiableMap(formsByDepartment);
    }

    private List<Map<String, Object>> withLinks(List<Map<String, Object>> rows) {
        AddedColumns columns = new AddedColumns(lake.table(GoldTables.FINDINGS).columns(), FINDING_ADDED);
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Map<String, Object> r : rows) {
            Map<String, Object> form = formById.get(id(r));
            // the money at stake: the form's adjusted budget, else its initial one (万元)
            Object budget = form == null ? null : form.get("budget_adjusted_wan") != null ? form.get("budget_adjusted_wan")
                    : form.get("budget_initial_wan");
            out.add(columns.over(r, form == null ? null : form.get("url"), form == null ? null : form.get("region_url"),
                    form == null ? null : form.get("department_url"), Place.of(r).path(), budget));
        }
        // the meeting's agenda: errors first, then the forms with the most money at stake, then by place
        out.sort(Comparator.comparingInt((Map<String, Object> m) -> severityRank(m.get("severity")))
                .thenComparing(m -> m.get("budget_wan") instanceof Number n ? -n.doubleValue() : Double.MAX_VALUE)
                .thenComparing(m -> String.valueOf(m.get("place")))
                .thenComparing(m -> String.valueOf(m.get("department")))
                .thenComparing(m -> String.valueOf(m.get("fiscal_year")))
                .thenComparing(m -> String.valueOf(m.get("project_name")))
                .thenComparing(m -> String.valueOf(m.get("form_id")))
                .thenComparing(m -> m.get("indicator_index") == null ? -1 : ((Number) m.get("indicator_index")).intValue())
                .thenComparing(m -> String.valueOf(m.get("rule_id"))));
        return List.copyOf(out);
    }

    private static Map<String, List<Map<String, Object>>> group(List<Map<String, Object>> rows, Function<Map<String, Object>, String> key,
                                                                Comparator<Map<String, Object>> order) {
        Map<String, List<Map<String, Object>>> m = new HashMap<>();
        for (Map<String, Object> r : rows) m.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        m.values().forEach(l -> l.sort(order));
        return m;
    }

    static String id(Map<String, Object> row) {
        return Objects.toString(row.get("form_id"), null);
    }
}
