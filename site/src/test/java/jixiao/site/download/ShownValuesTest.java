package jixiao.site.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jixiao.site.load.GoldTable;
import jixiao.transform.GoldTables;

/** Chinese headers and values as the site shows them, in the CSV and in the workbook (read back with POI). */
class ShownValuesTest {
    static final List<String> RECHECK_COLUMNS = List.of("form_id", "fiscal_year", "self_score", "execution_rate",
            "execution_method", "gap", "findings_total");

    static GoldTable recheck() {
        return Tables.table(GoldTables.SCORE_RECHECK, 2, RECHECK_COLUMNS, List.of(
                Tables.row("a-0", 2023, 81.62648648648651, 0.9069, "floored", -2.5, 3),
                Tables.row("b-1", 2024, 100.0, 1.0543, "exact", null, 0),
                Tables.row("c-2", null, null, Double.NaN, null, 0.004, 1)));
    }

    static GoldTable findings() {
        return Tables.table(GoldTables.FINDINGS, 1, List.of("form_id", "rule_id", "severity", "message"), List.of(
                Tables.row("a-0", "RATE_MISMATCH", "ERROR", "=执行率"),
                Tables.row("a-0", "VAGUE_TARGET", "WARNING", "模糊"),
                Tables.row("b-1", "ACTUALS_EQUAL_TARGETS", "INFO", "相同")));
    }

    static GoldTable regions() {
        return Tables.table(GoldTables.REGION_SUMMARY, 1, List.of("metric", "metric_label", "higher_is_better", "mean"), List.of(
                Tables.row("execution_rate", "预算执行率", true, 0.93456),
                Tables.row("quality_index", "指标质量指数", true, 74.80243243243241)));
    }

    static GoldTable catalogue() {
        return Tables.table(GoldTables.RULE_CATALOGUE, 1, List.of("rule_id", "title", "severity", "severity_label", "scope"),
                List.of(Tables.row("RATE_MISMATCH", "执行率与金额不符", "ERROR", "错误", "FORM")));
    }

    static GoldTable intake() {
        return Tables.table(GoldTables.INTAKE, 1, List.of("run", "latest_ingest"),
                List.<List<Object>>of(Tables.row(3L, Instant.parse("2026-12-03T21:52:11.882957Z"))));
    }

    static List<List<String>> csv(GoldTable t) throws IOException {
        String text = new String(CsvWriterTest.csv(t), StandardCharsets.UTF_8);
        assertEquals(CsvWriter.BOM, text.charAt(0));
        return CsvWriterTest.parse(text.substring(1));
    }

    @Test
    void csvHeadersAreChinese() throws IOException {
        assertEquals(List.of("表编号", "年度", "自评得分", "预算执行率", "执行得分计法", "自评−复核（分）", "问题数"), csv(recheck()).get(0));
        for (GoldTable t : List.of(recheck(), findings(), regions(), catalogue(), intake())) {
            for (String h : csv(t).get(0)) {
                assertTrue(ColumnNamesTest.CHINESE.matcher(h).find(), t.name() + ": header " + h);
                assertFalse(ColumnNamesTest.ENGLISH_WORD.matcher(h).find(), t.name() + ": English header " + h);
            }
        }
    }

    @Test
    void csvValuesAsTheSitePrintsThem() throws IOException {
        List<List<String>> rows = csv(recheck());
        assertEquals(List.of("a-0", "2023", "81.63", "90.7%", "向下取整", "-2.5", "3"), rows.get(1)); // a number is never quoted away
        assertEquals(List.of("b-1", "2024", "100", "105.4%", "按比例", "", "0"), rows.get(2));
        assertEquals(List.of("c-2", "", "", "", "", "0", "1"), rows.get(3));
        List<List<String>> f = csv(findings());
        assertEquals(List.of("错误", "警告", "提示"), f.subList(1, 4).stream().map(r -> r.get(2)).toList());
        assertEquals("'=执行率", f.get(1).get(3), "text is still neutralised");
        List<List<String>> r = csv(regions());
        assertEquals(List.of("指标代码", "指标", "越高越好", "原始均值"), r.get(0));
        assertEquals(List.of("execution_rate", "预算执行率", "是", "93.5%"), r.get(1), "a rate metric as a percentage");
        assertEquals("74.80", r.get(2).get(3), "an index metric as a number");
        List<List<String>> c = csv(catalogue());
        assertEquals(List.of("规则编号", "规则", "级别", "适用范围"), c.get(0), "severity_label repeats 级别 and is left out");
        assertEquals(List.of("RATE_MISMATCH", "执行率与金额不符", "错误", "全表"), c.get(1));
        assertEquals(List.of("3", "2026-12-03 21:52:11"), csv(intake()).get(1));
    }

