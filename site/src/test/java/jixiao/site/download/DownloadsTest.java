package jixiao.site.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void writesACsvPerTableAndTheWorkbook() throws IOException {
        List<DownloadFile> files = Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        assertEquals(List.of("downloads/findings.csv", "downloads/forms.csv", "downloads/jixiao-gold-tables.xlsx"),
                files.stream().map(DownloadFile::file).toList());
        assertEquals(List.of("gold/findings", "gold/forms", Downloads.ALL_TABLES), files.stream().map(DownloadFile::table).toList());
        assertEquals(List.of(4L, 12L, 16L), files.stream().map(DownloadFile::rows).toList());
        assertEquals(List.of(false, false, true), files.stream().map(DownloadFile::workbook).toList());
        for (DownloadFile f : files) assertEquals(Files.size(file(f.file())), f.bytes(), f.file());

        byte[] csv = Files.readAllBytes(file("downloads/findings.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("北京市财政局"));

        try (InputStream in = Files.newInputStream(file("downloads/jixiao-gold-tables.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("说明", "findings", "forms"), WorkbookWriterTest.sheetNames(wb));
            assertEquals(12, wb.getSheet("forms").getLastRowNum());
            assertEquals("问题清单", wb.getSheet("说明").getRow(1).getCell(5).getStringCellValue());
        }
        assertTrue(Files.isRegularFile(file("downloads/.jixiao-gold-tables.xlsx.sha256")));
        try (Stream<Path> left = Files.list(file("downloads"))) {
            assertEquals(4, left.count(), "no temp files left behind");
        }
    }

    @Test
    void unchangedRebuildLeavesFilesAlone() throws IOException {
        Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        String[] all = {"downloads/findings.csv", "downloads/forms.csv", "downloads/jixiao-gold-tables.xlsx",
                "downloads/.jixiao-gold-tables.xlsx.sha256"};
        age(all);
        List<DownloadFile> again = Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        for (String r : all) assertEquals(LONG_AGO, Files.getLastModifiedTime(file(r)), r);
        assertEquals(3, again.size());
        assertEquals(Files.size(file("downloads/jixiao-gold-tables.xlsx")), again.get(2).bytes());
    }

    @Test
    void changedTableRewritesItsCsvAndTheWorkbook() throws IOException {
        Downloads.write(tables(1, 12), DESCRIPTIONS, site);
        age("downloads/findings.csv", "downloads/forms.csv", "downloads/jixiao-gold-tables.xlsx");
        List<DownloadFile> files = Downloads.write(tables(2, 13), DESCRIPTIONS, site);
        assertEquals(LONG_AGO, Files.getLastModifiedTime(file("downloads/findings.csv")));
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file("downloads/forms.csv")));
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(file("downloads/jixiao-gold-tables.xlsx")));
        assertEquals(13, files.get(1).rows());
        try (InputStream in = Files.newInputStream(file("downloads/jixiao-gold-tables.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(13, wb.getSheet("forms").getLastRowNum());
        }
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
            assertEquals(List.of("说明", "findings", "forms", "forms (2)", "forms (3)"), WorkbookWriterTest.sheetNames(wb));
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
