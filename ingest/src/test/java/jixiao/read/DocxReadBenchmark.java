package jixiao.read;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jixiao.recognise.FormRecogniser;

/**
 * How fast the .docx reader goes (not a test): a document of 50 Sichuan forms, each a title
 * paragraph, a year paragraph and one merged table, read 20 times after a short warm-up; prints
 * forms per second for reading alone and for reading plus recognising.
 * Run: {@code mvn -o -q test-compile -pl ingest} then
 * {@code java -cp "ingest/target/classes:ingest/target/test-classes:$(cat cp.txt)" jixiao.read.DocxReadBenchmark}
 * with cp.txt from {@code mvn -o -q dependency:build-classpath -pl ingest -Dmdep.outputFile=cp.txt}.
 */
public final class DocxReadBenchmark {
    private static final int FORMS = 50;
    private static final int RUNS = 20;
    private static final int WARM_UP = 10;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private DocxReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DocxFixture doc = new DocxFixture();
        for (int i = 0; i < FORMS; i++) {
            doc.paragraph("部门预算项目支出绩效自评表").paragraph("（2023年度）").table(DocxFormEndToEndTest.SICHUAN_FORM);
        }
        Path file = Files.createTempFile("docx-benchmark-", ".docx");
        try {
            Input input = doc.write(file.getParent(), file.getFileName().toString());
            System.out.printf(Locale.ROOT, "document: %d forms, %,d bytes%n", FORMS, input.bytes().length);
            DocxGridReader reader = new DocxGridReader();
            FormRecogniser recogniser = new FormRecogniser();
            for (int i = 0; i < WARM_UP; i++) check(recogniser.recognise(input.name(), reader.read(input)).forms().size());

            long[] start = now();
            for (int i = 0; i < RUNS; i++) reader.read(input);
            report("read", start);

            start = now();
            for (int i = 0; i < RUNS; i++) check(recogniser.recognise(input.name(), reader.read(input)).forms().size());
            report("read + recognise", start);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void check(int forms) {
        if (forms != FORMS) throw new IllegalStateException("recognised " + forms + " forms, expected " + FORMS);
    }

    /** Wall-clock and this thread's CPU time: on a busy machine the CPU figure is the one that repeats. */
    private static long[] now() {
        return new long[] {System.nanoTime(), CPU.getCurrentThreadCpuTime()};
    }

    private static void report(String what, long[] start) {
        double wall = (System.nanoTime() - start[0]) / 1e9;
        double cpu = (CPU.getCurrentThreadCpuTime() - start[1]) / 1e9;
        System.out.printf(Locale.ROOT, "%-17s %d runs: %.0f forms/s wall (%.1f ms per document), %.0f forms/s CPU (%.1f ms)%n",
                what, RUNS, FORMS * RUNS / wall, wall * 1000 / RUNS, FORMS * RUNS / cpu, cpu * 1000 / RUNS);
    }
}
