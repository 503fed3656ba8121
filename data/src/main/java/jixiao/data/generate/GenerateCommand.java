package jixiao.data.generate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao generate}: a realistic corpus with planted truth, at any scale. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate evaluation documents with known truth (truth.jsonl) and planted habits (planted.json).")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "folder to write (documents/, truth.jsonl, planted.json)")
    Path out;

    @Option(names = "--regions", defaultValue = "4", description = "counties (default: ${DEFAULT-VALUE})")
    int regions;

    @Option(names = "--years", defaultValue = "2022-2025", description = "first-last fiscal year (default: ${DEFAULT-VALUE})")
    String years;

    @Option(names = "--departments-per-region", defaultValue = "4", description = "(default: ${DEFAULT-VALUE})")
    int departments;

    @Option(names = "--projects-per-department", defaultValue = "5", description = "(default: ${DEFAULT-VALUE})")
    int projects;

    @Option(names = "--formats", defaultValue = "txt,xlsx,docx,pdf", split = ",",
            description = "formats to spread documents over (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--seed", defaultValue = "1", description = "same seed, same bytes (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--noise", defaultValue = "0", description = "share of forms (and of documents, for whole-document damage) "
            + "damaged like real extractions, 0-1 (default: ${DEFAULT-VALUE})")
    double noise;

    @Option(names = "--templates", defaultValue = GeneratorConfig.ALL, split = ",",
            description = "catalogue templates to print forms in: all, ids such as mof-2020,shanghai,scoring-sheet, "
                    + "or seeds (the three seed templates, as before) (default: ${DEFAULT-VALUE})")
    List<String> templates;

    @Option(names = "--layouts", defaultValue = GeneratorConfig.REALISTIC, split = ",",
            description = "text layouts of txt documents: realistic (all nine, as often as real pages show them), clean "
                    + "(tab, cells, pipe, space), or any of tab, cells, pipe, space, loose-pipe, web-cells, run-rows, run-doc, "
                    + "scrambled (default: ${DEFAULT-VALUE})")
    List<String> layouts;

    @Override
    public Integer call() throws Exception {
        int[] y = Arrays.stream(years.split("-")).mapToInt(Integer::parseInt).toArray();
        GeneratorConfig c = new GeneratorConfig(out, regions, y[0], y[y.length - 1], departments, projects, formats, seed,
                noise, templates, layouts);
        System.err.printf("generate: %d regions × %d departments × %d projects × %d years ≈ %,d forms into %s%n",
                regions, departments, projects, c.years(), c.forms(), out);
        CorpusGenerator.Summary s = new CorpusGenerator(c, System.err).run();
        System.err.println(s.closingLine(out));
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }
}
