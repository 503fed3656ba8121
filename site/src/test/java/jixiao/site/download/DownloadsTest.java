package jixiao.site.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.site.load.GoldTable;

class DownloadsTest {
    static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    static final Map<String, String> DESCRIPTIONS = Map.of("gold/findings", "问题清单");

    @TempDir
    Path site;

    List<GoldTable> tables(int formsVersion, int formsRows) {
        return List.of(Tables.findings(), Tables.numbered("gold/forms", formsVersion, formsRows));
    }

    Path file(String relative) {
        return site.resolve(relative);
    }

    void age(String... relative) throws IOException {
        for (String r : relative) Files.setLastModifiedTime(file(r), LONG_AGO);
    }

    @Test
    void writesTheWorkbookTheZipAndTheSmallTablesCsv() throws IOException {
        DownloadSet set = Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        assertEquals("downloads/jixiao-gold-tables.xlsx", set.workbook().file());
        assertEquals("downloads/jixiao-csv.zip", set.csvZip().file());
        assertEquals(List.of("gold/findings", "gold/forms"), set.tables().stream().map(TableDownload::table).toList());
        assertEquals(List.of("问题清单", "forms"), set.tables().stream().map(TableDownload::title).toList());
        assertEquals(List.of(4L, 12L), set.tables().stream().map(TableDownload::rows).toList());
        assertNull(set.tables().get(0).csv(), "a row per finding: only in the zip");
        assertEquals("downloads/forms.csv", set.tables().get(1).csv().file());
        assertFalse(Files.exists(file("downloads/findings.csv")));
        assertEquals(16, set.workbook().rows());
        for (DownloadFile f : set.files()) assertEquals(Files.size(file(f.file())), f.bytes(), f.file());

        byte[] csv = Files.readAllBytes(file("downloads/forms.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("第3行"));

        Map<String, byte[]> zip = unzip(file("downloads/jixiao-csv.zip"));
        assertEquals(List.of("findings.csv", "forms.csv"), List.copyOf(zip.keySet()));
        assertArrayEquals(csv, zip.get("forms.csv"), "the zip's CSV is the loose one");
        assertTrue(new String(zip.get("findings.csv"), StandardCharsets.UTF_8).contains("北京市财政局"));

        try (InputStream in = Files.newInputStream(file("downloads/jixiao-gold-tables.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("说明", "问题清单", "forms"), WorkbookWriterTest.sheetNames(wb));
            assertEquals(12, wb.getSheet("forms").getLastRowNum());
            assertEquals("问题清单", wb.getSheet("说明").getRow(1).getCell(6).getStringCellValue());
        }
        assertTrue(Files.isRegularFile(file("downloads/.jixiao-gold-tables.xlsx.sha256")));
        assertTrue(Files.isRegularFile(file("downloads/.jixiao-csv.zip.sha256")));
        try (Stream<Path> left = Files.list(file("downloads"))) {
            assertEquals(5, left.count(), "no temp files left behind");
        }
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    /** Downloads are as readable as the pages beside them (a private temp file moved into place was not). */
    @Test
    void downloadsAreReadableAsThePagesAre() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(site.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        Path page = Files.writeString(site.resolve("page.html"), "x");
        var expected = Files.getPosixFilePermissions(page);
        for (String f : new String[] {"downloads/forms.csv", "downloads/jixiao-gold-tables.xlsx", "downloads/jixiao-csv.zip"}) {
            assertEquals(expected, Files.getPosixFilePermissions(file(f)), f);
        }
    }

    @Test
    void theZipIsTheSameBytesForTheSameTables() throws IOException {
        Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        byte[] first = Files.readAllBytes(file("downloads/jixiao-csv.zip"));
        Files.delete(file("downloads/jixiao-csv.zip"));
        Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        assertArrayEquals(first, Files.readAllBytes(file("downloads/jixiao-csv.zip")), "fixed entry times: reproducible");
    }

    @Test
    void unchangedRebuildLeavesFilesAlone() throws IOException {
        Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        String[] all = {"downloads/forms.csv", "downloads/jixiao-gold-tables.xlsx", "downloads/jixiao-csv.zip",
                "downloads/.jixiao-gold-tables.xlsx.sha256", "downloads/.jixiao-csv.zip.sha256"};
        age(all);
        DownloadSet again = Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        for (String r : all) assertEquals(LONG_AGO, Files.getLastModifiedTime(file(r)), r);
        assertEquals(2, again.tables().size());
        assertEquals(Files.size(file("downloads/jixiao-gold-tables.xlsx")), again.workbook().bytes());
    }

    @Test
    void changedTableRewritesItsCsvTheZipAndTheWorkbook() throws IOException {
        Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        age("downloads/forms.csv", "downloads/jixiao-gold-tables.xlsx", "downloads/jixiao-csv.zip");
        DownloadSet set = Downloads.write(tables(2, 13), DESCRIPTIONS, site);
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file("downloads/forms.csv")));
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file("downloads/jixiao-gold-tables.xlsx")));
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file("downloads/jixiao-csv.zip")));
        assertEquals(13, set.tables().get(1).rows());
        try (InputStream in = Files.newInputStream(file("downloads/jixiao-gold-tables.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(13, wb.getSheet("forms").getLastRowNum());
        }
    }

    @Test
    void aChangedVocabularyChangesTheFingerprint() {
        ColumnNames a = ColumnNames.parse("gold/x\t*\t甲\tcsv\t\n*\tv\t值\tscore\t值\n");
        ColumnNames b = ColumnNames.parse("gold/x\t*\t甲\tcsv\t\n*\tv\t数值\tscore\t值\n");
        assertNotEquals(Downloads.fingerprint(tables(1, 12), DESCRIPTIONS, 10, a), Downloads.fingerprint(tables(1, 12), DESCRIPTIONS, 10, b));
        assertEquals(Downloads.fingerprint(tables(1, 12), DESCRIPTIONS, 10, a), Downloads.fingerprint(tables(1, 12), DESCRIPTIONS, 10, a));
    }

    @Test
    void newDescriptionRewritesTheWorkbook() throws IOException {
        Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        age("downloads/jixiao-gold-tables.xlsx");
        Downloads.write(tables(1, 12), Map.of("gold/findings", "问题清单", "gold/forms", "表单"), site);
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file("downloads/jixiao-gold-tables.xlsx")));
    }

    @Test
    void missingWorkbookIsWrittenAgain() throws IOException {
        Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        Files.delete(file("downloads/jixiao-gold-tables.xlsx"));
        Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        assertTrue(Files.size(file("downloads/jixiao-gold-tables.xlsx")) > 0);
    }

    @Test
    void overflowThroughTheInjectedLimit() throws IOException {
        Downloads.write(tables(1, 12), DESCRIPTIONS, site, 5);
        try (InputStream in = Files.newInputStream(file("downloads/jixiao-gold-tables.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("说明", "问题清单", "forms", "forms (2)", "forms (3)"), WorkbookWriterTest.sheetNames(wb));
            assertEquals(2, wb.getSheet("forms (3)").getLastRowNum());
        }
        String csv = Files.readString(file("downloads/forms.csv"));
        assertEquals(13, csv.split("\r\n").length, "the CSV is never split");
    }

    @Test
    void fileNamesSafeAndUnique() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertEquals("findings", Downloads.fileName("findings", taken));
        assertEquals("Findings-2", Downloads.fileName("Findings", taken));
        assertEquals("a_b", Downloads.fileName("a:b", taken));
        assertEquals("table.hidden", Downloads.fileName(".hidden", taken));
        assertFalse(taken.isEmpty());
    }
}
