package jixiao.data.generate;

import java.nio.file.Path;
import java.util.List;

import jixiao.data.render.DocumentFormat;

/** What to generate; validated once, when the command starts. */
public record GeneratorConfig(Path out, int regions, int firstYear, int lastYear, int departmentsPerRegion,
                              int projectsPerDepartment, List<String> formats, long seed, double noiseRate) {
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
    }

    /**
     * A text corpus (noise off) of about {@code forms} forms, for the benchmarks: 12 departments × 12
     * projects × 2022–2024 per region, about 400 forms each (some projects start late, hence 0.93).
     */
    public static GeneratorConfig aboutForms(Path out, int forms) {
        int regions = Math.max(1, (int) Math.round(forms / (12 * 12 * 3 * 0.93)));
        return new GeneratorConfig(out, regions, 2022, 2024, 12, 12, List.of("txt"), 7, 0);
    }

    public int years() {
        return lastYear - firstYear + 1;
    }

    public long forms() {
        return (long) regions * departmentsPerRegion * projectsPerDepartment * years();
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
}
