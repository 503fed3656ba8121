package jixiao.site.download;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import jixiao.site.load.GoldTable;

/**
 * Every gold table in one XLSX workbook, written with POI's streaming SXSSF (a table can hold 400,000 rows):
 * a first sheet 说明 listing the tables, then a sheet per table with its column names as a bold, frozen header row.
 * A table with more rows than a sheet holds continues on sheets {@code name (2)}, {@code name (3)}….
 *
 * <p>Numbers are numeric cells, dates date cells, booleans boolean cells, everything else a text cell. No formula
 * cell is ever made, so text needs no neutralising here (a text cell starting with {@code =} stays text).
 * Integers beyond Excel's 15 significant digits are written as text so no digit is lost; text longer than a cell
 * holds (32,767 characters) is cut short.
 */
final class WorkbookWriter {
    /** Data rows a sheet holds under its header row: 1,048,575. */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    static final String INDEX_SHEET = "说明";
    static final List<String> INDEX_COLUMNS = List.of("表", "工作表", "行数", "Delta 版本", "提交时间", "说明");

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final long EXACT_LIMIT = 1_000_000_000_000_000L; // 10^15: Excel keeps 15 significant digits
    private static final int WINDOW = 200; // rows SXSSF keeps in memory per sheet
    private static final int WIDTH_SAMPLE = 200; // rows looked at to size the columns

    private final int maxDataRows;

    WorkbookWriter(int maxDataRows) {
        if (maxDataRows < 1) throw new IllegalArgumentException("maxDataRows < 1: " + maxDataRows);
        this.maxDataRows = maxDataRows;
    }

    /** Writes the workbook to {@code out} (not closed). The temp files SXSSF streams rows to are deleted. */
    void write(List<GoldTable> tables, Map<String, String> descriptions, OutputStream out) throws IOException {
        List<List<String>> sheetNames = plan(tables);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) { // close() disposes of the temp files
            wb.setCompressTempFiles(true);
            Styles styles = new Styles(wb);
            writeIndex(wb, styles, tables, descriptions, sheetNames);
            for (int t = 0; t < tables.size(); t++) writeTable(wb, styles, tables.get(t), sheetNames.get(t));
            wb.write(out);
        }
    }

    /** The sheet names of each table: one per {@code maxDataRows} rows, at least one. */
    List<List<String>> plan(List<GoldTable> tables) {
        SheetNames names = new SheetNames();
        names.claim(INDEX_SHEET);
        List<List<String>> out = new ArrayList<>();
        for (GoldTable t : tables) {
            List<String> sheets = new ArrayList<>();
            String first = names.claim(t.shortName());
            sheets.add(first);
            long count = Math.max(1, (t.rows().size() + (long) maxDataRows - 1) / maxDataRows);
            for (int n = 2; n <= count; n++) sheets.add(names.continuation(first, n));
            out.add(sheets);
        }
        return out;
    }

    private void writeIndex(SXSSFWorkbook wb, Styles styles, List<GoldTable> tables, Map<String, String> descriptions,
            List<List<String>> sheetNames) {
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            GoldTable table = tables.get(t);
            rows.add(List.of(table.name(), String.join("、", sheetNames.get(t)), (long) table.rows().size(),
                    table.version(), String.valueOf(table.committed()), descriptions.getOrDefault(table.name(), "")));
        }
        Sheet sheet = wb.createSheet(INDEX_SHEET);
        header(sheet, styles, INDEX_COLUMNS, rows);
        for (int r = 0; r < rows.size(); r++) row(sheet.createRow(r + 1), styles, rows.get(r));
    }

    private void writeTable(SXSSFWorkbook wb, Styles styles, GoldTable table, List<String> sheets) {
        List<List<Object>> rows = table.rows();
        for (int s = 0; s < sheets.size(); s++) {
            int from = (int) Math.min(rows.size(), (long) s * maxDataRows);
            int to = (int) Math.min(rows.size(), (long) from + maxDataRows);
            List<List<Object>> part = rows.subList(from, to);
            Sheet sheet = wb.createSheet(sheets.get(s));
            header(sheet, styles, table.columns(), part);
            for (int r = 0; r < part.size(); r++) row(sheet.createRow(r + 1), styles, part.get(r));
        }
    }

    /** The bold header row, frozen, and column widths from the header and the first rows. */
    private static void header(Sheet sheet, Styles styles, List<String> columns, List<List<Object>> rows) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(styles.bold);
            int width = displayWidth(columns.get(c));
            for (int r = 0; r < Math.min(rows.size(), WIDTH_SAMPLE); r++) {
                List<Object> values = rows.get(r);
                if (c < values.size()) width = Math.max(width, displayWidth(CsvCell.text(values.get(c))));
            }
            sheet.setColumnWidth(c, Math.min(60, Math.max(8, width + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void row(Row row, Styles styles, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v != null) cell(row, c, v, styles);
        }
    }

    /** One value as a numeric, date, boolean or text cell; never a formula. NaN and infinities stay blank. */
    private static void cell(Row row, int c, Object v, Styles styles) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            long n = ((Number) v).longValue();
            if (Math.abs(n) < EXACT_LIMIT) row.createCell(c).setCellValue(n);
            else row.createCell(c).setCellValue(Long.toString(n));
        } else if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) row.createCell(c).setCellValue(d);
        } else if (v instanceof Boolean b) {
            row.createCell(c).setCellValue(b);
        } else if (v instanceof LocalDate d) {
            Cell cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else {
            String s = CsvCell.text(v);
            row.createCell(c).setCellValue(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s);
        }
    }

    /** Roughly how many narrow characters wide: CJK and other wide characters count two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length() && w < 100; i++) w += s.charAt(i) >= 0x1100 ? 2 : 1;
        return w;
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle date;

        Styles(SXSSFWorkbook wb) {
            Font font = wb.createFont();
            font.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(font);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }
}
