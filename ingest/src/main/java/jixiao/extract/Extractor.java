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
    private final DocumentExtractor documents;
    private final PrintStream log;

    public Extractor(DocumentExtractor documents, PrintStream log) {
        this.documents = documents;
        this.log = log;
    }

    /** Reads every input, in order, handing each result to {@code sink} as it is done. */
    public ExtractSummary run(List<Path> inputs, Consumer<DocumentResult> sink) {
        InputFiles.Found found = InputFiles.find(inputs);
        SkippedPath.report("extract", found.skipped(), log, 20);
        List<Path> files = found.files();
        List<DocumentResult> results = new ArrayList<>(files.size());
        Progress progress = new Progress("extract", files.size(), log);
        try (progress) {
            for (Path f : files) {
                DocumentResult r = documents.extract(f);
                results.add(r);
                sink.accept(r);
                progress.step(r.name());
            }
        }
        return ExtractSummary.of(results, progress.seconds());
    }

    /** Writes the forms of every input to {@code out} as JSON Lines; returns the batch summary. */
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
