package jixiao.data.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jixiao.data.layout.Layout;
import jixiao.data.render.DocumentFormat;
import jixiao.extract.ContractJson;
import jixiao.extract.Progress;
import jixiao.region.Division;
import jixiao.region.Gazetteer;

/**
 * Writes a corpus whose truth is known: for every region × department × year one document in one
 * of the asked formats, truth.jsonl with every form as written, and planted.json with the habits
 * planted per region and year. Departments are generated in parallel, each from its own seeded
 * random stream, and written out in a fixed order: the same seed gives the same bytes.
 */
public final class CorpusGenerator {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINE = new ObjectMapper();
    /** Departments generated at once, between two ordered writes of their truth: memory stays flat. */
    private static final int CHUNK = 64;

    private final GeneratorConfig config;
    private final PrintStream log;

    public CorpusGenerator(GeneratorConfig config, PrintStream log) {
        this.config = config;
        this.log = log;
    }

    public record Summary(long documents, long forms, Map<Noise, Long> noise, double seconds) {
        public String closingLine(Path out) {
            return String.format("generate: %,d documents, %,d forms in %.1f s (%.0f forms/s) → %s", documents, forms,
                    seconds, forms / Math.max(seconds, 1e-9), out.toAbsolutePath());
        }
    }

    public Summary run() throws IOException {
        long started = System.nanoTime();
        Path out = config.out();
        Files.createDirectories(out.resolve("documents"));
        List<RegionProfile> regions = regions();
        List<DepartmentPlan> plans = new ArrayList<>();
        for (RegionProfile r : regions) plans.addAll(DepartmentPlan.draw(r, config, rng(r.index(), -1)));
        Planted planted = new Planted();
        Map<Noise, Long> noise = new EnumMap<>(Noise.class);
        AtomicLong documents = new AtomicLong();
        long forms = 0;
        try (BufferedWriter truth = Files.newBufferedWriter(out.resolve("truth.jsonl"), StandardCharsets.UTF_8);
             Progress progress = new Progress("generate", "departments", plans.size(), log)) {
            for (int from = 0; from < plans.size(); from += CHUNK) {
                List<DepartmentPlan> chunk = plans.subList(from, Math.min(plans.size(), from + CHUNK));
                List<DepartmentOutput> done = IntStream.range(0, chunk.size()).parallel()
                        .mapToObj(i -> {
                            DepartmentOutput o = generate(chunk.get(i));
                            progress.step(chunk.get(i).name());
                            return o;
                        }).toList();
                for (DepartmentOutput d : done) {
                    for (String line : d.truthLines()) truth.write(line + "\n");
                    planted.addAll(d.planted());
                    d.noise().forEach((k, v) -> noise.merge(k, v, Long::sum));
                    documents.addAndGet(d.documents());
                    forms += d.truthLines().size();
                }
            }
        }
        writePlanted(out.resolve("planted.json"), regions, planted, noise);
        return new Summary(documents.get(), forms, noise, (System.nanoTime() - started) / 1e9);
    }

    private record DepartmentOutput(List<String> truthLines, Planted planted, Map<Noise, Long> noise, int documents) {
    }

    /** All years of one department: its documents on disk, its truth lines in order. */
    private DepartmentOutput generate(DepartmentPlan dept) {
        SplittableRandom rng = rng(dept.region().index(), dept.index());
        Planted planted = new Planted();
        Map<Noise, Long> noise = new EnumMap<>(Noise.class);
        FormFactory factory = new FormFactory(dept.region(), planted);
        Map<String, List<DrawnTarget>> lastYear = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        int documents = 0;
        for (int year = config.firstYear(); year <= config.lastYear(); year++) {
            DocumentFormat format = GeneratorConfig.format(config.formats().get(rng.nextInt(config.formats().size())),
                    dept.region().textLayout());
            String file = dept.region().division().code() + "_" + year + "_" + dept.name() + "." + format.extension();
            List<Layout> layouts = new ArrayList<>();
            Map<String, List<DrawnTarget>> thisYear = new LinkedHashMap<>();
            for (ProjectPlan p : dept.projects()) {
                if (!p.runsIn(year)) continue;
                FormFactory.Made made = factory.make(file, layouts.size(), dept.name(), dept.name(), p, year,
                        lastYear.get(p.code()), rng);
                thisYear.put(p.code(), made.targets());
                Layout layout = dept.region().style().layout(made.form());
                Noise damage = null;
                if (config.noiseRate() > 0 && rng.nextDouble() < config.noiseRate()) {
                    NoisePlanter.Noisy n = NoisePlanter.plant(made.form(), layout, rng);
                    layout = n.layout();
                    damage = n.noise();
                    if (damage != null) noise.merge(damage, 1L, Long::sum);
                }
                layouts.add(layout);
                lines.add(truthLine(made, damage));
            }
            lastYear = thisYear;
            if (layouts.isEmpty()) continue;
            write(dept.folder(config.out()).resolve(String.valueOf(year)).resolve(file), format, layouts);
            documents++;
        }
        return new DepartmentOutput(lines, planted, noise, documents);
    }

