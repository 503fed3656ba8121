package jixiao.data.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jixiao.extract.DocumentExtractor;
import jixiao.extract.ExtractSummary;
import jixiao.extract.Extractor;
import jixiao.model.DocumentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Forms per second for each format (a generated corpus per format, read twice: a warm-up, then the
 * measured run, on one thread), and the peak heap while reading one workbook of many sheets.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Forms/s per format; peak heap on a large workbook.")
public final class ExtractBenchmark implements Callable<Integer> {
    @Option(names = "--regions", defaultValue = "4", description = "regions per corpus: 72 forms each (default: ${DEFAULT-VALUE})")
    int regions;

    @Option(names = "--sheets", defaultValue = "200", description = "sheets in the workbook (default: ${DEFAULT-VALUE})")
    int sheets;

    @Option(names = "--formats", defaultValue = "txt,xlsx,docx,pdf", split = ",")
    List<String> formats;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("jixiao-bench");
        try {
            return run(dir);
        } finally {
            Corpora.delete(dir);
        }
    }

    private int run(Path dir) throws Exception {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        System.out.printf("%-6s %8s %8s %10s%n", "format", "files", "forms", "forms/s");
        for (String format : formats) {
            Path corpus = dir.resolve(format);
            Corpora.generate(corpus, format, regions, 0, 42);
            Extractor extractor = new Extractor(new DocumentExtractor(), quiet);
            extractor.run(List.of(corpus.resolve("documents")), r -> { });
            ExtractSummary s = extractor.run(List.of(corpus.resolve("documents")), r -> { });
            System.out.printf("%-6s %8d %8d %10.1f%n", format, s.files(), s.forms(), s.forms() / s.seconds());
        }
        Path workbook = Corpora.workbook(dir, sheets, 42);
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        long t0 = System.nanoTime();
        DocumentResult r = new DocumentExtractor().extract(workbook);
        double secs = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        System.out.printf("workbook of %d sheets (%,d bytes): %d forms in %.2f s; peak heap %.1f MiB (max heap %.0f MiB)%n",
                sheets, Files.size(workbook), r.forms().size(), secs, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        return 0;
    }
}
