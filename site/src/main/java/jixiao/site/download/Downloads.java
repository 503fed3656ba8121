package jixiao.site.download;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jixiao.site.load.GoldTable;

/**
 * The 数据下载 files: every table in {@code downloads/jixiao-gold-tables.xlsx}, every table's CSV in
 * {@code downloads/jixiao-csv.zip}, and the small tables (not a row per form or finding) also as
 * {@code downloads/<short name>.csv}. Headers and values in Chinese as the site shows them ({@link DownloadTable}).
 * The big tables' CSVs go only into the zip: written loose beside the workbook they would double the downloads'
 * size (the budget is about 1.5 KB per form, the site's about 4 KB).
 *
 * <p>Files are only rewritten when they change, so an unchanged lake rebuilds the site without touching them:
 * a loose CSV is written to a temp file and replaces the old one only when the bytes differ; the workbook and the
 * zip are skipped when a fingerprint of their tables, kept beside each ({@code downloads/.<file>.sha256}), is what
 * it was. Files of tables no longer given are left.
 */
public final class Downloads {
    public static final String DIR = "downloads";
    public static final String WORKBOOK = "jixiao-gold-tables.xlsx";
    public static final String CSV_ZIP = "jixiao-csv.zip";
    static final String FINGERPRINT = "." + WORKBOOK + ".sha256";
    static final String ZIP_FINGERPRINT = "." + CSV_ZIP + ".sha256";
    /** Bump when the workbook's or the zip's layout changes, so old ones are rewritten (the vocabulary is in the fingerprint). */
    private static final String WORKBOOK_FORMAT = "jixiao-gold-tables/2";
    /** The zip's entries' time: fixed, so the same tables give the same bytes. */
    private static final long ZIP_TIME = java.time.Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();

    private Downloads() {}

    /**
     * Writes the downloads under {@code siteDir}.
     *
     * @param tables       the tables, in the order to list them
     * @param descriptions a one-line Chinese description per table name, for the workbook's 说明 sheet (may lack some)
     */
    public static DownloadSet write(List<GoldTable> tables, Map<String, String> descriptions, Path siteDir) {
        return write(tables, descriptions, siteDir, WorkbookWriter.MAX_DATA_ROWS);
    }

    static DownloadSet write(List<GoldTable> tables, Map<String, String> descriptions, Path siteDir, int maxSheetRows) {
        Path dir = siteDir.resolve(DIR);
        ColumnNames names = ColumnNames.get();
        List<DownloadTable> shown = tables.stream().map(t -> new DownloadTable(t, names)).toList();
        try {
            Files.createDirectories(dir);
            List<TableDownload> out = new ArrayList<>();
            List<String> csvNames = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            taken.add(WORKBOOK.toLowerCase(Locale.ROOT));
            long total = 0;
            for (DownloadTable t : shown) {
                String name = fileName(t.table().shortName(), taken) + ".csv";
                csvNames.add(name);
                DownloadFile csv = null;
                if (names.ownCsv(t.name())) {
                    Path file = dir.resolve(name);
                    replaceIfChanged(file, os -> CsvWriter.write(t, os));
                    csv = new DownloadFile(t.title(), DIR + "/" + name, t.rowCount(), Files.size(file));
                }
                out.add(new TableDownload(t.name(), t.title(), t.rowCount(), t.table().version(), csv));
                total += t.rowCount();
            }
            String fingerprint = fingerprint(tables, descriptions, maxSheetRows, names);
            Path zip = dir.resolve(CSV_ZIP);
            writeUnlessSame(zip, dir.resolve(ZIP_FINGERPRINT), fingerprint, os -> zip(shown, csvNames, os));
            Path workbook = dir.resolve(WORKBOOK);
            WorkbookWriter writer = new WorkbookWriter(maxSheetRows);
            writeUnlessSame(workbook, dir.resolve(FINGERPRINT), fingerprint, os -> writer.write(shown, descriptions, os));
            return new DownloadSet(new DownloadFile("全部表（Excel 工作簿）", DIR + "/" + WORKBOOK, total, Files.size(workbook)),
                    new DownloadFile("全部表（CSV 压缩包）", DIR + "/" + CSV_ZIP, total, Files.size(zip)), out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the downloads under " + dir, e);
        }
    }

    /** Writes {@code file} unless it is there and {@code sidecar} holds {@code fingerprint}; then records the fingerprint. */
    private static void writeUnlessSame(Path file, Path sidecar, String fingerprint, Content content) throws IOException {
        boolean same = Files.isRegularFile(file) && Files.isRegularFile(sidecar)
                && Files.readString(sidecar, StandardCharsets.US_ASCII).strip().equals(fingerprint);
        if (same) return;
        replace(file, content);
        Files.writeString(jixiao.site.build.StagedSite.fresh(sidecar), fingerprint + "\n", StandardCharsets.US_ASCII);
    }

    /** Every table's CSV, one entry each, with fixed entry times. */
    static void zip(List<DownloadTable> tables, List<String> names, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (int i = 0; i < tables.size(); i++) {
            ZipEntry e = new ZipEntry(names.get(i));
            e.setTime(ZIP_TIME);
            zip.putNextEntry(e);
            CsvWriter.write(tables.get(i), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /**
     * SHA-256 over what the workbook and the zip show: per table its name, Delta version, commit time, columns and
     * row count, plus the descriptions, the sheet size and the vocabulary. A Delta version fixes a table's rows; the
     * commit time tells a lake written afresh (versions from 0 again) from the old one.
     */
    static String fingerprint(List<GoldTable> tables, Map<String, String> descriptions, int maxSheetRows, ColumnNames names) {
        StringBuilder s = new StringBuilder(WORKBOOK_FORMAT).append('\n').append(maxSheetRows).append('\n')
                .append(names.fingerprint()).append('\n');
        for (GoldTable t : tables) {
            s.append(t.name()).append('\t').append(t.version()).append('\t').append(t.committed()).append('\t')
                    .append(t.rows().size()).append('\t').append(String.join("\u001f", t.columns())).append('\t')
                    .append(descriptions.getOrDefault(t.name(), "")).append('\n');
        }
        return ColumnNames.sha256(s.toString());
    }

    /** A file name part safe on every file system and unique ignoring case (as on Windows and macOS). */
    static String fileName(String shortName, Set<String> taken) {
        String base = shortName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (base.isEmpty() || base.startsWith(".")) base = "table" + base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = base + "-" + n;
        return name;
    }

    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content to a temp file beside {@code file}; replaces {@code file} only when the bytes differ. */
    static boolean replaceIfChanged(Path file, Content content) throws IOException {
        Path tmp = temp(file, content);
        try {
            if (Files.isRegularFile(file) && Files.mismatch(tmp, file) == -1) return false;
            move(tmp, file);
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void replace(Path file, Content content) throws IOException {
        Path tmp = temp(file, content);
        try {
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path temp(Path file, Content content) throws IOException {
        // not Files.createTempFile: its files are private (rw-------) and kept so when moved into place, so a web
        // server that serves the copied site as another user could not read the downloads
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            content.writeTo(os);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
