package jixiao.extract;

import static jixiao.extract.PythonValues.isNone;
import static jixiao.extract.PythonValues.repr;
import static jixiao.extract.PythonValues.str;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The accuracy of extracted forms against the truth (hand-made goldens, or a generated corpus's
 * truth.jsonl), by the definition of shared/tools/score_extract.py, ported so that both give the same
 * counts and the same report on the same input:
 * <ul>
 * <li>golden forms are matched, in golden-file order, to unused extracted forms of the same source:
 * first by form_index and project name, then by project name alone, then by form_index alone
 * (Python's {@code ==}: two absent form_index values are equal, a string "1" is not 1);</li>
 * <li>every form field, region level and indicator_count counts once per golden form, and every field
 * of every golden indicator once (aligned by position); a golden form that is not found is wrong in
 * every one of them, null ones included;</li>
 * <li>an extracted form matching no golden form (of any source) adds 16 wrong form-level fields to the
 * total, not to any field's line;</li>
 * <li>values compare as numbers within {@code math.isclose(rel_tol=1e-9, abs_tol=1e-6)} when both are
 * numbers, else as Python's {@code str()} after NFKC and removal of Python's whitespace, empty as
 * null (see {@link PythonValues} for where Java's own conversions differ).</li>
 * </ul>
 * A truth.jsonl (which the Python scorer does not read) is grouped by source the way extracted lines are.
 */
public final class ExtractionScore {
    static final List<String> FORM_FIELDS = List.of("fiscal_year", "project_name", "project_code", "department",
            "implementing_unit", "amount_unit", "budget_initial", "budget_adjusted", "executed", "execution_rate",
            "execution_weight", "execution_score", "total_score");
    static final List<String> REGION_FIELDS = List.of("province", "city", "county");
    static final List<String> INDICATOR_FIELDS = List.of("level1", "level2", "name", "comparator", "target_text",
            "target_value", "unit", "actual_text", "weight", "score", "reason");
    // trailing data after a line's JSON value is an error to json.loads, so it is one here too
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public final Map<String, int[]> perField = new TreeMap<>();
    public final List<String> misses = new ArrayList<>();
    public int right;
    public int total;
    public int formsFound;
    public int formsTotal;
    public int extra;

    public double accuracy() {
        return total == 0 ? 0 : (double) right / total;
    }

    /** Scores against a folder of SOURCE.json goldens (as the Python scorer does) or a truth.jsonl. */
    public static ExtractionScore of(List<JsonNode> extracted, Path goldenDir) {
        try {
            return of(extracted, truth(goldenDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Scores against golden forms by source name (a file name without its extension), visited in the
     * map's order, which only orders the misses. Extracted forms of sources the map lacks are extra.
     */
    public static ExtractionScore of(List<JsonNode> extracted, Map<String, List<JsonNode>> goldenBySource) {
        ExtractionScore s = new ExtractionScore();
        // positions, not the nodes: a node listed twice is two forms, as two identical lines are to Python
        Map<String, List<Integer>> bySource = new HashMap<>();
        for (int i = 0; i < extracted.size(); i++) {
            bySource.computeIfAbsent(sourceStem(extracted.get(i)), k -> new ArrayList<>()).add(i);
        }
        boolean[] matched = new boolean[extracted.size()];
        for (Map.Entry<String, List<JsonNode>> e : goldenBySource.entrySet()) {
            List<Integer> candidates = bySource.getOrDefault(e.getKey(), List.of());
            for (JsonNode golden : e.getValue()) {
                s.formsTotal++;
                int c = match(golden, extracted, candidates, matched);
                if (c >= 0) {
                    matched[c] = true;
                    s.formsFound++;
                }
                s.compare(e.getKey() + "#" + str(golden.get("form_index")), golden, c < 0 ? null : extracted.get(c));
            }
        }
        for (boolean m : matched) if (!m) s.extra++;
        s.total += s.extra * (FORM_FIELDS.size() + REGION_FIELDS.size());
        return s;
    }

    /**
     * Golden forms by source: a folder of SOURCE.json arrays in file-name order (the Python scorer's
     * {@code sorted(os.listdir())}), or one truth.jsonl file grouped by its lines' sources.
     */
    static Map<String, List<JsonNode>> truth(Path where) throws IOException {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        if (Files.isDirectory(where)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(where)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                        .sorted((a, b) -> PythonValues.compareCodePoints(a.getFileName().toString(), b.getFileName().toString()))
                        .toList();
            }
            for (Path g : files) {
                String name = g.getFileName().toString();
                List<JsonNode> forms = new ArrayList<>();
                JSON.readTree(g.toFile()).forEach(forms::add);
                out.put(name.substring(0, name.length() - ".json".length()), forms);
            }
        } else {
            Map<String, List<JsonNode>> bySource = new TreeMap<>(PythonValues::compareCodePoints);
            for (JsonNode n : readLines(where)) bySource.computeIfAbsent(sourceStem(n), k -> new ArrayList<>()).add(n);
            out.putAll(bySource);
        }
        return out;
    }

    /** Reads a JSON Lines extraction, skipping the lines Python's {@code str.strip()} empties. */
    public static List<JsonNode> readLines(Path jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) if (!PythonValues.isBlank(line)) out.add(JSON.readTree(line));
        return out;
    }

    /** {@code splitext(basename(str(form.get("source", ""))))[0]}: a null source is the source "None". */
    static String sourceStem(JsonNode form) {
        JsonNode source = form.get("source");
        return PythonValues.stem(source == null ? "" : str(source));
    }

    private void compare(String where, JsonNode g, JsonNode c) {
        boolean found = c != null;
        for (String k : FORM_FIELDS) {
            JsonNode want = g.get(k);
            JsonNode got = found ? c.get(k) : null;
            count(k, found && same(got, want), () -> where + " " + k + ": want " + repr(want) + " got " + repr(got));
        }
        JsonNode gr = object(g.get("region"));
        JsonNode cr = found ? object(c.get("region")) : null;
        for (String k : REGION_FIELDS) {
            JsonNode want = field(gr, k);
            JsonNode got = field(cr, k);
            count("region." + k, found && same(got, want),
                    () -> where + " region." + k + ": want " + repr(want) + " got " + repr(got));
        }
        List<JsonNode> gi = list(g.get("indicators"));
        List<JsonNode> ci = found ? list(c.get("indicators")) : List.of();
        count("indicator_count", found && gi.size() == ci.size(),
                () -> where + " indicators: want " + gi.size() + " got " + ci.size());
        for (int i = 0; i < gi.size(); i++) {
            JsonNode gind = gi.get(i);
            JsonNode cind = i < ci.size() ? ci.get(i) : null;
            int at = i;
            for (String k : INDICATOR_FIELDS) {
                JsonNode want = field(gind, k);
                JsonNode got = field(cind, k);
                // a null in the extracted list is no indicator: wrong even where the golden field is null
                count("indicator." + k, !isNone(cind) && same(got, want),
                        () -> where + " indicator " + at + " " + k + ": want " + repr(want) + " got " + repr(got));
            }
        }
    }

    /** {@code value or {}}: the region as a dict, none when absent or not a dict. */
    private static JsonNode object(JsonNode n) {
        return n != null && n.isObject() ? n : null;
    }

    /** {@code value or []}: the indicators as a list. */
    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) n.forEach(out::add);
        return out;
    }

    private static JsonNode field(JsonNode n, String k) {
        return n != null && n.isObject() ? n.get(k) : null;
    }

    private void count(String field, boolean ok, Supplier<String> miss) {
        int[] rt = perField.computeIfAbsent(field, k -> new int[2]);
        rt[1]++;
        total++;
        if (ok) {
            rt[0]++;
            right++;
        } else {
            misses.add(miss.get());
        }
    }

    /** The first unused candidate by form_index and name, else by name, else by form_index; -1 if none. */
    private static int match(JsonNode g, List<JsonNode> extracted, List<Integer> candidates, boolean[] used) {
        for (int i : candidates) {
            JsonNode c = extracted.get(i);
            if (!used[i] && PythonValues.equal(c.get("form_index"), g.get("form_index"))
                    && same(c.get("project_name"), g.get("project_name"))) return i;
        }
        for (int i : candidates) if (!used[i] && same(extracted.get(i).get("project_name"), g.get("project_name"))) return i;
        for (int i : candidates) {
            if (!used[i] && PythonValues.equal(extracted.get(i).get("form_index"), g.get("form_index"))) return i;
        }
        return -1;
    }

    /**
     * The scorer's {@code same(a, b)}, argument order kept (a extracted, b golden) because it is not
     * symmetric: a bool is a number only as b, as in Python's {@code not isinstance(a, bool)}.
     */
    static boolean same(JsonNode a, JsonNode b) {
        if (isNone(a) || isNone(b)) return isNone(a) && isNone(b);
        if (a.isNumber() && (b.isNumber() || b.isBoolean())) {
            return PythonValues.isClose(PythonValues.toDouble(a), PythonValues.toDouble(b));
        }
        return Objects.equals(PythonValues.normText(str(a)), PythonValues.normText(str(b)));
    }

    public String report() {
        return report(40);
    }

    /**
     * The Python scorer's output: a line per field, up to {@code maxMisses} miss lines (all of them
     * with {@code --verbose}, none without), and the accuracy line last. A cut list says how many it left out.
     */
    public String report(int maxMisses) {
        // Locale.ROOT and \n, not %n: the text must be the same as Python's print on every machine
        StringBuilder b = new StringBuilder();
        perField.forEach((k, v) -> b.append(String.format(Locale.ROOT, "%-24s %6d/%-6d %s\n", k, v[0], v[1],
                PythonValues.fixed4((double) v[0] / v[1]))));
        misses.stream().limit(Math.max(0, maxMisses)).forEach(m -> b.append("miss: ").append(m).append('\n'));
        if (maxMisses > 0 && misses.size() > maxMisses) {
            b.append(String.format(Locale.ROOT, "(%d more misses)\n", misses.size() - maxMisses));
        }
        b.append(String.format(Locale.ROOT, "accuracy %s (fields %d/%d, forms %d/%d, extra %d)\n", PythonValues.fixed4(accuracy()),
                right, total, formsFound, formsTotal, extra));
        return b.toString();
    }
}