    private static String truthLine(FormFactory.Made made, Noise noise) {
        Map<String, Object> m = ContractJson.toMap(made.form());
        m.remove("place");
        m.put("execution_reason", made.form().executionReason());
        m.put("noise", noise == null ? List.of() : List.of(noise.name()));
        try {
            return LINE.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, DocumentFormat format, List<Layout> layouts) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream o = Files.newOutputStream(file)) {
                format.write(layouts, o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Real counties from the gazetteer, spread over provinces, chosen by the seed. */
    private List<RegionProfile> regions() {
        List<Division> counties = new ArrayList<>(Gazetteer.load().divisions().stream()
                .filter(Division::isCounty)
                .filter(d -> d.code().charAt(4) != '7') // statistical development zones are not counties
                .sorted(Comparator.comparing(Division::code)).toList());
        SplittableRandom rng = new SplittableRandom(config.seed());
        // the first regions are in Sichuan and Shandong, whose templates the seeds show
        List<Division> chosen = new ArrayList<>();
        for (String first : List.of("四川省", "山东省")) {
            List<Division> in = counties.stream().filter(d -> first.equals(d.province())).toList();
            if (chosen.size() < config.regions() && !in.isEmpty()) chosen.add(in.get(rng.nextInt(in.size())));
        }
        while (chosen.size() < config.regions() && chosen.size() < counties.size()) {
            Division d = counties.get(rng.nextInt(counties.size()));
            if (!chosen.contains(d)) chosen.add(d);
        }
        List<RegionProfile> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            out.add(RegionProfile.draw(i, chosen.get(i), config.firstYear(), config.lastYear(), rng(i, -2)));
        }
        return out;
    }

    private SplittableRandom rng(int region, int department) {
        long s = config.seed() * 0x9E3779B97F4A7C15L + region * 1_000_003L + department * 7_919L;
        return new SplittableRandom(s);
    }

    private void writePlanted(Path file, List<RegionProfile> regions, Planted planted, Map<Noise, Long> noise)
            throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("seed", config.seed());
        root.put("years", IntStream.rangeClosed(config.firstYear(), config.lastYear()).boxed().toList());
        root.put("noise_rate", config.noiseRate());
        Map<String, String> habits = new LinkedHashMap<>();
        for (Habit h : Habit.values()) habits.put(h.name(), h.description());
        root.put("habits", habits);
        List<Map<String, Object>> rs = new ArrayList<>();
        for (RegionProfile r : regions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", r.division().code());
            m.put("province", r.division().province());
            m.put("city", r.division().city());
            m.put("county", r.division().county());
            m.put("template", r.style().name());
            m.put("amount_unit", r.amountUnit());
            m.put("text_layout", r.textLayout().name());
            Map<String, Object> years = new LinkedHashMap<>();
            for (int y = config.firstYear(); y <= config.lastYear(); y++) {
                Map<String, Object> hs = new LinkedHashMap<>();
                for (Habit h : Habit.values()) {
                    long[] c = planted.get(r.index(), y, h);
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("rate", r.rate(y, h));
                    v.put("eligible", c[0]);
                    v.put("applied", c[1]);
                    hs.put(h.name(), v);
                }
                years.put(String.valueOf(y), hs);
            }
            m.put("years", years);
            rs.add(m);
        }
        root.put("regions", rs);
        Map<String, Long> n = new LinkedHashMap<>();
        for (Noise k : Noise.values()) n.put(k.name(), noise.getOrDefault(k, 0L));
        root.put("noise", n);
        JSON.writeValue(file.toFile(), root);
    }
}
