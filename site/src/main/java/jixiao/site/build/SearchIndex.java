package jixiao.site.build;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import jixiao.site.model.Department;
import jixiao.site.model.Links;
import jixiao.site.model.Place;
import jixiao.site.model.SiteModel;

/**
 * The site search's data, {@code assets/search-index.js}: regions, departments and forms as arrays, and a
 * character-gram index of each entry's own text (a region's path, a department's name, a project name).
 * A form is also found through its department and region and its year, and a department through its
 * region, by reference (see search.js), so a form brings no grams of its own beyond its project's name;
 * names and the documents' hashes are kept once, however many forms share them. That keeps the index to a
 * few MB for 100,000 forms.
 *
 * <pre>
 * window.JIXIAO_SEARCH = {
 *   "v": 2,
 *   "r": [[path, url], …],            // regions: gram ids 0 … R-1
 *   "d": [[name, region, url], …],    // departments: gram ids R … R+D-1; region an index into r
 *   "n": [project name, …],           // distinct project names: gram ids R+D …
 *   "h": [document, …],               // form ids' common part, the source document's hash
 *   "f": [[name, department, year, document, part], …], // indexes into n, d, h; year a number or null;
 *                                     // url: the department's url with "forms/" for "departments/", then
 *                                     // "#" + h[document] + "-" + part (part null: no "-" part)
 *   "g": {gram: postings, …}          // gram → gram ids, ascending, as a delta string (below)
 * };
 * </pre>
 * Grams are taken from the {@linkplain #normalise normalised} text: every single character and every
 * pair of neighbours. Postings are the gaps between successive ids (the first counted from −1) written in
 * base 32 most significant digit first, one character per digit: {@code 0-9A-V} for a digit that continues,
 * {@code W-Za-z-_} for the last digit of a number.
 */
public final class SearchIndex {
    public static final String PATH = "assets/search-index.js";
    public static final String GLOBAL = "JIXIAO_SEARCH";
    static final String MORE = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    static final String LAST = "WXYZabcdefghijklmnopqrstuvwxyz-_";
    /** A form id as the ingest makes it: the document's hash, "-", the form's place in it. */
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("(.+)-(0|[1-9][0-9]{0,8})");

    public record Region(String path, String url) {
    }

    public record Dept(String name, int region, String url) {
    }

    public record Form(String name, int dept, Integer year, String url) {
    }

    private final List<Region> regions;
    private final List<Dept> depts;
    private final List<Form> forms;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIds = new HashMap<>();

    public SearchIndex(List<Region> regions, List<Dept> depts, List<Form> forms) {
        this.regions = List.copyOf(regions);
        this.depts = List.copyOf(depts);
        this.forms = List.copyOf(forms);
        for (Form f : forms) {
            String deptUrl = f.dept() >= 0 && f.dept() < depts.size() ? depts.get(f.dept()).url() : "";
            if (!deptUrl.startsWith("departments/") || !f.url().equals("forms/" + deptUrl.substring("departments/".length())
                    + "#" + formId(f.url()))) {
                throw new IllegalArgumentException("a form url search.js cannot rebuild: " + f.url() + " (department " + deptUrl + ")");
            }
            nameIds.computeIfAbsent(f.name(), n -> {
                names.add(n);
                return names.size() - 1;
            });
        }
    }

    public static SearchIndex of(SiteModel model) {
        Map<Place, Integer> placeIds = new HashMap<>();
        List<Region> regions = new ArrayList<>();
        for (Place p : model.formsByPlace().keySet()) {
            placeIds.put(p, regions.size());
            regions.add(new Region(p.path(), Links.region(p)));
        }
        Map<Department, Integer> deptIds = new HashMap<>();
        List<Dept> depts = new ArrayList<>();
        for (Department d : model.formsByDepartment().keySet()) {
            Integer region = placeIds.get(d.place());
            if (region == null) continue; // every department's place has forms; a guard, not a case
            deptIds.put(d, depts.size());
            depts.add(new Dept(Objects.toString(d.name(), "—"), region, Links.department(d)));
        }
        List<Form> forms = new ArrayList<>();
        for (Map<String, Object> f : model.forms()) {
            Department d = new Department(Place.of(f), (String) f.get("department"), (String) f.get("department_type"));
            Integer dept = deptIds.get(d);
            if (dept == null) continue;
            Object year = f.get("fiscal_year");
            forms.add(new Form(Objects.toString(f.get("project_name"), "—"), dept,
                    year instanceof Number n ? n.intValue() : null, (String) f.get("url")));
        }
        return new SearchIndex(regions, depts, forms);
    }

