package jixiao.lake;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import jixiao.extract.DocumentExtractor;
import jixiao.extract.ExtractSummary;
import jixiao.extract.Hashes;
import jixiao.extract.InputFiles;
import jixiao.extract.Progress;
import jixiao.model.DocumentResult;

/**
 * Documents → lake. Every input file gets its bronze row; files that are new or whose bytes changed
 * are read and their forms, indicators, summaries, rejects and set-aside tables MERGEd into silver;
 * a changed file's old rows are deleted. Unchanged files are not read again, so a second run on the
 * same inputs commits nothing. {@code reprocess} re-reads every file (after a reader improves).
 */
public final class IngestJob {
    private final SparkSession spark;
    private final Lake lake;
    private final DocumentExtractor extractor;
    private final PrintStream log;
    /** Files read and MERGEd at a time. */
    static final int BATCH = 500;

    public IngestJob(SparkSession spark, Lake lake, DocumentExtractor extractor, PrintStream log) {
        this.spark = spark;
        this.lake = lake;
        this.extractor = extractor;
        this.log = log;
    }

    public IngestSummary run(List<Path> inputs, boolean reprocess) {
        long started = System.nanoTime();
        List<Path> files = distinct(InputFiles.expand(inputs));
        DeltaWriter writer = new DeltaWriter(spark, lake);
        Map<String, String> known = knownDocuments(writer);

        List<Path> todo = new ArrayList<>();
        int added = 0, changed = 0;
        Set<String> replacedShas = new HashSet<>();
        for (Path f : files) {
            String path = f.toString();
            String before = known.get(path);
            if (before == null) {
                added++;
                todo.add(f);
            } else if (!before.equals(sha256(f))) {
                changed++;
                replacedShas.add(before);
                todo.add(f);
            } else if (reprocess) {
                todo.add(f);
            }
        }
        ExtractSummary extracted = ExtractSummary.of(List.of(), 0);
        try (Progress progress = new Progress("ingest", todo.size(), log)) {
            // batches keep memory flat on a large corpus; each batch is one MERGE per table
            for (int from = 0; from < todo.size(); from += BATCH) {
                List<DocumentResult> results = extractAll(todo.subList(from, Math.min(todo.size(), from + BATCH)), progress);
                extracted = extracted.plus(ExtractSummary.of(results, 0));
                write(writer, results, known, replacedShas, reprocess);
                for (DocumentResult d : results) known.put(d.path(), d.sha256());
            }
        }
        extracted = extracted.withSeconds((System.nanoTime() - started) / 1e9);
        int unchanged = files.size() - added - changed;
        return new IngestSummary(files.size(), added, changed, unchanged, extracted, (System.nanoTime() - started) / 1e9);
    }

    private void write(DeltaWriter writer, List<DocumentResult> results, Map<String, String> known,
                       Set<String> replacedShas, boolean reprocess) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Row> documents = new ArrayList<>();
        Set<String> readShas = new LinkedHashSet<>();
        Set<String> readPaths = new LinkedHashSet<>();
        for (DocumentResult d : results) {
            documents.add(LakeRows.document(d, now));
            readShas.add(d.sha256());
            readPaths.add(d.path());
        }
        // Old contents still published under another path keep their rows.
        Map<String, String> after = new HashMap<>(known);
        for (DocumentResult d : results) after.put(d.path(), d.sha256());
        Set<String> orphans = new HashSet<>(replacedShas);
        orphans.removeAll(after.values());
        Set<String> staleShas = new HashSet<>(orphans);
        if (reprocess) staleShas.addAll(readShas);

        log.printf("ingest: writing %d documents to %s%n", results.size(), lake.root());
        writer.merge(Lake.DOCUMENTS, Schemas.DOCUMENTS, documents, List.of("path"), true, null);
        Column byContent = staleShas.isEmpty() ? null : col("t.document_sha256").isin(staleShas.toArray());
        Column byPath = col("t.path").isin(readPaths.toArray());
        mergeAll(writer, results, Lake.FORMS, Schemas.FORMS, List.of("form_id"), reprocess, byContent,
                d -> LakeRows.forms(d, now));
        mergeAll(writer, results, Lake.INDICATORS, Schemas.INDICATORS, List.of("form_id", "indicator_index"), reprocess, byContent,
                LakeRows::indicators);
        mergeAll(writer, results, Lake.SUMMARIES, Schemas.SUMMARIES, List.of("summary_id"), reprocess, byContent,
                LakeRows::summaries);
        mergeAll(writer, results, Lake.SET_ASIDE, Schemas.SET_ASIDE, List.of("set_aside_id"), reprocess, byContent,
                LakeRows::setAside);
        // rejects belong to a path: a fixed file's rejects go, whatever else shares its old bytes
        mergeAll(writer, results, Lake.REJECTS, Schemas.REJECTS, List.of("reject_id"), true, byPath, LakeRows::rejects);
    }

    private static void mergeAll(DeltaWriter writer, List<DocumentResult> results, String table, StructType schema,
                                 List<String> keys, boolean update, Column stale, Function<DocumentResult, List<Row>> rows) {
        List<Row> all = new ArrayList<>();
        for (DocumentResult d : results) all.addAll(rows.apply(d));
        writer.merge(table, schema, all, keys, update, stale);
    }

    private List<DocumentResult> extractAll(List<Path> todo, Progress progress) {
        DocumentResult[] out = new DocumentResult[todo.size()];
        java.util.stream.IntStream.range(0, todo.size()).parallel().forEach(i -> {
            out[i] = extractor.extract(todo.get(i));
            progress.step(out[i].name());
        });
        return List.of(out);
    }

    private static Map<String, String> knownDocuments(DeltaWriter writer) {
        Map<String, String> known = new HashMap<>();
        if (!writer.exists(Lake.DOCUMENTS)) return known;
        for (Row r : writer.read(Lake.DOCUMENTS).select("path", "sha256").collectAsList()) {
            known.put(r.getString(0), r.getString(1));
        }
        return known;
    }

    private static List<Path> distinct(List<Path> files) {
        Set<Path> seen = new LinkedHashSet<>();
        for (Path f : files) seen.add(f.toAbsolutePath().normalize());
        return new ArrayList<>(seen);
    }

    /** The file's hash, or "" when it cannot be read (the extractor records why). */
    private static String sha256(Path f) {
        try {
            return Hashes.sha256(Files.readAllBytes(f));
        } catch (IOException | OutOfMemoryError e) {
            return ""; // as the extractor records an unreadable file, so it stays "unchanged"
        }
    }
}
