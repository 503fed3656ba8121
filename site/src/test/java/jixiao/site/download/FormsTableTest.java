package jixiao.site.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.site.load.GoldTable;
import jixiao.transform.GoldTables;

/** 自评表: one row per form with the budget block, in the workbook and in the zip. */
class FormsTableTest {
    static final List<String> BUDGET_BLOCK = List.of("年初预算数（万元）", "全年预算数（调整后，万元）", "全年执行数（万元）",
            "预算执行率（表中）", "预算执行率（计算）", "自评得分", "复核得分", "自评−复核（分）", "问题数", "来源文件");

    @TempDir
    Path site;

    /** A silver/forms_normalised with more columns than the download keeps, in its own order. */
    static GoldTable forms() {
        List<String> columns = new ArrayList<>(List.of("document_sha256", "quantified"));
        List<String> kept = new ArrayList<>(FormsTable.COLUMNS);
        java.util.Collections.reverse(kept);
        columns.addAll(kept);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(form(columns, "b-0", "贵州省", 2023, "乙项目", 120.0, 150.5, 140.123, 0.93, 0.9311, 88.5, 86.0, 2.5, 4));
        rows.add(form(columns, "a-0", "吉林省", 2022, "甲项目", 100.0, null, 95.0, null, null, 90.0, null, null, 0));
        return Tables.table(GoldTables.FORMS_NORMALISED, 7, columns, rows);
    }

    static List<Object> form(List<String> columns, String id, String province, Integer year, String project, Double initial,
            Double adjusted, Double executed, Double printed, Double computed, Double self, Double recomputed, Double gap, int findings) {
        Map<String, Object> v = new HashMap<>();
        v.put("form_id", id);
        v.put("province", province);
        v.put("city", "某市");
        v.put("county", "某县");
        v.put("department", "某局");
        v.put("department_type", "教育");
        v.put("fiscal_year", year);
        v.put("project_name", project);
        v.put("project_code", "P-" + id);
        v.put("budget_initial_wan", initial);
        v.put("budget_adjusted_wan", adjusted);
        v.put("executed_wan", executed);
        v.put("execution_rate_printed", printed);
        v.put("execution_rate_computed", computed);
        v.put("self_score", self);
        v.put("recomputed_score", recomputed);
        v.put("gap", gap);
        v.put("findings_total", findings);
        v.put("errors", 1);
        v.put("warnings", 2);
        v.put("source", id + ".xlsx");
        v.put("document_sha256", "abc");
        v.put("quantified", 0.5);
        List<Object> row = new ArrayList<>();
        for (String c : columns) row.add(v.get(c));
        return row;
    }

    @Test
    void keepsTheBudgetBlockInTheSitesOrder() {
        GoldTable t = FormsTable.of(forms());
        assertEquals(FormsTable.COLUMNS, t.columns());
        assertEquals(GoldTables.FORMS_NORMALISED, t.name());
        assertEquals(7, t.version());
        assertEquals(List.of("a-0", "b-0"), t.rows().stream().map(r -> r.get(t.columns().indexOf("form_id"))).toList(), "吉林省 before 贵州省");
        List<String> headers = DownloadTable.of(t).columns().stream().map(Column::header).toList();
        assertTrue(headers.containsAll(BUDGET_BLOCK), headers.toString());
        assertTrue(headers.containsAll(List.of("省", "市", "县（区）", "部门", "年度", "项目名称", "项目编码")), headers.toString());
    }

    @Test
    void refusesAnotherTable() {
        assertThrows(IllegalArgumentException.class, () -> FormsTable.of(Tables.numbered("gold/findings", 1, 2)));
    }

    @Test
    void thePerFormSheetHoldsTheBudgetBlockAsNumbers() throws IOException {
        Downloads.write(List.of(FormsTable.of(forms())), Map.of(), site);
        try (InputStream in = Files.newInputStream(site.resolve("downloads/jixiao-gold-tables.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("自评表");
            assertEquals(2, s.getLastRowNum());
            assertTrue(WorkbookWriterTest.texts(s.getRow(0)).containsAll(BUDGET_BLOCK));
            Cell adjusted = s.getRow(2).getCell(ShownValuesTest.column(s, "全年预算数（调整后，万元）"));
            assertEquals(CellType.NUMERIC, adjusted.getCellType());
            assertEquals(150.5, adjusted.getNumericCellValue());
            assertEquals("#,##0.00", adjusted.getCellStyle().getDataFormatString());
            assertEquals(140.12, s.getRow(2).getCell(ShownValuesTest.column(s, "全年执行数（万元）")).getNumericCellValue());
            Cell printed = s.getRow(2).getCell(ShownValuesTest.column(s, "预算执行率（表中）"));
            assertEquals(0.93, printed.getNumericCellValue(), 1e-12);
            assertEquals("0.0%", printed.getCellStyle().getDataFormatString());
            assertNull(s.getRow(1).getCell(ShownValuesTest.column(s, "全年预算数（调整后，万元）")), "not printed: blank");
        }
        String csv = new String(DownloadsTest.unzip(site.resolve("downloads/jixiao-csv.zip")).get("forms_normalised.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",120.00,150.50,140.12,93.0%,93.1%,88.5,86,2.5,4,"), csv);
        assertTrue(!Files.exists(site.resolve("downloads/forms_normalised.csv")), "a row per form: only in the zip");
    }
}