    static Row header(Sheet sheet) {
        return sheet.getRow(0);
    }

    static int column(Sheet sheet, String header) {
        for (Cell c : header(sheet)) if (c.getStringCellValue().equals(header)) return c.getColumnIndex();
        throw new AssertionError(sheet.getSheetName() + " has no column " + header);
    }

    @Test
    void workbookCellsAreNumbersWithNumberFormats() throws IOException {
        try (XSSFWorkbook wb = WorkbookWriterTest.workbook(List.of(recheck(), findings(), regions(), catalogue()), Map.of(), 100)) {
            assertEquals(List.of("说明", "得分复核", "问题清单", "地区对比", "复核规则"), WorkbookWriterTest.sheetNames(wb));
            Sheet s = wb.getSheet("得分复核");
            assertEquals(List.of("表编号", "年度", "自评得分", "预算执行率", "执行得分计法", "自评−复核（分）", "问题数"),
                    WorkbookWriterTest.texts(header(s)));
            Cell rate = s.getRow(1).getCell(column(s, "预算执行率"));
            assertEquals(CellType.NUMERIC, rate.getCellType());
            assertEquals(0.907, rate.getNumericCellValue(), 1e-12);
            assertEquals("0.0%", rate.getCellStyle().getDataFormatString(), "a rate is percent-formatted");
            Cell score = s.getRow(1).getCell(column(s, "自评得分"));
            assertEquals(CellType.NUMERIC, score.getCellType());
            assertEquals(81.63, score.getNumericCellValue(), 1e-12);
            assertEquals("0.00", score.getCellStyle().getDataFormatString());
            assertEquals(-2.5, s.getRow(1).getCell(column(s, "自评−复核（分）")).getNumericCellValue());
            assertEquals("向下取整", s.getRow(1).getCell(column(s, "执行得分计法")).getStringCellValue());
            assertEquals(2023, s.getRow(1).getCell(column(s, "年度")).getNumericCellValue());
            assertNull(s.getRow(2).getCell(column(s, "自评−复核（分）")), "unknown stays blank, never 0");
            assertNull(s.getRow(3).getCell(column(s, "预算执行率")), "NaN stays blank");

            Sheet f = wb.getSheet("问题清单");
            assertEquals("错误", f.getRow(1).getCell(column(f, "级别")).getStringCellValue());
            assertEquals("=执行率", f.getRow(1).getCell(column(f, "说明")).getStringCellValue()); // a text cell, not a formula

            Sheet r = wb.getSheet("地区对比");
            assertEquals("0.0%", r.getRow(1).getCell(column(r, "原始均值")).getCellStyle().getDataFormatString());
            assertEquals("0.00", r.getRow(2).getCell(column(r, "原始均值")).getCellStyle().getDataFormatString());
            assertEquals("是", r.getRow(1).getCell(column(r, "越高越好")).getStringCellValue());
            WorkbookWriterTest.assertNoFormula(wb);
        }
    }

    /** The 说明 sheet lists the tables, then each table's columns: 表 / 列（中文）/ 列名（英文）/ 含义. */
    @Test
    void theIndexSheetKeepsTheEnglishNamesInAColumnDictionary() throws IOException {
        try (XSSFWorkbook wb = WorkbookWriterTest.workbook(List.of(recheck(), catalogue()), Map.of(), 100)) {
            Sheet index = wb.getSheet("说明");
            int dictionary = -1;
            for (Row row : index) {
                if (row.getCell(0) != null && row.getCell(1) != null && "列（中文）".equals(row.getCell(1).getStringCellValue())) {
                    dictionary = row.getRowNum();
                }
            }
            assertTrue(dictionary > 2, "a dictionary below the table list");
            assertEquals(WorkbookWriter.DICTIONARY_COLUMNS, WorkbookWriterTest.texts(index.getRow(dictionary)));
            Row first = index.getRow(dictionary + 1);
            assertEquals(List.of("得分复核", "表编号", "form_id"), WorkbookWriterTest.texts(first).subList(0, 3));
            assertFalse(first.getCell(3).getStringCellValue().isBlank(), "with its meaning");
            int rows = 0;
            for (int r = dictionary + 1; r <= index.getLastRowNum(); r++) {
                assertNotNull(index.getRow(r));
                rows++;
            }
            assertEquals(RECHECK_COLUMNS.size() + 4, rows, "every written column once (severity_label is not written)");
        }
    }
}
