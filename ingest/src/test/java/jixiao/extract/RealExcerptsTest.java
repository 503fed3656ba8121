package jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jixiao.model.DocumentResult;
import jixiao.model.Form;
import jixiao.testing.Resources;

/**
 * Every real excerpt in src/test/resources/real (see its README), read by the current reader and scored
 * against its own golden alone with {@link ExtractionScore} (so each figure is the shared scorer's for
 * that file). An excerpt whose golden has forms must yield a form, a negative (golden {@code []}) must
 * yield none (except the few in {@link #KNOWN_FALSE_POSITIVES}, which must still yield one until the
 * reader is fixed), and each excerpt must reach its floor in real/floors.tsv: a ratchet, the figures
 * the reader reached when the floors were written, rounded down to 2 decimals. A table of every
 * excerpt's figures goes to stdout, so CI logs show where the reader stands.
 *
 * <p>When the reader gets better, raise the floors by rewriting the file from the current figures
 * (never in CI; review the diff, which also shows any floor that went down):
 * <pre>
 * cd /work/main &amp;&amp; mvn -q -B -o -pl ingest test -Dtest=RealExcerptsTest -Djixiao.real.write-floors=true
 * </pre>
 * In that mode the floors are written instead of asserted; the other checks still run.
 */
class RealExcerptsTest {
    /** System property that rewrites floors.tsv from the current figures instead of asserting them. */
    static final String WRITE_FLOORS = "jixiao.real.write-floors";
    private static final boolean WRITING = Boolean.getBoolean(WRITE_FLOORS);
    private static final String FLOORS = "floors.tsv";
    /** SOURCES.tsv marks the excerpts that show no project form this way. */
    private static final String NEGATIVE_NOTE = "not a project form";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Negatives the current reader still takes for a form, with why. An entry must keep failing check
     * (b), so that the fix shows up as a failure asking for the entry to go: remove entries, never add one
     * to make a new false positive pass.
     */
    static final Map<String, String> KNOWN_FALSE_POSITIVES = Map.of();

    /** One excerpt's extraction (as the contract's JSON lines) and its score. */
    record Result(String fixture, List<JsonNode> golden, List<JsonNode> forms, String lines, ExtractionScore score) {
        long partial() {
            return forms.stream().filter(f -> f.path("partial").asBoolean()).count();
        }

        long goldenPartial() {
            return golden.stream().filter(f -> f.path("partial").asBoolean()).count();
        }
    }

    record Floor(double floor, String measuredOn) {
    }

    private static final Map<String, Result> RESULTS = new TreeMap<>();
    private static Map<String, Floor> floors = Map.of();
    private static double seconds;

    @TempDir
    static Path tmp;

    static Path dir() {
        return Resources.path("real");
    }

    static Stream<String> fixtures() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stem(String fixture) {
        return fixture.substring(0, fixture.length() - ".txt".length());
    }

