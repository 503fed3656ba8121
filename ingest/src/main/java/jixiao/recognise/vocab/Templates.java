package jixiao.recognise.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The template catalogue, loaded once from {@code templates.json}. */
public final class Templates {
    static final String RESOURCE = "/jixiao/recognise/templates.json";
    private static final Templates INSTANCE = load();

    private final List<Template> all;

    private Templates(List<Template> all) {
        this.all = List.copyOf(all);
    }

    public static Templates get() {
        return INSTANCE;
    }

    public List<Template> all() {
        return all;
    }

    public Optional<Template> byId(String id) {
        return all.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static Templates load() {
        try (InputStream in = Templates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the class path");
            JsonNode root = new ObjectMapper().readTree(in);
            List<Template> out = new ArrayList<>();
            for (JsonNode t : root.path("templates")) out.add(template(t));
            return new Templates(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Template template(JsonNode t) {
        Map<String, String> labels = new LinkedHashMap<>();
        t.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return new Template(t.path("id").asText(), t.path("name").asText(), t.path("description").asText(),
                t.path("title").asText(), strings(t.path("marks")), labels, t.path("budget_label").asText(null),
                columns(t.path("budget")), t.path("budget_total").asText(null), strings(t.path("budget_sub")),
                columns(t.path("indicators")), t.path("total").isNull() ? null : t.path("total").asText(null),
                t.path("execution_in_table").asBoolean(false),
                t.has("execution_weight") ? t.path("execution_weight").asDouble() : null,
                t.path("scoring_sheet").asBoolean(false), strings(t.path("narrative")), strings(t.path("notes")),
                strings(t.path("seen")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asText());
        return out;
    }

    private static List<Template.Column> columns(JsonNode array) {
        List<Template.Column> out = new ArrayList<>();
        for (JsonNode n : array) out.add(new Template.Column(n.get(0).asText(), n.get(1).asText()));
        return out;
    }
}
