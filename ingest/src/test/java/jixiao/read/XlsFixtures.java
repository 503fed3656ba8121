package jixiao.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Tiny workbooks built in test code (never committed binaries), in either spreadsheet format. */
final class XlsFixtures {
    private XlsFixtures() {
    }

    /** The two formats every shared case runs over. */
    enum Format {
        XLSX("xlsx") {
            @Override
            Workbook newWorkbook() {
                return new XSSFWorkbook();
            }

            @Override
            GridReader reader() {
                return new XlsxGridReader();
            }
        },
        XLS("xls") {
            @Override
            Workbook newWorkbook() {
                return new HSSFWorkbook();
            }

            @Override
            GridReader reader() {
                return new XlsGridReader();
            }
        };

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        abstract Workbook newWorkbook();

        abstract GridReader reader();

        String fileName(String stem) {
            return stem + "." + extension;
        }
    }

    /** Writes the workbook into dir and gives it as the extractor would: name, bytes and file. */
    static Input write(Workbook wb, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return new Input(name, Files.readAllBytes(file), file);
    }

    static Input input(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new Input(name, bytes, file);
    }

    static Cell put(Sheet sheet, int row, int col, String text) {
        Cell c = cellAt(sheet, row, col);
        c.setCellValue(text);
        return c;
    }

    static Cell put(Sheet sheet, int row, int col, double value) {
        Cell c = cellAt(sheet, row, col);
        c.setCellValue(value);
        return c;
    }

    static Cell put(Sheet sheet, int row, int col, double value, CellStyle style) {
        Cell c = put(sheet, row, col, value);
        c.setCellStyle(style);
        return c;
    }

    static Cell cellAt(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        return r.getCell(col) != null ? r.getCell(col) : r.createCell(col);
    }

    /** Puts the text in the top-left cell and merges the region (0-based, inclusive). */
    static void merged(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol, String text) {
        put(sheet, firstRow, firstCol, text);
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }

    static CellStyle format(Workbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    static CellStyle builtinFormat(Workbook wb, int index) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat((short) index);
        return s;
    }

    /** The grid as texts, row by row. */
    static List<List<String>> texts(Grid grid) {
        return grid.rows().stream().map(r -> r.cells().stream().map(jixiao.read.Cell::text).toList()).toList();
    }

    /** The texts of the row printed at this 1-based sheet row. */
    static List<String> rowAt(Grid grid, int sheetRow) {
        return grid.rows().stream().filter(r -> r.cells().get(0).row() == sheetRow).findFirst()
                .map(r -> r.cells().stream().map(jixiao.read.Cell::text).toList())
                .orElseThrow(() -> new AssertionError("no row " + sheetRow + " in " + texts(grid)));
    }
}