    /** Reads every excerpt once (most of the class's few seconds): the tests below only look at the results. */
    @BeforeAll
    static void extractAll() throws IOException {
        long started = System.nanoTime();
        DocumentExtractor extractor = new DocumentExtractor();
        for (String fixture : fixtures().toList()) {
            DocumentResult r = extractor.extract(dir().resolve(fixture));
            // through the JSON line the extract command writes, so the scorer sees what score_extract.py would
            StringWriter out = new StringWriter();
            for (Form f : r.forms()) ContractJson.writeLine(out, f);
            List<JsonNode> forms = new ArrayList<>();
            for (String line : out.toString().split("\n")) if (!line.isBlank()) forms.add(JSON.readTree(line));
            List<JsonNode> golden = new ArrayList<>();
            JSON.readTree(dir().resolve(stem(fixture) + ".json").toFile()).forEach(golden::add);
            ExtractionScore s = ExtractionScore.of(forms, Map.of(stem(fixture), golden));
            RESULTS.put(fixture, new Result(fixture, golden, forms, out.toString(), s));
        }
        seconds = (System.nanoTime() - started) / 1e9;
        Path file = dir().resolve(FLOORS);
        if (Files.exists(file)) floors = readFloors(file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void yieldsFormsOnlyWhereTheGoldenHasThemAndReachesItsFloor(String fixture) {
        Result r = RESULTS.get(fixture);
        ExtractionScore s = r.score();
        if (r.golden().isEmpty() && KNOWN_FALSE_POSITIVES.containsKey(fixture)) {
            assertFalse(r.forms().isEmpty(), () -> fixture + " no longer yields a form: remove it from KNOWN_FALSE_POSITIVES");
        } else if (r.golden().isEmpty()) {
            assertTrue(r.forms().isEmpty(), () -> fixture + " shows no project form, yet the reader found "
                    + r.forms().size() + ":\n" + r.lines());
        } else {
            assertFalse(r.forms().isEmpty(), () -> fixture + " shows " + r.golden().size()
                    + " form(s), complete or cut, and the reader found none");
        }
        if (WRITING) return;
        Floor floor = floors.get(fixture);
        assertNotNull(floor, () -> fixture + " has no floor in real/" + FLOORS + "; write them with -D" + WRITE_FLOORS + "=true");
        assertTrue(s.accuracy() >= floor.floor(), () -> String.format(Locale.ROOT,
                "%s: accuracy %.4f is below its floor %.2f (measured %s)%n%s", fixture, s.accuracy(), floor.floor(),
                floor.measuredOn(), s.report(Integer.MAX_VALUE)));
    }

    /** The goldens' negatives are the SOURCES.tsv rows noted "not a project form", and every excerpt has a row. */
    @Test
    void negativesAgreeWithTheSourcesList() throws IOException {
        List<String> lines = Files.readAllLines(dir().resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int fixture = header.indexOf("fixture");
        int note = header.indexOf("layout_note");
        Set<String> listed = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] cells = line.split("\t", -1);
            listed.add(cells[fixture]);
            Result r = RESULTS.get(cells[fixture]);
            assertNotNull(r, () -> "SOURCES.tsv lists " + cells[fixture] + ", which is not in real/");
            assertEquals(cells[note].startsWith(NEGATIVE_NOTE), r.golden().isEmpty(),
                    () -> cells[fixture] + ": SOURCES.tsv and the golden disagree on whether it is a negative");
        }
        assertEquals(RESULTS.keySet(), listed, "every excerpt has a SOURCES.tsv row");
    }

    /** Every excerpt has a floor and every floor an excerpt, so a new fixture cannot slip in unguarded. */
    @Test
    void floorsCoverEveryExcerpt() {
        Assumptions.assumeFalse(WRITING, "floors are being written");
        assertEquals(RESULTS.keySet(), new TreeSet<>(floors.keySet()),
                "real/" + FLOORS + " is out of date; write it with -D" + WRITE_FLOORS + "=true");
    }

    /**
     * Scored per file, the figures add up to the shared scorer's on the whole folder, and that scorer agrees
     * (run when python3 and ../shared are there, as in CI).
     */
    @Test
    void pooledFiguresAreTheSharedScorers() throws Exception {
        Path extracted = tmp.resolve("real.jsonl");
        StringBuilder all = new StringBuilder();
        RESULTS.values().forEach(r -> all.append(r.lines()));
        Files.writeString(extracted, all, StandardCharsets.UTF_8);
        ExtractionScore whole = ExtractionScore.of(ExtractionScore.readLines(extracted), dir());
        int[] sum = pooled();
        assertEquals(sum[0], whole.right);
        assertEquals(sum[1], whole.total);
        assertEquals(sum[2], whole.formsFound);
        assertEquals(sum[3], whole.formsTotal);
        assertEquals(sum[4], whole.extra);
        ExtractionScoreParityTest.assumeSharedScorer();
        assertEquals(whole.report(Integer.MAX_VALUE), ExtractionScoreParityTest.runScorer(extracted, dir(), true));
    }

    /** Right, total, forms found, golden forms and extra forms, summed over the excerpts. */
    private static int[] pooled() {
        int[] sum = new int[5];
        for (Result r : RESULTS.values()) {
            ExtractionScore s = r.score();
            sum[0] += s.right;
            sum[1] += s.total;
            sum[2] += s.formsFound;
            sum[3] += s.formsTotal;
            sum[4] += s.extra;
        }
        return sum;
    }

    /** The table goes to stdout so that CI logs show where the reader stands on every excerpt. */
    @AfterAll
    static void printTableAndWriteFloors() throws IOException {
        if (RESULTS.isEmpty()) return;
        String row = "%-46s %12s %9s %5s %9s %11s %8s %5s%n";
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "%nreal excerpts (ExtractionScore = score_extract.py, per file)%n"));
        t.append(String.format(Locale.ROOT, row, "fixture", "found/golden", "extracted", "extra", "partial", "fields",
                "accuracy", "floor"));
        long partial = 0;
        long goldenPartial = 0;
        long extracted = 0;
        for (Result r : RESULTS.values()) {
            ExtractionScore s = r.score();
            Floor f = floors.get(r.fixture());
            String mark = KNOWN_FALSE_POSITIVES.containsKey(r.fixture()) ? " *" : "";
            t.append(String.format(Locale.ROOT, row, stem(r.fixture()) + mark, s.formsFound + "/" + s.formsTotal, r.forms().size(),
                    s.extra, r.partial() + "/" + r.goldenPartial(), s.right + "/" + s.total,
                    s.total == 0 ? "-" : PythonValues.fixed4(s.accuracy()),
                    f == null ? "-" : String.format(Locale.ROOT, "%.2f", f.floor())));
            partial += r.partial();
            goldenPartial += r.goldenPartial();
            extracted += r.forms().size();
        }
        int[] sum = pooled();
        t.append(String.format(Locale.ROOT, row, "total (pooled: the shared scorer on the folder)", sum[2] + "/" + sum[3],
                extracted, sum[4], partial + "/" + goldenPartial, sum[0] + "/" + sum[1],
                PythonValues.fixed4(sum[1] == 0 ? 0 : (double) sum[0] / sum[1]), ""));
        double mean = RESULTS.values().stream().filter(r -> !r.golden().isEmpty())
                .mapToDouble(r -> r.score().accuracy()).average().orElse(0);
        t.append(String.format(Locale.ROOT, "mean accuracy of the %d excerpts with forms: %.4f; partial is extracted/golden;"
                + " a negative has no fields (accuracy -) unless the reader finds a form in it; read in %.1f s%n",
                RESULTS.values().stream().filter(r -> !r.golden().isEmpty()).count(), mean, seconds));
        KNOWN_FALSE_POSITIVES.forEach((k, why) -> t.append(String.format(Locale.ROOT, "* known false positive, %s: %s%n",
                stem(k), why)));
        System.out.print(t);
        if (WRITING) writeFloors();
    }

    /** floors.tsv in the source tree (not target/): the figures rounded down; a floor that stays keeps its date. */
    private static void writeFloors() throws IOException {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/real").resolve(FLOORS);
        String today = LocalDate.now().toString();
        List<String> out = new ArrayList<>(List.of(
                "# Accuracy floors for RealExcerptsTest: per real excerpt, the accuracy ExtractionScore (the same as",
                "# ../shared/tools/score_extract.py) gave the reader against the excerpt's own golden, rounded down to",
                "# 2 decimals. The test fails when an excerpt scores below its floor. Negatives have no fields to score",
                "# (floor 0.00); they are guarded by yielding no form. Written, not edited by hand (never in CI):",
                "#   cd /work/main && mvn -q -B -o -pl ingest test -Dtest=RealExcerptsTest -D" + WRITE_FLOORS + "=true",
                "fixture\tfloor\tmeasured_on"));
        for (Result r : RESULTS.values()) {
            double floor = BigDecimal.valueOf(r.score().accuracy()).setScale(2, RoundingMode.FLOOR).doubleValue();
            Floor old = floors.get(r.fixture());
            String date = old != null && old.floor() == floor ? old.measuredOn() : today;
            if (old != null && floor < old.floor()) {
                System.out.printf(Locale.ROOT, "floor lowered: %s %.2f -> %.2f%n", r.fixture(), old.floor(), floor);
            }
            out.add(String.format(Locale.ROOT, "%s\t%.2f\t%s", r.fixture(), floor, date));
        }
        Files.write(file, out, StandardCharsets.UTF_8);
        System.out.println("wrote " + file.toAbsolutePath().normalize());
    }

    static Map<String, Floor> readFloors(Path file) throws IOException {
        Map<String, Floor> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("fixture\t")) continue;
            String[] cells = line.split("\t", -1);
            out.put(cells[0], new Floor(Double.parseDouble(cells[1]), cells.length > 2 ? cells[2] : ""));
        }
        return out;
    }
}
