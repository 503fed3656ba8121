package jixiao.site.download;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jixiao.site.load.GoldTable;

/**
 * The 数据下载 files: every gold table as {@code downloads/<short name>.csv} and all of them in
 * {@code downloads/jixiao-gold-tables.xlsx}.
 *
 * <p>Files are only rewritten when they change, so an unchanged lake rebuilds the site without touching them:
 * a CSV is written to a temp file and replaces the old one only when the bytes differ; the workbook (whose zip
 * bytes are not reproducible) is skipped when a fingerprint of its tables, kept in
 * {@code downloads/.jixiao-gold-tables.xlsx.sha256}, is what it was. Files of tables no longer given are left.
 */
public final class Downloads {
    public static final String DIR = "downloads";
    public static final String WORKBOOK = "jixiao-gold-tables.xlsx";
    /** {@link DownloadFile#table()} of the workbook. */
    public static final String ALL_TABLES = "*";
    static final String FINGERPRINT = "." + WORKBOOK + ".sha256";
    /** Bump when the workbook's layout changes, so old workbooks are rewritten. */
    private static final String WORKBOOK_FORMAT = "jixiao-gold-tables/1";

    private Downloads() {}

    /**
     * Writes the downloads under {@code siteDir}.
     *
     * @param tables       the gold tables, in the order to list them
     * @param descriptions a one-line Chinese description per table name, for the workbook's 说明 sheet (may lack some)
     * @return a CSV per table in the given order, then the workbook
     */
    public static List<DownloadFile> write(List<GoldTable> tables, Map<String, String> descriptions, Path siteDir) {
        return write(tables, descriptions, siteDir, WorkbookWriter.MAX_DATA_ROWS);
    }

    static List<DownloadFile> write(List<GoldTable> tables, Map<String, String> descriptions, Path siteDir, int maxSheetRows) {
        Path dir = siteDir.resolve(DIR);
        try {
            Files.createDirectories(dir);
            List<DownloadFile> out = new ArrayList<>();
            Set<String> names = new HashSet<>();
            long total = 0;
            for (GoldTable t : tables) {
                String name = fileName(t.shortName(), names) + ".csv";
                Path file = dir.resolve(name);
                replaceIfChanged(file, os -> CsvWriter.write(t, os));
                out.add(new DownloadFile(t.name(), DIR + "/" + name, t.rows().size(), Files.size(file)));
                total += t.rows().size();
            }
            Path workbook = dir.resolve(WORKBOOK);
            Path sidecar = dir.resolve(FINGERPRINT);
            String fingerprint = fingerprint(tables, descriptions, maxSheetRows);
            boolean same = Files.isRegularFile(workbook) && Files.isRegularFile(sidecar)
                    && Files.readString(sidecar, StandardCharsets.US_ASCII).strip().equals(fingerprint);
            if (!same) {
                WorkbookWriter writer = new WorkbookWriter(maxSheetRows);
                replace(workbook, os -> writer.write(tables, descriptions, os));
                Files.writeString(jixiao.site.build.StagedSite.fresh(sidecar), fingerprint + "\n", StandardCharsets.US_ASCII);
            }
            out.add(new DownloadFile(ALL_TABLES, DIR + "/" + WORKBOOK, total, Files.size(workbook)));
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the downloads under " + dir, e);
        }
    }

    /**
     * SHA-256 over what the workbook shows: per table its name, Delta version, commit time, columns and row count,
     * plus the descriptions and sheet size. A Delta version fixes a table's rows; the commit time tells a lake
     * written afresh (versions from 0 again) from the old one.
     */
    static String fingerprint(List<GoldTable> tables, Map<String, String> descriptions, int maxSheetRows) {
        StringBuilder s = new StringBuilder(WORKBOOK_FORMAT).append('\n').append(maxSheetRows).append('\n');
        for (GoldTable t : tables) {
            s.append(t.name()).append('\t').append(t.version()).append('\t').append(t.committed()).append('\t')
                    .append(t.rows().size()).append('\t').append(String.join("\u001f", t.columns())).append('\t')
                    .append(descriptions.getOrDefault(t.name(), "")).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
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
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
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
