package jixiao.read;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

import jixiao.model.RejectReason;

/**
 * Reads legacy .xls (BIFF8) workbooks. Such files are small, so POI's object model is used; the
 * rules are the xlsx reader's: one grid per sheet, cells as Excel displays them (cached formula
 * values, never recomputed), merged regions filled, hidden sheets and rows noted.
 */
public final class XlsGridReader implements GridReader {
    @Override
    public String format() {
        return "xls";
    }

    @Override
    public List<Grid> read(Input input) throws UnreadableInput {
        String file = input.name();
        SpreadsheetFailures.checkContainer(file, input.bytes(), FileMagic.OLE2, "xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(input.bytes()))) {
            if (!hasWorkbookStream(fs)) {
                throw new UnreadableInput(RejectReason.FORMAT_MISMATCH,
                        file + ": named .xls but is an Office file with no workbook in it (perhaps a Word .doc)");
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
                return grids(file, wb);
            }
        } catch (OldExcelFormatException e) {
            throw new UnreadableInput(RejectReason.UNREADABLE, file + ": an Excel 5.0/95 (BIFF5) workbook, a format too old to read");
        } catch (UnreadableInput e) {
            throw e;
        } catch (Exception e) {
            throw SpreadsheetFailures.classify(file, "file", e);
        }
    }

    private static boolean hasWorkbookStream(POIFSFileSystem fs) {
        return fs.getRoot().hasEntryCaseInsensitive("Workbook") || fs.getRoot().hasEntryCaseInsensitive("Book");
    }

    private static List<Grid> grids(String file, HSSFWorkbook wb) throws UnreadableInput {
        String place = "file";
        try {
            SheetValueFormatter formatter = new SheetValueFormatter();
            List<Grid> grids = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                HSSFSheet sheet = wb.getSheetAt(i);
                place = "sheet " + sheet.getSheetName();
                grids.add(cells(sheet, formatter).toGrid(file, wb.getSheetVisibility(i)));
            }
            return SpreadsheetFailures.requireText(file, grids);
        } catch (RuntimeException e) {
            throw SpreadsheetFailures.classify(file, place, e);
        }
    }

    private static SheetCells cells(HSSFSheet sheet, SheetValueFormatter formatter) {
        SheetCells cells = new SheetCells(sheet.getSheetName());
        for (var row : sheet) {
            HSSFRow r = (HSSFRow) row;
            if (r.getZeroHeight()) cells.hideRow(r.getRowNum());
            for (var cell : r) cells.put(r.getRowNum(), cell.getColumnIndex(), text((HSSFCell) cell, formatter));
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) cells.merge(region);
        return cells;
    }

    /** The cell as displayed; a formula shows its cached result. */
    private static String text(HSSFCell cell, SheetValueFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.isValidCode(cell.getErrorCellValue())
                    ? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#N/A";
            default -> "";
        };
    }
}