    /** Regions, departments and forms: what a search can find. */
    public int size() {
        return regions.size() + depts.size() + forms.size();
    }

    /** Regions, departments and distinct project names: what the gram index lists. */
    public int gramIds() {
        return regions.size() + depts.size() + names.size();
    }

    /** The text a gram id stands for: a region's path, a department's or a project's name. */
    public String text(int gramId) {
        if (gramId < regions.size()) return regions.get(gramId).path();
        gramId -= regions.size();
        if (gramId < depts.size()) return depts.get(gramId).name();
        return names.get(gramId - depts.size());
    }

    /** NFKC (full-width letters and digits to plain ones), lower case, letters and digits only. */
    public static String normalise(String s) {
        if (s == null) return "";
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Every character and every pair of neighbouring characters (by code point) of normalised text. */
    public static Set<String> grams(String normalised) {
        int[] cps = normalised.codePoints().toArray();
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < cps.length; i++) {
            out.add(new String(cps, i, 1));
            if (i + 1 < cps.length) out.add(new String(cps, i, 2));
        }
        return out;
    }

    /** Gram → the ascending ids of the entries whose text holds it. */
    public Map<String, int[]> postings() {
        Map<String, List<Integer>> lists = new TreeMap<>();
        for (int id = 0; id < gramIds(); id++) {
            for (String g : grams(normalise(text(id)))) lists.computeIfAbsent(g, k -> new ArrayList<>()).add(id);
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        lists.forEach((g, ids) -> out.put(g, ids.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    public static String encode(int[] ascending) {
        StringBuilder sb = new StringBuilder();
        int previous = -1;
        for (int id : ascending) {
            int gap = id - previous;
            if (gap <= 0) throw new IllegalArgumentException("ids not ascending at " + id);
            previous = id;
            int digits = 1;
            while (gap >>> (5 * digits) != 0) digits++;
            for (int k = digits - 1; k > 0; k--) sb.append(MORE.charAt((gap >>> (5 * k)) & 31));
            sb.append(LAST.charAt(gap & 31));
        }
        return sb.toString();
    }

    public static int[] decode(String s) {
        List<Integer> ids = new ArrayList<>();
        int value = 0;
        int previous = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int more = MORE.indexOf(c);
            if (more >= 0) {
                value = value * 32 + more;
                continue;
            }
            int last = LAST.indexOf(c);
            if (last < 0) throw new IllegalArgumentException("not a postings character: " + c);
            previous += value * 32 + last;
            ids.add(previous);
            value = 0;
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The whole of search-index.js. */
    public String script() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("v", 3);
        data.put("r", regions.stream().map(r -> List.of(r.path(), r.url())).toList());
        data.put("d", depts.stream().map(d -> List.of(d.name(), d.region(), d.url())).toList());
        data.put("n", names);
        List<String> documents = new ArrayList<>();
        Map<String, Integer> documentIds = new HashMap<>();
        List<List<Object>> fs = new ArrayList<>(forms.size());
        for (Form f : forms) {
            String id = formId(f.url());
            java.util.regex.Matcher m = PART.matcher(id);
            String document = m.matches() ? m.group(1) : id;
            Integer doc = documentIds.computeIfAbsent(document, k -> {
                documents.add(k);
                return documents.size() - 1;
            });
            List<Object> row = new ArrayList<>(5);
            row.add(nameIds.get(f.name()));
            row.add(f.dept());
            row.add(f.year());
            row.add(doc);
            row.add(m.matches() ? Integer.valueOf(m.group(2)) : null);
            fs.add(row);
        }
        data.put("h", documents);
        data.put("f", fs);
        Map<String, String> g = new LinkedHashMap<>();
        postings().forEach((gram, ids) -> g.put(gram, encode(ids)));
        data.put("g", g);
        return JsLiteral.assignment(GLOBAL, data);
    }

    /** Writes the script when its content changed since the last build. */
    public void write(SiteWriter out) {
        String script = script();
        out.file(PATH, script, () -> script.getBytes(StandardCharsets.UTF_8));
    }

    private static String formId(String url) {
        int hash = url == null ? -1 : url.indexOf(".html#");
        if (hash < 0 || !url.startsWith("forms/")) {
            throw new IllegalArgumentException("a form url search.js cannot rebuild: " + url);
        }
        return url.substring(hash + ".html#".length());
    }
}
