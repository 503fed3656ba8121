package jixiao.site.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Not a test (surefire does not pick it up by name): times the entity page sets on a generated lake.
 * {@code mvn -B -o -pl site -am test -Dtest=EntityPagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dforms=10000}
 */
class EntityPagesBenchmark {
    /** One thread, one department's forms page rendered again and again: the template's own cost. */
    private static void perPage(EntitySite s) {
        jixiao.site.model.SiteModel model = new jixiao.site.model.SiteModel(s.snapshot());
        jixiao.site.build.PageRenderer renderer = new jixiao.site.build.PageRenderer();
        var titles = FormPages.ruleTitles(model);
        var depts = new java.util.ArrayList<>(model.formsByDepartment().entrySet());
        java.util.Map<String, Object> vars = new java.util.HashMap<>(FormPages.model(model, depts.get(0).getKey(), depts.get(0).getValue(), titles));
        vars.put("root", "../");
        vars.put("stamp", java.util.Map.of("run", 1, "asOf", "a", "files", 1, "read", 1, "partial", 0, "rejected", 0, "built", "b"));
        vars.put("fmt", jixiao.site.build.Fmt.INSTANCE);
        vars.put("path", "forms/x.html");
        for (int i = 0; i < 2000; i++) renderer.render(FormPages.TEMPLATE, vars);
        long t = System.nanoTime();
        int n = 3000;
        for (int i = 0; i < n; i++) renderer.render(FormPages.TEMPLATE, vars);
        System.out.printf(Locale.ROOT, "  forms page render (%d forms): %.2f ms each (one thread)%n", depts.get(0).getValue().size(),
                (System.nanoTime() - t) / 1e6 / n);
        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            var d = depts.get(i % depts.size());
            FormPages.model(model, d.getKey(), d.getValue(), titles);
        }
        System.out.printf(Locale.ROOT, "  forms page model: %.3f ms each%n", (System.nanoTime() - t) / 1e6 / n);
    }

    @Test
    void time() throws Exception {
        int forms = Integer.getInteger("forms", 10_000);
        EntitySite s = new EntitySite();
        String[] counties = new String[Math.max(1, forms / 50)];
        for (int c = 0; c < counties.length; c++) counties[c] = "第" + c + "区";
        for (int i = 0; i < forms; i++) {
            String county = counties[i % counties.length];
            String id = "g-" + i;
            int year = 2022 + i % 3;
            s.form(id, "某省", "某市", county, county + "部门" + (i / counties.length) % 5, year, "项目" + i / 3, "K" + i / 3,
                    0.5 + (i % 60) / 100.0, 90.0 + i % 10, 85.0 + i % 7, i % 4 == 0 ? null : "据实支付");
            for (int k = 0; k < 8; k++) s.indicator(id, k, "指标" + k, "≥" + k + "个", k + "个", 10.0, 10.0, 9.5, "MET");
            s.finding(id, null, "LOW_RATE_NO_REASON", "WARNING", "执行率低于90%且未说明原因");
            s.finding(id, 3, "VAGUE_TARGET", "INFO", "指标值“提升”为模糊表述");
            s.finding(id, 5, "MISSED_FULL_POINTS", "ERROR", "未达成却得满分");
            s.lineage("K" + i / 3, year, id, year == 2022 ? null : year - 1, i % 2 == 0);
        }
        Path out = Files.createTempDirectory("entity-bench");
        perPage(s);
        for (int run = 1; run <= 3; run++) {
            long t = System.nanoTime();
            s.writeTo(out.resolve("site-" + run), true);
            System.out.printf(Locale.ROOT, "entity pages, %d forms, run %d (fresh folder): %.1f s%n", forms, run, (System.nanoTime() - t) / 1e9);
        }
        long t = System.nanoTime();
        s.writeTo(out.resolve("site-3"), true);
        System.out.printf(Locale.ROOT, "entity pages, %d forms, rebuild with nothing changed: %.1f s%n", forms, (System.nanoTime() - t) / 1e9);
    }
}
