package jixiao.read;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jixiao.recognise.FormRecogniser;

/**
 * How fast PDFs with a text layer are read: a 50-page PDF with one district form per page, in each
 * print style (text only; ruled and centred), read five times after three warm-up reads, from the
 * file as the extractor gives it. Prints forms/s (one form a page) for reading alone, by the clock
 * and by CPU time, and for reading plus recognising. Not a test: run it by hand with the test classpath.
 */
public final class PdfReadBenchmark {
    private static final int PAGES = 50;
    private static final int RUNS = 5;
    private static final int WARM_UP = 3;

    private PdfReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        for (PdfSichuanForm.Style style : PdfSichuanForm.Style.values()) {
            Path file = Files.createTempFile("jixiao-bench", ".pdf");
            try {
                measure(style, file);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void measure(PdfSichuanForm.Style style, Path file) throws Exception {
        try (PdfSketch pdf = new PdfSketch()) {
            for (int i = 0; i < PAGES; i++) {
                pdf.page();
                PdfSichuanForm.draw(pdf, "项目" + (i + 1) + "运行维护费", false, style);
            }
            pdf.save(file);
        }
        System.out.printf("%s: %d-page PDF, %d KiB%n", style, PAGES, Files.size(file) / 1024);
        Input input = new Input(file.getFileName().toString(), Files.readAllBytes(file), file);
        PdfGridReader reader = new PdfGridReader();
        FormRecogniser recogniser = new FormRecogniser();
        int forms = 0;
        for (int warmUp = 0; warmUp < WARM_UP; warmUp++) {
            forms = recogniser.recognise(input.name(), reader.read(input)).forms().size();
        }
        if (forms != PAGES) throw new IllegalStateException("expected " + PAGES + " forms, recognised " + forms);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long readNanos = 0;
        long readCpu = 0;
        long totalNanos = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            List<Grid> grids = reader.read(input);
            long read = System.nanoTime();
            readCpu += threads.getCurrentThreadCpuTime() - startCpu;
            recogniser.recognise(input.name(), grids);
            long end = System.nanoTime();
            readNanos += read - start;
            totalNanos += end - start;
        }
        double readSeconds = readNanos / 1e9;
        double totalSeconds = totalNanos / 1e9;
        // CPU time as well: on a shared machine the wall clock says as much about the neighbours
        System.out.printf("  read:             %.2f s for %d runs, %.0f forms/s (%.0f forms per CPU second)%n",
                readSeconds, RUNS, RUNS * forms / readSeconds, RUNS * forms / (readCpu / 1e9));
        System.out.printf("  read + recognise: %.2f s for %d runs, %.0f forms/s%n",
                totalSeconds, RUNS, RUNS * forms / totalSeconds);
    }
}
