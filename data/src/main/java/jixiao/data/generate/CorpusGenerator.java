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
import jixiao.data.layout.Layouts;
import jixiao.data.layout.Traditional;
import jixiao.data.render.DocumentFormat;
import jixiao.data.render.Page;
import jixiao.data.render.TextStyle;
import jixiao.extract.ContractJson;
import jixiao.extract.Progress;
import jixiao.model.Form;
import jixiao.region.Division;
import jixiao.region.Gazetteer;
import jixiao.recognise.vocab.Template;
import jixiao.recognise.vocab.Templates;

/**
 * Writes a corpus whose truth is known: for every region × department × year one document in one
 * of the asked formats (a text document in one of the asked layouts), each form in its department's
 * template, truth.jsonl with every form as printed, and planted.json with the habits planted per
 * region and year. Departments are generated in parallel, each from its own seeded
 * random stream, and written out in a fixed order: the same seed gives the same bytes.
 */
public final class CorpusGenerator {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINE = new ObjectMapper();
    /** Departments generated at once, between two ordered writes of their truth: memory stays flat. */
    private static final int CHUNK = 64;

    private final GeneratorConfig config;
    private final PrintStream log;
    private final LayoutMix layoutMix;

    public CorpusGenerator(GeneratorConfig config, PrintStream log) {
        this.config = config;
        this.log = log;
        this.layoutMix = LayoutMix.of(config.layouts());
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
        // truth.jsonl appears only once the corpus is whole: a run that fails half-way (a missing font, a
        // full disk) leaves no truth, so nothing takes its half corpus for a finished one
        Path partial = out.resolve("truth.jsonl.partial");
        try (BufferedWriter truth = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             Progress progress = new Progress("generate", "departments", plans.size(), log)) {
            for (int from = 0; from < plans.size(); from += CHUNK) {
                List<DepartmentPlan> chunk = plans.subList(from, Math.min(plans.size(), from + CHUNK));
                // every department of the chunk finishes (or fails) before a failure is thrown: a parallel stream
                // rethrows the first one while the others may still be writing files
                java.util.concurrent.atomic.AtomicReference<RuntimeException> failed = new java.util.concurrent.atomic.AtomicReference<>();
                List<DepartmentOutput> done = IntStream.range(0, chunk.size()).parallel()
                        .mapToObj(i -> {
                            try {
                                DepartmentOutput o = generate(chunk.get(i));
                                progress.step(chunk.get(i).name());
                                return o;
                            } catch (RuntimeException e) {
                                if (!failed.compareAndSet(null, e)) failed.get().addSuppressed(e);
                                return null;
                            }
                        }).toList();
                if (failed.get() != null) throw failed.get();
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
        Files.move(partial, out.resolve("truth.jsonl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
        FormPrinter printer = new FormPrinter(config.noiseRate());
        Template template = dept.template() == null ? null : Templates.get().byId(dept.template()).orElseThrow();
        Shows shows = template == null ? Shows.of(dept.region().style()) : Shows.of(template);
        Map<String, List<DrawnTarget>> lastYear = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        int documents = 0;
        for (int year = config.firstYear(); year <= config.lastYear(); year++) {
            String asked = config.formats().get(rng.nextInt(config.formats().size()));
            DocumentFormat format = config.classic() ? GeneratorConfig.format(asked, dept.region().textLayout())
                    : GeneratorConfig.format(asked, layoutMix.draw(rng));
            String file = dept.region().division().code() + "_" + year + "_" + dept.name() + "." + format.extension();
            Noise documentNoise = config.classic() ? null : documentNoise(format, rng);
            List<Layout> layouts = new ArrayList<>();
            Map<String, List<DrawnTarget>> thisYear = new LinkedHashMap<>();
            for (ProjectPlan p : dept.projects()) {
                if (!p.runsIn(year)) continue;
                FormFactory.Made made = factory.make(file, layouts.size(), dept.name(), dept.name(), p, year,
                        lastYear.get(p.code()), shows, rng);
                thisYear.put(p.code(), made.targets());
                FormPrinter.Printed printed = template == null ? printer.seed(made.form(), dept.region().style(), rng)
                        : printer.catalogue(made.form(), template, shows, dept, p.code(), rng);
                Form truth = printed.truth();
                Layout layout = printed.layout();
                if (documentNoise == Noise.TRADITIONAL) {
                    layout = Layouts.map(layout, s -> Traditional.withPinyin(Traditional.of(s)));
                    truth = FormDamage.traditional(truth);
                }
                List<Noise> kinds = new ArrayList<>();
                if (printed.noise() != null) kinds.add(printed.noise());
                if (documentNoise != null) kinds.add(documentNoise);
                kinds.forEach(k -> noise.merge(k, 1L, Long::sum));
                layouts.add(layout);
                lines.add(truthLine(truth, kinds));
            }
            lastYear = thisYear;
            if (layouts.isEmpty()) continue;
            Page page = new Page(documentNoise == Noise.FILE_TITLE ? fileTitle(dept, year, rng) : null,
                    documentNoise == Noise.PAGE_MARKERS, format == DocumentFormat.TXT_WEB_CELLS ? chrome(dept, year) : null);
            write(dept.folder(config.out()).resolve(String.valueOf(year)).resolve(file), format, page, layouts);
            documents++;
        }
        return new DepartmentOutput(lines, planted, noise, documents);
    }

    /**
     * Damage to a whole document, drawn at the noise rate: turned traditional, or for text exports of
     * doc-sharing sites page markers or the file's name on top. Converted pages are web mirrors, so a
     * PDF is never traditional (its font need not have every traditional character either).
     */
    private Noise documentNoise(DocumentFormat format, SplittableRandom rng) {
        if (config.noiseRate() <= 0 || rng.nextDouble() >= config.noiseRate()) return null;
        List<Noise> kinds = new ArrayList<>();
        if (format != DocumentFormat.PDF) kinds.add(Noise.TRADITIONAL);
        if (format.isText()) {
            kinds.add(Noise.FILE_TITLE);
            TextStyle style = format.textStyle();
            if (style != TextStyle.TAB && style != TextStyle.SPACE && style != TextStyle.PIPE) kinds.add(Noise.PAGE_MARKERS);
        }
        return kinds.isEmpty() ? null : kinds.get(rng.nextInt(kinds.size()));
    }

    /** The file name a doc-sharing site prints above the text (001: 上海市普陀区…2022年度项目自评价.pdf). */
    private static String fileTitle(DepartmentPlan dept, int year, SplittableRandom rng) {
        String[] ext = {"pdf", "xlsx", "xls", "docx", "doc"};
        return dept.name() + year + "年度项目支出绩效自评表." + ext[rng.nextInt(ext.length)];
    }

    /** A county site's page around a department's forms (007, 036). */
    private static Page.Chrome chrome(DepartmentPlan dept, int year) {
        String site = dept.region().division().county() + "人民政府";
        String date = (year + 1) + "-06-30";
        String index = dept.region().division().code() + "00" + String.format("%02d", dept.index()) + "/" + (year + 1) + "-000"
                + (10 + dept.index());
        return new Page.Chrome(site, dept.name() + year + "年度项目支出绩效自评情况公示", dept.name(), date, index);
    }

    private static String truthLine(Form form, List<Noise> noise) {
        Map<String, Object> m = ContractJson.toMap(form);
        m.remove("place");
        m.put("execution_reason", form.executionReason());
        m.put("noise", noise.stream().map(Noise::name).toList());
        try {
            return LINE.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, DocumentFormat format, Page page, List<Layout> layouts) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream o = Files.newOutputStream(file)) {
                format.write(layouts, page, o);
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
        if (!config.seedTemplates()) return catalogueRegions(counties, rng);
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
            out.add(RegionProfile.draw(i, chosen.get(i), config.firstYear(), config.lastYear(), null, rng(i, -2)));
        }
        return out;
    }

    /**
     * With catalogue templates, the regions take the asked templates in turn (in an order the seed
     * shuffles) as their home template, each a county of the province that publishes it.
     */
    private List<RegionProfile> catalogueRegions(List<Division> counties, SplittableRandom rng) {
        List<String> order = new ArrayList<>(config.templates());
        for (int i = order.size() - 1; i > 0; i--) java.util.Collections.swap(order, i, rng.nextInt(i + 1));
        List<RegionProfile> out = new ArrayList<>();
        List<Division> chosen = new ArrayList<>();
        for (int i = 0; i < config.regions() && chosen.size() < counties.size(); i++) {
            String template = order.get(i % order.size());
            String province = TemplateRegions.province(template);
            List<Division> in = counties.stream().filter(d -> province == null || province.equals(d.province()))
                    .filter(d -> !chosen.contains(d)).toList();
            if (in.isEmpty()) in = counties.stream().filter(d -> !chosen.contains(d)).toList();
            Division d = in.get(rng.nextInt(in.size()));
            chosen.add(d);
            out.add(RegionProfile.draw(i, d, config.firstYear(), config.lastYear(), template, rng(i, -2)));
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
            m.put("template", r.template() != null ? r.template() : r.style().name());
            m.put("amount_unit", r.amountUnit());
            m.put("text_layout", config.classic() ? r.textLayout().name() : "drawn per document");
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
        for (Noise k : config.classic() ? Noise.SEED_KINDS : List.of(Noise.values())) n.put(k.name(), noise.getOrDefault(k, 0L));
        root.put("noise", n);
        JSON.writeValue(file.toFile(), root);
    }
}
