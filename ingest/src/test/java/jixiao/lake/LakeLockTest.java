package jixiao.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second process on the same lake waits, told who holds it; a holder that dies takes its lock with it. */
class LakeLockTest {
    @TempDir
    Path dir;

    /** Holds the lake's lock until killed (run as a separate process by the test). */
    public static void main(String[] args) throws Exception {
        LakeLock.acquire(new Lake(args[0]), "holder", System.err);
        System.out.println("held");
        System.out.flush();
        Thread.sleep(600_000);
    }

    @Test
    void aSecondProcessWaitsAndGoesOnWhenTheHolderDies() throws Exception {
        Lake lake = new Lake(dir.resolve("lake").toString());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LakeLockTest.class.getName(), lake.root())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", out.readLine());
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            CompletableFuture<LakeLock> waiting = CompletableFuture.supplyAsync(
                    () -> LakeLock.acquire(lake, "ingest", new PrintStream(said, true, StandardCharsets.UTF_8)));
            Thread.sleep(1500);
            assertFalse(waiting.isDone(), "the lake is held by the other process");
            String message = said.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains("in use by another run (holder, process " + holder.pid() + ")"), message);

            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // as if killed: the OS releases its lock
            try (LakeLock lock = waiting.get(30, TimeUnit.SECONDS)) {
                // held now; the stages of one process share it: a second acquire in this process does not wait
                CompletableFuture<LakeLock> again = CompletableFuture.supplyAsync(() -> LakeLock.acquire(lake, "transform", System.err));
                again.get(10, TimeUnit.SECONDS).close();
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
