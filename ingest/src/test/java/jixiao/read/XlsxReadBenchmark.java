package jixiao.read;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Not a test: builds a workbook with a form on each of N sheets (default 200) in a temp file, reads
 * it with {@link XlsxGridReader} a few times, and prints sheets per second and the peak heap used
 * while reading. Run: {@code java -cp <test classpath> jixiao.read.XlsxReadBenchmark [sheets] [rounds] [file]};
 * with a file, the workbook is built there once and kept, so a second run can read it under a small
 * -Xmx (building a large workbook takes far more heap than reading it).
 */
public final class XlsxReadBenchmark {
    private static final double MIB = 1024.0 * 1024.0;

    private XlsxReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sheets = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean keep = args.length > 2;
        Path file = keep ? Path.of(args[2]) : Files.createTempFile("jixiao-bench", ".xlsx");
        try {
            if (!keep || !Files.exists(file)) build(file, sheets);
            Input input = new Input(file.getFileName().toString(), Files.readAllBytes(file), file);
            XlsxGridReader reader = new XlsxGridReader();
            reader.read(input); // warm-up: class loading and JIT
            System.out.printf("workbook: %s, %.1f KiB on disk, max heap %.0f MiB%n", file.getFileName(),
                    Files.size(file) / 1024.0, Runtime.getRuntime().maxMemory() / MIB);
            for (int round = 1; round <= rounds; round++) measure(reader, input, round);
        } finally {
            if (!keep) Files.deleteIfExists(file);
        }
        System.exit(0);
    }

    /** Written with SXSSF so that building a large workbook does not itself need a large heap. */
    private static void build(Path file, int sheets) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < sheets; i++) XlsFormLayout.write(wb.createSheet("表" + (i + 1)), 0, XlsFormLayout.sample(i));
            wb.write(out);
        }
    }

    private static void measure(XlsxGridReader reader, Input input, int round) throws UnreadableInput {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        List<Grid> grids = reader.read(input);
        double seconds = (System.nanoTime() - start) / 1e9;
        // the sum of each pool's peak bounds the heap in use at any moment of the read from above
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum() - before;
        long cells = grids.stream().mapToLong(g -> g.rows().stream().mapToLong(Row::size).sum()).sum();
        System.out.printf("round %d: %d grids, %d cells in %.3f s = %.0f sheets/s; heap before %.1f MiB, peak %.1f MiB"
                        + " (+%.1f MiB), grids retain %.1f MiB%n", round, grids.size(), cells, seconds,
                grids.size() / seconds, before / MIB, peak / MIB, (peak - before) / MIB, retained / MIB);
    }
}
