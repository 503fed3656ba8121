package jixiao.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.model.Reading;
import jixiao.model.Region;

/** Forms as the extraction contract's JSON objects (one per line), keys in the contract's order. */
public final class ContractJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private ContractJson() {
    }

    public static Map<String, Object> toMap(Form f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", f.source());
        m.put("form_index", f.formIndex());
        m.put("fiscal_year", f.fiscalYear());
        m.put("project_name", f.projectName());
        m.put("project_code", f.projectCode());
        m.put("department", f.department());
        m.put("implementing_unit", f.implementingUnit());
        Region r = f.region() == null ? Region.UNKNOWN : f.region();
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("province", r.province());
        region.put("city", r.city());
        region.put("county", r.county());
        m.put("region", region);
        m.put("amount_unit", f.amountUnit());
        m.put("budget_initial", num(f.budgetInitial()));
        m.put("budget_adjusted", num(f.budgetAdjusted()));
        m.put("executed", num(f.executed()));
        m.put("execution_rate", num(f.executionRate()));
        m.put("execution_weight", num(f.executionWeight()));
        m.put("execution_score", num(f.executionScore()));
        m.put("total_score", num(f.totalScore()));
        List<Map<String, Object>> inds = new ArrayList<>();
        for (Indicator i : f.indicators()) inds.add(toMap(i));
        m.put("indicators", inds);
        m.put("conclusion", f.conclusion());
        m.put("problems", f.problems());
        m.put("improvements", f.improvements());
        m.put("place", f.place());
        m.put("partial", f.reading().partial());
        if (f.reading().partial()) m.put("missing", f.reading().missing());
        m.put("template", f.reading().template());
        m.put("confidence", f.reading().confidence());
        // only when there are any: most forms have neither, and a line per form stays short
        if (!f.reading().notes().isEmpty()) m.put("template_notes", f.reading().notes());
        if (!f.reading().provenance().isEmpty()) m.put("provenance", f.reading().provenance());
        return m;
    }

    static Map<String, Object> toMap(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level1", i.level1());
        m.put("level2", i.level2());
        m.put("name", i.name());
        m.put("comparator", i.comparator());
        m.put("target_text", i.targetText());
        m.put("target_value", num(i.targetValue()));
        m.put("unit", i.unit());
        m.put("actual_text", i.actualText());
        m.put("weight", num(i.weight()));
        m.put("score", num(i.score()));
        m.put("reason", i.reason());
        return m;
    }

    /** Whole numbers print without ".0", as the goldens do. */
    private static Object num(Double d) {
        if (d == null) return null;
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) return d.longValue();
        return d;
    }

    /** A contract JSON object (a golden or a line of extract output) back to a form. */
    public static Form fromJson(JsonNode n) {
        List<Indicator> inds = new ArrayList<>();
        for (JsonNode i : n.path("indicators")) {
            inds.add(new Indicator(str(i, "level1"), str(i, "level2"), str(i, "name"), str(i, "comparator"),
                    str(i, "target_text"), dbl(i, "target_value"), str(i, "unit"), str(i, "actual_text"),
                    dbl(i, "weight"), dbl(i, "score"), str(i, "reason")));
        }
        JsonNode r = n.path("region");
        return new Form(str(n, "source"), n.path("form_index").asInt(), str(n, "place"),
                n.hasNonNull("fiscal_year") ? n.get("fiscal_year").asInt() : null, str(n, "project_name"),
                str(n, "project_code"), str(n, "department"), str(n, "implementing_unit"),
                new Region(str(r, "province"), str(r, "city"), str(r, "county")), str(n, "amount_unit"),
                dbl(n, "budget_initial"), dbl(n, "budget_adjusted"), dbl(n, "executed"), dbl(n, "execution_rate"),
                dbl(n, "execution_weight"), dbl(n, "execution_score"), dbl(n, "total_score"), inds,
                str(n, "conclusion"), str(n, "problems"), str(n, "improvements"), null, reading(n));
    }

    /**
     * The reading {@link #toMap} writes, read back; keys a line lacks (goldens, older extractions) take
     * {@link Reading#NONE}'s values. The strategy is not written, so it reads back as NONE's unless a
     * line carries one.
     */
    static Reading reading(JsonNode n) {
        Reading none = Reading.NONE;
        return new Reading(n.hasNonNull("template") ? n.get("template").asText() : none.template(),
                n.hasNonNull("strategy") ? n.get("strategy").asText() : none.strategy(),
                n.path("partial").asBoolean(none.partial()), texts(n, "missing"),
                n.hasNonNull("confidence") ? n.get("confidence").asDouble() : none.confidence(),
                texts(n, "template_notes"), texts(n, "provenance"));
    }

    /** A list of strings; a lone string (a hand-written golden) as a list of one. */
    private static List<String> texts(JsonNode n, String k) {
        JsonNode v = n.path(k);
        if (v.isTextual()) return List.of(v.asText());
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) if (!x.isNull()) out.add(x.asText());
        return out;
    }

    public static List<Form> readGolden(java.nio.file.Path file) {
        try {
            List<Form> out = new ArrayList<>();
            for (JsonNode n : MAPPER.readTree(file.toFile())) out.add(fromJson(n));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Forms from a JSON Lines file (an extraction, or a generated corpus's truth.jsonl). */
    public static List<Form> readLines(java.nio.file.Path file) {
        try {
            List<Form> out = new ArrayList<>();
            for (String line : java.nio.file.Files.readAllLines(file)) {
                if (!line.isBlank()) out.add(fromJson(MAPPER.readTree(line)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String str(JsonNode n, String k) {
        return n.hasNonNull(k) ? n.get(k).asText() : null;
    }

    private static Double dbl(JsonNode n, String k) {
        return n.hasNonNull(k) ? n.get(k).asDouble() : null;
    }

    public static void writeLine(Writer out, Form f) {
        try {
            out.write(MAPPER.writeValueAsString(toMap(f)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
