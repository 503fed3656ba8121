package jixiao.extract;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jixiao.model.DocumentResult;
import jixiao.model.Form;

/**
 * The extract stage without Spark: files and folders in, one {@link DocumentResult} per file, and
 * the forms as JSON Lines per the extraction contract.
 */
public final class Extractor {
    private final java.util.function.Supplier<DocumentExtractor> documents;
    private final PrintStream log;
    private final int threads;

    /** One thread, this extractor. */
    public Extractor(DocumentExtractor documents, PrintStream log) {
        this.documents = () -> documents;
        this.log = log;
        this.threads = 1;
    }

    /**
     * {@code threads} threads, each with its own extractor from {@code documents} (as each Spark task makes
     * its own): the parse limit of this machine, and what {@code jixiao extract} uses.
     */
    public Extractor(java.util.function.Supplier<DocumentExtractor> documents, PrintStream log, int threads) {
        this.documents = documents;
        this.log = log;
        this.threads = Math.max(1, threads);
    }

    /**
     * Reads every input, handing each document's result to {@code sink} in input order (so the output is
     * the same whatever the number of threads); at most a few documents per thread are held at once.
     */
    public ExtractSummary run(List<Path> inputs, Consumer<DocumentResult> sink) {
        InputFiles.Found found = InputFiles.find(inputs);
        SkippedPath.report("extract", found.skipped(), log, 20);
        List<Path> files = found.files();
        List<DocumentResult> results = new ArrayList<>(files.size());
        Progress progress = new Progress("extract", files.size(), log);
        try (progress) {
            if (threads == 1) {
                DocumentExtractor one = documents.get();
                for (Path f : files) take(one.extract(f), results, sink, progress);
            } else {
                inParallel(files, results, sink, progress);
            }
        }
        return ExtractSummary.of(results, progress.seconds());
    }

    private void inParallel(List<Path> files, List<DocumentResult> results, Consumer<DocumentResult> sink, Progress progress) {
        ThreadLocal<DocumentExtractor> own = ThreadLocal.withInitial(documents);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<DocumentResult>> window = new java.util.ArrayDeque<>();
        try {
            for (Path f : files) {
                window.add(pool.submit(() -> own.get().extract(f)));
                if (window.size() >= 4 * threads) take(next(window), results, sink, progress);
            }
            while (!window.isEmpty()) take(next(window), results, sink, progress);
        } finally {
            pool.shutdownNow();
        }
    }

    private static DocumentResult next(java.util.ArrayDeque<java.util.concurrent.Future<DocumentResult>> window) {
        try {
            return window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extract: interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // DocumentExtractor turns every failure of a file into its reject; anything else is a bug
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void take(DocumentResult r, List<DocumentResult> results, Consumer<DocumentResult> sink, Progress progress) {
        results.add(r);
        sink.accept(r);
        progress.step(r.name());
    }

    public ExtractSummary toJsonLines(List<Path> inputs, Path out) {
        try {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                return run(inputs, r -> {
                    for (Form f : r.forms()) ContractJson.writeLine(w, f);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
