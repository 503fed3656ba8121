package jixiao.read;

import static jixiao.read.XlsFixtures.builtinFormat;
import static jixiao.read.XlsFixtures.format;
import static jixiao.read.XlsFixtures.merged;
import static jixiao.read.XlsFixtures.put;
import static jixiao.read.XlsFixtures.rowAt;
import static jixiao.read.XlsFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jixiao.read.XlsFixtures.Format;

/** What a sheet's cells become in the grid, one small workbook per special case, in .xlsx and .xls. */
class XlsSheetCellsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void mergedHeadingAppearsInEveryRowAndColumnItCovers(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        Sheet s = wb.createSheet("表1");
        merged(s, 0, 0, 0, 3, "项目支出绩效自评表");
        merged(s, 1, 3, 0, 0, "产出指标");
        put(s, 1, 1, "数量指标");
        put(s, 2, 1, "质量指标");
        put(s, 3, 1, "时效指标");
        List<List<String>> rows = texts(read(f, wb, "merged"));
        assertEquals(List.of("项目支出绩效自评表", "项目支出绩效自评表", "项目支出绩效自评表", "项目支出绩效自评表"), rows.get(0));
        assertEquals(List.of(List.of("产出指标", "数量指标"), List.of("产出指标", "质量指标"), List.of("产出指标", "时效指标")),
                rows.subList(1, 4));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aMergeOverWholeColumnsStopsAtThePrintedArea(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        Sheet s = wb.createSheet("表1");
        for (int r = 0; r < 5; r++) put(s, r, 1, "指标" + r);
        merged(s, 1, wb.getSpreadsheetVersion().getLastRowIndex(), 0, 0, "产出指标");
        List<List<String>> rows = texts(read(f, wb, "huge-merge"));
        assertEquals(5, rows.size());
        assertEquals(List.of("产出指标", "指标4"), rows.get(4));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void blankCellsKeepColumnsAlignedAndPositionsAreSheetRowsAndColumns(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        Sheet s = wb.createSheet("表1");
        put(s, 1, 2, "三级指标");
        put(s, 4, 0, "总分");
        put(s, 4, 3, "  95.83  ");
        put(s, 6, 1, "   ");
        Grid g = read(f, wb, "positions");
        assertEquals(List.of(List.of("", "", "三级指标"), List.of("总分", "", "", "95.83")), texts(g),
                "empty rows are skipped, blank cells kept as \"\", text trimmed");
        jixiao.read.Cell score = g.rows().get(1).cells().get(3);
        assertEquals(new jixiao.read.Cell("95.83", "sheet 表1", 5, 3), score);
        assertEquals("positions." + f.extension, g.source());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void formulasShowTheirCachedValueAsFormatted(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        Sheet s = wb.createSheet("表1");
        put(s, 1, 1, 85);
        put(s, 1, 2, 100);
        Cell rate = XlsFixtures.cellAt(s, 1, 3);
        rate.setCellFormula("B2/C2");
        rate.setCellStyle(format(wb, "0%"));
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Cell stale = XlsFixtures.cellAt(s, 1, 4);
        stale.setCellFormula("B2/C2");
        stale.setCellValue(0.9); // saved by Excel before C2 changed: shown as printed, never recomputed
        stale.setCellStyle(format(wb, "0%"));
        Cell text = XlsFixtures.cellAt(s, 1, 5);
        text.setCellFormula("B2&\"万元\"");
        text.setCellValue("85万元");
        Cell error = XlsFixtures.cellAt(s, 1, 6);
        error.setCellFormula("B2/0");
        error.setCellErrorValue(FormulaError.DIV0.getCode());
        assertEquals(List.of("", "85", "100", "85%", "90%", "85万元", "#DIV/0!"), rowAt(read(f, wb, "formulas"), 2));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void numbersAreShownAsTheirFormatsPrintThem(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        Sheet s = wb.createSheet("表1");
        put(s, 0, 0, 0.85, format(wb, "0%"));
        put(s, 0, 1, 0.5465, format(wb, "0.00%"));
        put(s, 0, 2, 1200, format(wb, "#,##0"));
        put(s, 0, 3, 1200.5, format(wb, "#,##0.00"));
        put(s, 0, 4, 441.8, format(wb, "#,##0.00\"万元\""));
        put(s, 0, 5, 441.8);
        put(s, 1, 0, "1200"); // a number stored as text stays text
        put(s, 1, 1, "441.8万元");
        put(s, 1, 2, "１２０％"); // full-width, as some forms are typed
        XlsFixtures.cellAt(s, 1, 3).setCellValue(true);
        XlsFixtures.cellAt(s, 1, 4).setCellErrorValue(FormulaError.DIV0.getCode());
        double date = org.apache.poi.ss.usermodel.DateUtil.getExcelDate(LocalDate.of(2024, 12, 31));
        put(s, 2, 0, date, builtinFormat(wb, 31)); // Chinese Excel's 2024年12月31日: a built-in with no format string
        put(s, 2, 1, date, builtinFormat(wb, 57));
        put(s, 2, 2, date, format(wb, "yyyy\"年\"m\"月\"d\"日\""));
        put(s, 2, 3, date, format(wb, "[DBNum1][$-804]m\"月\"d\"日\""));
        put(s, 2, 4, date, builtinFormat(wb, 14));
        Grid g = read(f, wb, "formats");
        assertEquals(List.of("85%", "54.65%", "1,200", "1,200.50", "441.80万元", "441.8"), rowAt(g, 1));
        assertEquals(List.of("1200", "441.8万元", "120%", "TRUE", "#DIV/0!"), rowAt(g, 2));
        assertEquals(List.of("2024年12月31日", "2024年12月", "2024年12月31日", "12月31日", "2024/12/31"), rowAt(g, 3));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void hiddenRowsAreReadAndNoted(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        Sheet s = wb.createSheet("表1");
        for (int r = 0; r < 9; r++) put(s, r, 0, "行" + (r + 1));
        for (int r = 4; r <= 6; r++) s.getRow(r).setZeroHeight(true);
        s.getRow(8).setZeroHeight(true);
        s.createRow(12).setZeroHeight(true); // hidden but empty: nothing to see, nothing to note
        Grid g = read(f, wb, "hidden-rows");
        assertEquals(9, g.rows().size());
        assertEquals(List.of("行6"), rowAt(g, 6));
        assertEquals(List.of("sheet 表1: rows 5-7, 9 hidden"), g.notes());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void hiddenSheetsAreReadAndNoted(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        for (String name : List.of("表1", "表2", "表3")) put(wb.createSheet(name), 0, 0, name + "内容");
        wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
        wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        List<Grid> grids = f.reader().read(XlsFixtures.write(wb, dir, f.fileName("hidden-sheets")));
        assertEquals(List.of("表1内容", "表2内容", "表3内容"), grids.stream().map(g -> g.rows().get(0).text(0)).toList());
        assertEquals(List.of(List.of(), List.of("sheet 表2 is hidden"), List.of("sheet 表3 is very hidden")),
                grids.stream().map(Grid::notes).toList());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void oneGridPerSheetInWorkbookOrderEvenWhenBlank(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        put(wb.createSheet("封面"), 0, 0, "2024年度项目支出绩效自评");
        wb.createSheet("空白");
        put(wb.createSheet("表1"), 2, 1, "项目名称");
        List<Grid> grids = f.reader().read(XlsFixtures.write(wb, dir, f.fileName("order")));
        assertEquals(3, grids.size());
        assertTrue(grids.get(1).rows().isEmpty());
        assertEquals("sheet 表1", grids.get(2).rows().get(0).cells().get(1).part());
    }

    @Test
    void macroEnabledWorkbookReadsLikeXlsx() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM);
        put(wb.createSheet("表1"), 0, 0, "项目名称");
        List<Grid> grids = new XlsxGridReader().read(XlsFixtures.write(wb, dir, "macro.xlsm"));
        assertEquals(List.of(List.of("项目名称")), texts(grids.get(0)));
    }

    private Grid read(Format f, Workbook wb, String stem) throws Exception {
        List<Grid> grids = f.reader().read(XlsFixtures.write(wb, dir, f.fileName(stem)));
        assertEquals(1, grids.size());
        return grids.get(0);
    }
}
