package jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/jixiao runs the JVM with C1 alone for small jobs ({@code bin/lib/small-job.bash}): a command whose local
 * inputs and lake total under 64 MB, the lake's bytes counted five times. A large input, a large lake or one on another file system, and the commands
 * that are not jobs (benchmarks) keep both compilers.
 */
class SmallJobRuleTest {
    private static final Path SCRIPT = Path.of("..", "bin", "lib", "small-job.bash").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void smallLocalInputsAndLakeAreSmall() throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/a.txt"), "项目支出绩效自评表");
        Files.createDirectories(dir.resolve("lake"));
        assertEquals(true, small("run", "--lake", "lake", "docs"));
        assertEquals(true, small("run", "--lake=file://" + dir.resolve("lake"), "docs"));
        assertEquals(true, small("ingest", "--lake", "lake", "docs"));
        assertEquals(true, small("extract", "-o", "out.jsonl", "docs"));
        assertEquals(true, small("transform", "--lake", "lake"));
        assertEquals(true, small("site", "--lake", "lake", "--out", "site"));
        assertEquals(true, small("run")); // the samples and the default lake, absent here
    }

    @Test
    void largeOrRemoteInputsAndOtherCommandsAreNot() throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        sparse(dir.resolve("docs/big.pdf"), 65L * 1024 * 1024); // the apparent size counts, as the job reads it
        Files.createDirectories(dir.resolve("lake"));
        sparse(dir.resolve("lake/part-0.parquet"), 70L * 1024 * 1024);
        Files.createDirectories(dir.resolve("small"));
        assertEquals(false, small("run", "--lake", "other", "docs"));
        assertEquals(false, small("transform", "--lake", "lake"));
        assertEquals(false, small("site", "--lake", "lake"));
        assertEquals(false, small("ingest", "--lake", "hdfs://namenode/lake", "small"));
        assertEquals(false, small("run", "--lake", "other", "s3a://bucket/docs"));
        assertEquals(false, small("benchmark", "pipeline", "--dir", "small"));
        assertEquals(false, small("--version"));
        // the lake's bytes count five times (a form takes about five times the bytes in its documents)
        sparse(dir.resolve("small/lake.parquet"), 13L * 1024 * 1024);
        assertEquals(false, small("transform", "--lake", "small"));
        sparse(dir.resolve("small/lake.parquet"), 12L * 1024 * 1024);
        assertEquals(true, small("transform", "--lake", "small"));
        // an option's value is not an input: the big folder after --out is not read
        assertEquals(true, small("site", "--lake", "small", "--out", "docs"));
        assertEquals(false, small("site", "--lake", "docs"));
    }

    private boolean small(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "set -euo pipefail; source \"$0\"; if small_job \"$@\"; then echo small; else echo large; fi",
                SCRIPT.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertEquals(0, p.waitFor(), out);
        if (!out.equals("small") && !out.equals("large")) throw new AssertionError(String.join(" ", args) + ": " + out);
        return out.equals("small");
    }

    private static void sparse(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }
}
