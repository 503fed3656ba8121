package jixiao.data.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A department of a region and the projects it runs over the years; {@code template} is the catalogue
 * template it publishes in (null with the seed templates, where the region's style decides).
 */
record DepartmentPlan(RegionProfile region, int index, DepartmentKind kind, String name, List<ProjectPlan> projects,
                      String template) {

    Path folder(Path out) {
        return out.resolve("documents").resolve(region.division().code() + "-" + region.division().county());
    }

    static List<DepartmentPlan> draw(RegionProfile region, GeneratorConfig c, SplittableRandom rng) {
        List<DepartmentKind> kinds = new ArrayList<>(Catalogue.DEPARTMENTS);
        List<DepartmentPlan> out = new ArrayList<>();
        for (int d = 0; d < c.departmentsPerRegion(); d++) {
            DepartmentKind kind = kinds.remove(rng.nextInt(kinds.size()));
            String name = kind.name(region.place(), region.division().county());
            List<ProjectPlan> projects = new ArrayList<>();
            for (int p = 0; p < c.projectsPerDepartment(); p++) {
                ProjectKind pk = Catalogue.PROJECTS.get(kind.projectKinds().get(p % kind.projectKinds().size()));
                String base = pk.names().get(rng.nextInt(pk.names().size()));
                // the same kind twice in one department gets a distinguishing suffix, as real lists do
                String projectName = p < kind.projectKinds().size() ? base : base + "（" + (p / kind.projectKinds().size() + 1) + "期）";
                // most projects run every year; some start later (new) and keep their code
                int first = rng.nextDouble() < 0.8 ? c.firstYear() : c.firstYear() + rng.nextInt(c.years());
                int created = first - rng.nextInt(3);
                String code = region.division().code() + String.format("%02d", created % 100) + "T"
                        + String.format("%012d", (long) (d + 1) * 1_000_000L + (p + 1) * 1_000L + rng.nextInt(1000));
                double median = pk.medianWan() * Math.exp(rng.nextGaussian());
                projects.add(new ProjectPlan(pk, projectName, code, first, c.lastYear(),
                        FormFactory.round2(Math.max(0.5, Math.min(5000, median)))));
            }
            // most departments publish in their county's template; the others in one of the rest asked for
            String template = null;
            if (region.template() != null) {
                List<String> asked = c.templates();
                template = rng.nextDouble() < 0.6 ? region.template() : asked.get(rng.nextInt(asked.size()));
            }
            out.add(new DepartmentPlan(region, d, kind, name, projects, template));
        }
        return out;
    }
}
