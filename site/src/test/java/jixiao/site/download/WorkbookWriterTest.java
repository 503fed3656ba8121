package jixiao.site.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jixiao.site.load.GoldTable;

class WorkbookWriterTest {
    static XSSFWorkbook workbook(List<GoldTable> tables, Map<String, String> descriptions, int maxRows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter(maxRows).write(tables.stream().map(DownloadTable::of).toList(), descriptions, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) out.add(wb.getSheetName(i));
        return out;
    }

    static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) out.add(c.getStringCellValue());
        return out;
    }

    static void assertNoFormula(XSSFWorkbook wb) {
        for (Sheet sheet : wb) for (Row row : sheet) for (Cell cell : row) {
            assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + "!" + cell.getAddress());
        }
    }

    /**
     * The same tables give the same shared strings in the same order: each text enters the table where it
     * is first met, reading the sheets in order. Left to the workbook's own flush at the end, the sheets'
     * last rows joined it in an order of object hashes, and every build wrote other bytes.
     */
    @Test
    void sharedStringsFollowTheSheetOrder() throws IOException {
        List<GoldTable> tables = new ArrayList<>();
        for (int t = 0; t < 8; t++) tables.add(Tables.numbered("gold/table_" + t, t, 5 + t));
        try (XSSFWorkbook wb = workbook(tables, Map.of(), 100)) {
            List<String> firstMet = new ArrayList<>();
            for (Sheet sheet : wb) for (Row row : sheet) for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !firstMet.contains(cell.getStringCellValue())) {
                    firstMet.add(cell.getStringCellValue());
                }
            }
            List<String> stored = new ArrayList<>();
            var strings = wb.getSharedStringSource();
            for (int i = 0; i < strings.getUniqueCount(); i++) stored.add(strings.getItemAt(i).getString());
            assertEquals(firstMet, stored);
        }
    }

    @Test
    void aSheetPerTableAfterTheIndex() throws IOException {
        GoldTable findings = Tables.findings();
        GoldTable numbered = Tables.numbered("gold/execution_rates", 5, 10);
        try (XSSFWorkbook wb = workbook(List.of(findings, numbered), Map.of("gold/findings", "自评表里的问题"), 100)) {
            assertEquals(List.of("说明", "问题清单", "execution_rates"), sheetNames(wb)); // a table the vocabulary lacks keeps its name

            Sheet index = wb.getSheet("说明");
            assertEquals(WorkbookWriter.INDEX_COLUMNS.get(0), index.getRow(0).getCell(0).getStringCellValue());
            Row first = index.getRow(1);
            assertEquals("问题清单", first.getCell(0).getStringCellValue());
            assertEquals("问题清单", first.getCell(1).getStringCellValue());
            assertEquals("gold/findings", first.getCell(2).getStringCellValue());
            assertEquals(4, first.getCell(3).getNumericCellValue());
            assertEquals(3, first.getCell(4).getNumericCellValue());
            assertEquals("自评表里的问题", first.getCell(6).getStringCellValue());
            assertEquals("", index.getRow(2).getCell(6).getStringCellValue());
            assertEquals(10, index.getRow(2).getCell(3).getNumericCellValue());

            Sheet sheet = wb.getSheet("问题清单");
            assertEquals(4, sheet.getLastRowNum()); // header + 4 rows
            Row header = sheet.getRow(0);
            for (int c = 0; c < findings.columns().size(); c++) {
                assertEquals(findings.columns().get(c), header.getCell(c).getStringCellValue());
                assertTrue(wb.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold());
            }
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPaneInformation().isFreezePane());

            Row r1 = sheet.getRow(1);
            assertEquals("北京市财政局", r1.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, r1.getCell(1).getCellType());
            assertEquals(92.5, r1.getCell(1).getNumericCellValue());
            assertEquals(CellType.NUMERIC, r1.getCell(2).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(r1.getCell(3)));
            assertEquals(LocalDate.of(2025, 3, 1), r1.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("预算执行率, \"偏低\"\r\n第二行", r1.getCell(4).getStringCellValue());
            assertEquals("低=1; 高=2", r1.getCell(5).getStringCellValue());
            assertEquals(CellType.BOOLEAN, r1.getCell(7).getCellType());

            Row r2 = sheet.getRow(2);
            assertEquals(CellType.STRING, r2.getCell(0).getCellType());
            assertEquals("=1+1", r2.getCell(0).getStringCellValue()); // text, not a formula, and not altered
            assertEquals(-3.5, r2.getCell(1).getNumericCellValue());
            assertEquals(-2, r2.getCell(2).getNumericCellValue());
            assertNull(r2.getCell(3));
            assertEquals("+SUM(A1)", r2.getCell(4).getStringCellValue());
            assertNull(sheet.getRow(4).getCell(1)); // NaN left blank
            assertEquals(7, sheet.getRow(4).getCell(2).getNumericCellValue()); // an Integer

            Sheet rates = wb.getSheet("execution_rates");
            assertEquals(10, rates.getLastRowNum());
            assertEquals(CellType.NUMERIC, rates.getRow(10).getCell(2).getCellType());
            assertEquals(2.25, rates.getRow(10).getCell(2).getNumericCellValue());
            assertNoFormula(wb);
        }
    }

    @Test
    void overflowContinuesOnNumberedSheets() throws IOException {
        GoldTable big = Tables.numbered("gold/forms", 1, 25);
        try (XSSFWorkbook wb = workbook(List.of(big, Tables.numbered("gold/other", 1, 10)), Map.of(), 10)) {
            assertEquals(List.of("说明", "forms", "forms (2)", "forms (3)", "other"), sheetNames(wb));
            assertEquals(10, wb.getSheet("forms").getLastRowNum());
            assertEquals(10, wb.getSheet("forms (2)").getLastRowNum());
            assertEquals(5, wb.getSheet("forms (3)").getLastRowNum());
            assertEquals(10, wb.getSheet("other").getLastRowNum()); // exactly full: no second sheet
            Sheet third = wb.getSheet("forms (3)");
            assertEquals("序号", third.getRow(0).getCell(0).getStringCellValue());
            assertEquals(20, third.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(24, third.getRow(5).getCell(0).getNumericCellValue());
            assertEquals("forms、forms (2)、forms (3)", wb.getSheet("说明").getRow(1).getCell(1).getStringCellValue());
            assertNoFormula(wb);
        }
    }

    @Test
    void emptyTableGetsAHeaderOnlySheet() throws IOException {
        GoldTable empty = Tables.table("gold/empty", 0, List.of("a"), List.of());
        try (XSSFWorkbook wb = workbook(List.of(empty), Map.of(), 10)) {
            assertEquals(List.of("说明", "empty"), sheetNames(wb));
            assertEquals(0, wb.getSheet("empty").getLastRowNum());
        }
    }

    @Test
    void sheetNamesShortAndUnique() {
        String longName = "gold/a_really_long_table_name_that_excel_would_refuse";
        List<GoldTable> tables = List.of(
                Tables.numbered(longName, 1, 3),
                Tables.numbered(longName + "_too", 1, 3),
                Tables.numbered("silver/说明", 1, 3),
                Tables.numbered("gold/Other", 1, 3),
                Tables.numbered("gold/other", 1, 3),
                Tables.numbered("gold/findings", 1, 3),
                Tables.numbered("gold/问题清单", 1, 3));
        List<List<String>> plan = new WorkbookWriter(2).plan(tables.stream().map(DownloadTable::of).toList());
        assertEquals("a_really_long_table_name_that_e", plan.get(0).get(0));
        assertEquals("a_really_long_table_name_th (2)", plan.get(0).get(1));
        assertEquals("a_really_long_table_name_th (3)", plan.get(1).get(0)); // same 31 characters: a clash
        assertEquals("a_really_long_table_name_th (4)", plan.get(1).get(1));
        assertEquals("说明 (2)", plan.get(2).get(0));
        assertEquals("Other", plan.get(3).get(0));
        assertEquals("other (3)", plan.get(4).get(0)); // Excel ignores case; "Other (2)" is taken
        assertEquals("问题清单", plan.get(5).get(0)); // gold/findings by its Chinese sheet name
        assertEquals("问题清单 (3)", plan.get(6).get(0)); // a clash with it
        for (List<String> sheets : plan) for (String s : sheets) assertTrue(s.length() <= 31, s);
        assertEquals(14, plan.stream().flatMap(List::stream).map(s -> s.toLowerCase(Locale.ROOT)).distinct().count());
    }
}
