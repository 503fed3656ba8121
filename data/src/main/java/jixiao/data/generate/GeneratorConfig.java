package jixiao.data.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jixiao.data.render.DocumentFormat;
import jixiao.recognise.vocab.Template;
import jixiao.recognise.vocab.Templates;

/**
 * What to generate; validated once, when the command starts.
 *
 * @param templates catalogue template ids to print forms in ({@value #ALL} for every one), or
 *                  {@value #SEEDS}: the three seed templates, chosen per region as the generator always did
 * @param layouts   the text layouts a "txt" document is drawn in: names of {@link DocumentFormat#optionName()},
 *                  {@value #REALISTIC} (all nine, weighted as the real pages show them) or {@value #CLEAN}
 *                  (tab, cells, pipe, space: one per region, as the generator always did)
 */
public record GeneratorConfig(Path out, int regions, int firstYear, int lastYear, int departmentsPerRegion,
                              int projectsPerDepartment, List<String> formats, long seed, double noiseRate,
                              List<String> templates, List<String> layouts) {
    public static final String SEEDS = "seeds";
    public static final String ALL = "all";
    public static final String REALISTIC = "realistic";
    public static final String CLEAN = "clean";

    public GeneratorConfig {
        if (regions < 1) throw new IllegalArgumentException("--regions must be at least 1");
        if (firstYear > lastYear) throw new IllegalArgumentException("--years: the first year is after the last");
        if (firstYear < 2000 || lastYear > 2100) throw new IllegalArgumentException("--years must lie in 2000-2100");
        if (departmentsPerRegion < 1 || departmentsPerRegion > Catalogue.DEPARTMENTS.size()) {
            throw new IllegalArgumentException("--departments-per-region must be 1-" + Catalogue.DEPARTMENTS.size());
        }
        if (projectsPerDepartment < 1) throw new IllegalArgumentException("--projects-per-department must be at least 1");
        if (noiseRate < 0 || noiseRate > 1) throw new IllegalArgumentException("--noise must be between 0 and 1");
        for (String f : formats) {
            if (!List.of("txt", "xlsx", "xls", "docx", "pdf").contains(f)) {
                throw new IllegalArgumentException("--formats: unknown format '" + f + "' (txt, xlsx, xls, docx, pdf)");
            }
        }
        formats = List.copyOf(formats);
        templates = expandTemplates(templates);
        layouts = List.copyOf(layouts);
        LayoutMix.of(layouts); // validates the names
    }

    /** The seed templates and the four clean text layouts: the corpora the generator has always made. */
    public GeneratorConfig(Path out, int regions, int firstYear, int lastYear, int departmentsPerRegion,
                           int projectsPerDepartment, List<String> formats, long seed, double noiseRate) {
        this(out, regions, firstYear, lastYear, departmentsPerRegion, projectsPerDepartment, formats, seed, noiseRate,
                List.of(SEEDS), List.of(CLEAN));
    }

    /**
     * A text corpus (noise off) of about {@code forms} forms, for the benchmarks: 12 departments × 12
     * projects × 2022–2024 per region, about 400 forms each (some projects start late, hence 0.93).
     * In the seed templates: the analytics and the site are measured on what the reader reads exactly.
     */
    public static GeneratorConfig aboutForms(Path out, int forms) {
        int regions = Math.max(1, (int) Math.round(forms / (12 * 12 * 3 * 0.93)));
        return new GeneratorConfig(out, regions, 2022, 2024, 12, 12, List.of("txt"), 7, 0);
    }

    public GeneratorConfig withTemplates(List<String> ids) {
        return new GeneratorConfig(out, regions, firstYear, lastYear, departmentsPerRegion, projectsPerDepartment,
                formats, seed, noiseRate, ids, layouts);
    }

    public GeneratorConfig withLayouts(List<String> names) {
        return new GeneratorConfig(out, regions, firstYear, lastYear, departmentsPerRegion, projectsPerDepartment,
                formats, seed, noiseRate, templates, names);
    }

    public int years() {
        return lastYear - firstYear + 1;
    }

    public long forms() {
        return (long) regions * departmentsPerRegion * projectsPerDepartment * years();
    }

    /** Forms in the seed templates (per region, as always) rather than the catalogue's. */
    public boolean seedTemplates() {
        return templates.equals(List.of(SEEDS));
    }

    /**
     * Exactly what the generator made before templates and layouts could be chosen: the seed templates,
     * one clean text layout per region, the four original kinds of noise. Such corpora are byte for
     * byte what they were, and the analytics' tests that measure planted habits run on them.
     */
    public boolean classic() {
        return seedTemplates() && layouts.equals(List.of(CLEAN));
    }

    /** A document's format: "txt" becomes the region's text layout. */
    static DocumentFormat format(String name, DocumentFormat textLayout) {
        return switch (name) {
            case "xlsx" -> DocumentFormat.XLSX;
            case "xls" -> DocumentFormat.XLS;
            case "docx" -> DocumentFormat.DOCX;
            case "pdf" -> DocumentFormat.PDF;
            default -> textLayout;
        };
    }

    private static List<String> expandTemplates(List<String> asked) {
        if (asked.isEmpty()) throw new IllegalArgumentException("--templates: none given");
        if (asked.contains(SEEDS)) {
            if (asked.size() > 1) throw new IllegalArgumentException("--templates: '" + SEEDS + "' stands alone");
            return List.of(SEEDS);
        }
        List<String> out = new ArrayList<>();
        for (String id : asked) {
            if (ALL.equals(id)) {
                for (Template t : Templates.get().all()) if (!out.contains(t.id())) out.add(t.id());
            } else if (Templates.get().byId(id).isPresent()) {
                if (!out.contains(id)) out.add(id);
            } else {
                throw new IllegalArgumentException("--templates: unknown template '" + id + "' (" + ALL + ", " + SEEDS + ", or one of "
                        + Templates.get().all().stream().map(Template::id).toList() + ")");
            }
        }
        return List.copyOf(out);
    }
}
