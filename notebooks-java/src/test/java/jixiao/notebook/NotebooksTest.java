package jixiao.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The committed notebooks, without Jupyter: stripped of outputs (notebooks-java/strip-outputs), on
 * the kernel named java, reading the lake from JIXIAO_LAKE, explained in Chinese and English.
 * Executing them is notebooks-java/run-all's job.
 */
class NotebooksTest {
    private static final Path HERE = Path.of("").toAbsolutePath(); // surefire runs in the module's folder
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");

    private static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(HERE)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().collect(Collectors.toList());
        }
    }

    private static JsonObject read(Path nb) throws IOException {
        return JsonParser.parseString(Files.readString(nb)).getAsJsonObject();
    }

    private static String source(JsonObject cell) {
        JsonElement s = cell.get("source");
        if (s.isJsonPrimitive()) return s.getAsString();
        StringBuilder b = new StringBuilder();
        s.getAsJsonArray().forEach(line -> b.append(line.getAsString()));
        return b.toString();
    }

    @Test
    void theNotebooksAreThere() throws IOException {
        List<String> names = notebooks().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
        assertTrue(names.containsAll(List.of("01-tour.ipynb", "02-execution-rates.ipynb", "03-deduction-reasons.ipynb",
                "04-indicator-quality.ipynb", "05-compare-regions.ipynb")), names.toString());
    }

    @Test
    void committedNotebooksHaveNoOutputs() throws IOException {
        for (Path nb : notebooks()) {
            for (JsonElement c : read(nb).getAsJsonArray("cells")) {
                JsonObject cell = c.getAsJsonObject();
                if (!cell.get("cell_type").getAsString().equals("code")) continue;
                String where = nb.getFileName() + ": " + source(cell).lines().findFirst().orElse("") + " — run notebooks-java/strip-outputs";
                assertEquals(new JsonArray(), cell.getAsJsonArray("outputs"), where);
                assertTrue(cell.get("execution_count").isJsonNull(), where);
                assertFalse(cell.getAsJsonObject("metadata").has("execution"), where);
            }
        }
    }

    @Test
    void notebooksRunOnTheJavaKernelAgainstAConfigurableLake() throws IOException {
        for (Path nb : notebooks()) {
            JsonObject json = read(nb);
            assertEquals(4, json.get("nbformat").getAsInt(), nb.toString());
            JsonObject kernel = json.getAsJsonObject("metadata").getAsJsonObject("kernelspec");
            assertEquals("java", kernel.get("name").getAsString(), nb.toString());
            assertEquals("java", kernel.get("language").getAsString(), nb.toString());
            boolean configurable = false;
            for (JsonElement c : json.getAsJsonArray("cells")) {
                configurable |= source(c.getAsJsonObject()).contains("System.getenv().getOrDefault(\"JIXIAO_LAKE\", \"../data/lake\")");
            }
            assertTrue(configurable, nb + " reads the lake from JIXIAO_LAKE, default ../data/lake");
        }
    }

    @Test
    void everyExplanationIsInChineseAndEnglish() throws IOException {
        for (Path nb : notebooks()) {
            for (JsonElement c : read(nb).getAsJsonArray("cells")) {
                JsonObject cell = c.getAsJsonObject();
                if (!cell.get("cell_type").getAsString().equals("markdown")) continue;
                String text = source(cell);
                assertTrue(CHINESE.matcher(text).find() && ENGLISH.matcher(text).find(), nb.getFileName() + ": " + text);
            }
        }
    }
}
