package jixiao.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The accuracy of extracted forms against the truth (hand-made goldens, or a generated corpus's
 * truth.jsonl), by the definition of shared/tools/score_extract.py, ported field for field: golden forms are
 * matched by form_index and project name; every form field, region level and indicator field counts
 * once; an extra form counts as wrong in each form field.
 */
public final class ExtractionScore {
    static final List<String> FORM_FIELDS = List.of("fiscal_year", "project_name", "project_code", "department",
            "implementing_unit", "amount_unit", "budget_initial", "budget_adjusted", "executed", "execution_rate",
            "execution_weight", "execution_score", "total_score");
    static final List<String> REGION_FIELDS = List.of("province", "city", "county");
    static final List<String> INDICATOR_FIELDS = List.of("level1", "level2", "name", "comparator", "target_text",
            "target_value", "unit", "actual_text", "weight", "score", "reason");
    private static final ObjectMapper JSON = new ObjectMapper();

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

    public static ExtractionScore of(List<JsonNode> extracted, Path goldenDir) {
        ExtractionScore s = new ExtractionScore();
        Map<String, List<JsonNode>> bySource = new HashMap<>();
        for (JsonNode f : extracted) bySource.computeIfAbsent(stem(f.path("source").asText()), k -> new ArrayList<>()).add(f);
        Set<JsonNode> matched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            for (Map.Entry<String, List<JsonNode>> e : truth(goldenDir).entrySet()) {
                String src = e.getKey();
                for (JsonNode golden : e.getValue()) {
                    s.formsTotal++;
                    JsonNode c = match(golden, bySource.getOrDefault(src, List.of()), matched);
                    if (c != null) {
                        matched.add(c);
                        s.formsFound++;
                    }
                    s.compare(src + "#" + golden.path("form_index").asInt(), golden, c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        s.extra = (int) extracted.stream().filter(f -> !matched.contains(f)).count();
        s.total += s.extra * (FORM_FIELDS.size() + REGION_FIELDS.size());
        return s;
    }

    /** Golden forms by source: a folder of SOURCE.json arrays, or one truth.jsonl file. */
    static Map<String, List<JsonNode>> truth(Path where) throws IOException {
        Map<String, List<JsonNode>> out = new TreeMap<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.list(where)) {
                for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    List<JsonNode> forms = new ArrayList<>();
                    JSON.readTree(g.toFile()).forEach(forms::add);
                    out.put(stem(g.getFileName().toString()), forms);
                }
            }
        } else {
            for (String line : Files.readAllLines(where)) {
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                out.computeIfAbsent(stem(n.path("source").asText()), k -> new ArrayList<>()).add(n);
            }
        }
        return out;
    }

    /** Reads a JSON Lines extraction. */
    public static List<JsonNode> readLines(Path jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) if (!line.isBlank()) out.add(JSON.readTree(line));
        return out;
    }

    private void compare(String where, JsonNode g, JsonNode c) {
        JsonNode cc = c == null ? JSON.createObjectNode() : c;
        for (String k : FORM_FIELDS) count(k, same(g.get(k), cc.get(k)), where + " " + k, g.get(k), cc.get(k));
        for (String k : REGION_FIELDS) {
            count("region." + k, same(g.path("region").get(k), cc.path("region").get(k)), where + " region." + k,
                    g.path("region").get(k), cc.path("region").get(k));
        }
        JsonNode gi = g.path("indicators");
        JsonNode ci = cc.path("indicators");
        count("indicator_count", gi.size() == ci.size(), where + " indicators", gi.size(), ci.size());
        for (int i = 0; i < gi.size(); i++) {
            JsonNode ga = gi.get(i);
            JsonNode ca = i < ci.size() ? ci.get(i) : JSON.createObjectNode();
            for (String k : INDICATOR_FIELDS) {
                count("indicator." + k, same(ga.get(k), ca.get(k)), where + " indicator " + i + " " + k, ga.get(k), ca.get(k));
            }
        }
    }

    private void count(String field, boolean ok, String where, Object want, Object got) {
        int[] rt = perField.computeIfAbsent(field, k -> new int[2]);
        rt[1]++;
        total++;
        if (ok) {
            rt[0]++;
            right++;
        } else {
            misses.add(where + ": want " + want + " got " + got);
        }
    }

    private static JsonNode match(JsonNode g, List<JsonNode> candidates, Set<JsonNode> used) {
        for (JsonNode c : candidates) {
            if (!used.contains(c) && c.path("form_index").asInt(-1) == g.path("form_index").asInt(-2)
                    && same(c.get("project_name"), g.get("project_name"))) return c;
        }
        for (JsonNode c : candidates) if (!used.contains(c) && same(c.get("project_name"), g.get("project_name"))) return c;
        for (JsonNode c : candidates) {
            if (!used.contains(c) && c.path("form_index").asInt(-1) == g.path("form_index").asInt(-2)) return c;
        }
        return null;
    }

    static boolean same(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        if (aNull || bNull) return aNull && bNull;
        if (a.isNumber() && b.isNumber()) {
            double x = a.asDouble(), y = b.asDouble();
            return Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 1e-6);
        }
        return Objects.equals(normText(a.asText()), normText(b.asText()));
    }

    private static String normText(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return t.isEmpty() ? null : t;
    }

    private static String stem(String name) {
        String base = Path.of(name).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot < 0 ? base : base.substring(0, dot);
    }

    public String report() {
        return report(40);
    }

    public String report(int maxMisses) {
        StringBuilder b = new StringBuilder();
        perField.forEach((k, v) -> b.append(String.format("%-24s %6d/%-6d %.4f%n", k, v[0], v[1], (double) v[0] / v[1])));
        b.append(String.format("accuracy %.4f (fields %d/%d, forms %d/%d, extra %d)%n", accuracy(), right, total,
                formsFound, formsTotal, extra));
        misses.stream().limit(maxMisses).forEach(m -> b.append("miss: ").append(m).append('\n'));
        return b.toString();
    }
}
