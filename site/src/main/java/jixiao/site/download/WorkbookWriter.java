package jixiao.site.download;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every table in one XLSX workbook, written with POI's streaming SXSSF (a table can hold 400,000 rows): a first
 * sheet 说明 listing the tables and then, per table, its columns (Chinese header, English lake name, meaning);
 * then a sheet per table under its Chinese name with Chinese headers as a bold, frozen row. A table with more rows
 * than a sheet holds continues on sheets {@code 名称 (2)}, {@code 名称 (3)}….
 *
 * <p>Values as the site shows them ({@link DownloadTable#shown}): numbers are numeric cells, rounded, with a number
 * format (rates {@code 0.0%}, money {@code #,##0.00}, scores {@code 0.00}), so Excel sorts and sums them; dates are
 * date cells; everything else is a text cell. No formula cell is ever made, so text needs no neutralising here (a
 * text cell starting with {@code =} stays text). Integers beyond Excel's 15 significant digits are written as text
 * so no digit is lost; text longer than a cell holds (32,767 characters) is cut short. Strings go to one shared
 * table: the same region, department and file names recur on every row, and are stored once.
 */
final class WorkbookWriter {
    /** Data rows a sheet holds under its header row: 1,048,575. */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    static final String INDEX_SHEET = "说明";
    static final List<String> INDEX_COLUMNS = List.of("表", "工作表", "表名（英文）", "行数", "Delta 版本", "提交时间", "内容");
    static final List<String> DICTIONARY_COLUMNS = List.of("表", "列（中文）", "列名（英文）", "含义");

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
    void write(List<DownloadTable> tables, Map<String, String> descriptions, OutputStream out) throws IOException {
        List<List<String>> sheetNames = plan(tables);
        // compressed temp files, and a shared string table
        try (SXSSFWorkbook wb = new SXSSFWorkbook(PlainSharedStrings.workbook(), WINDOW, true, true)) { // close() disposes of the temp files
            Styles styles = new Styles(wb);
            writeIndex(wb, styles, tables, descriptions, sheetNames);
            for (int t = 0; t < tables.size(); t++) writeTable(wb, styles, tables.get(t), sheetNames.get(t));
            wb.write(out);
        }
    }

    /** The sheet names of each table: one per {@code maxDataRows} rows, at least one. */
    List<List<String>> plan(List<DownloadTable> tables) {
        SheetNames names = new SheetNames();
        names.claim(INDEX_SHEET);
        List<List<String>> out = new ArrayList<>();
        for (DownloadTable t : tables) {
            List<String> sheets = new ArrayList<>();
            String first = names.claim(t.title());
            sheets.add(first);
            long count = Math.max(1, (t.rowCount() + (long) maxDataRows - 1) / maxDataRows);
            for (int n = 2; n <= count; n++) sheets.add(names.continuation(first, n));
            out.add(sheets);
        }
        return out;
    }

    /** The tables, a blank row, then the column dictionary: per table its columns' Chinese and English names. */
    private void writeIndex(SXSSFWorkbook wb, Styles styles, List<DownloadTable> tables, Map<String, String> descriptions,
            List<List<String>> sheetNames) throws IOException {
        List<List<Object>> list = new ArrayList<>();
        List<List<Object>> dictionary = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            DownloadTable table = tables.get(t);
            list.add(List.of(table.title(), String.join("、", sheetNames.get(t)), table.name(), (long) table.rowCount(),
                    table.table().version(), String.valueOf(table.table().committed()), descriptions.getOrDefault(table.name(), "")));
            for (Column c : table.columns()) dictionary.add(List.of(table.title(), c.header(), c.name(), c.meaning()));
        }
        Sheet sheet = wb.createSheet(INDEX_SHEET);
        int r = 0;
        headerRow(sheet.createRow(r++), styles, INDEX_COLUMNS);
        for (List<Object> values : list) plainRow(sheet.createRow(r++), values);
        r++;
        headerRow(sheet.createRow(r++), styles, DICTIONARY_COLUMNS);
        for (List<Object> values : dictionary) plainRow(sheet.createRow(r++), values);
        List<List<Object>> all = new ArrayList<>(list);
        all.addAll(dictionary);
        List<String> widest = INDEX_COLUMNS.size() >= DICTIONARY_COLUMNS.size() ? INDEX_COLUMNS : DICTIONARY_COLUMNS;
        for (int c = 0; c < widest.size(); c++) sheet.setColumnWidth(c, width(widest.get(c), all, c, v -> CsvCell.text(v)));
        sheet.createFreezePane(0, 1);
        flushed(sheet);
    }

    /**
     * The sheet's last rows written out now: their texts join the shared string table in sheet order. Left
     * to {@code wb.write}, the sheets flush in an order of object hashes, and the same tables made a
     * workbook with other bytes on every build.
     */
    private static void flushed(Sheet sheet) throws IOException {
        ((SXSSFSheet) sheet).flushRows();
    }

    private void writeTable(SXSSFWorkbook wb, Styles styles, DownloadTable table, List<String> sheets) throws IOException {
        List<List<Object>> rows = table.table().rows();
        List<Column> columns = table.columns();
        for (int s = 0; s < sheets.size(); s++) {
            int from = (int) Math.min(rows.size(), (long) s * maxDataRows);
            int to = (int) Math.min(rows.size(), (long) from + maxDataRows);
            List<List<Object>> part = rows.subList(from, to);
            Sheet sheet = wb.createSheet(sheets.get(s));
            headerRow(sheet.createRow(0), styles, columns.stream().map(Column::header).toList());
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < part.size(); r++) {
                List<Object> values = part.get(r);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = table.shown(values, c);
                    if (v != null) cell(row, c, v, styles.of(table.format(values, c)), styles);
                }
            }
            // widths last: while columns have settings, POI looks each new cell's column style up in them
            for (int c = 0; c < columns.size(); c++) {
                int column = c;
                sheet.setColumnWidth(c, width(columns.get(c).header(), part, c, row -> shownText(table, row, column)));
            }
            flushed(sheet);
        }
    }

    private static String shownText(DownloadTable table, List<Object> row, int c) {
        ColumnFormat f = table.format(row, c);
        Object v = table.shown(row, c);
        return v instanceof Number && f.numeric() ? f.csvNumber(v) : CsvCell.text(v);
    }

    /** A column's width from its header and the first rows' text. */
    private static int width(String header, List<List<Object>> rows, int c, java.util.function.Function<List<Object>, String> text) {
        int width = displayWidth(header);
        for (int r = 0; r < Math.min(rows.size(), WIDTH_SAMPLE); r++) {
            if (c < rows.get(r).size()) width = Math.max(width, displayWidth(text.apply(rows.get(r))));
        }
        return Math.min(60, Math.max(8, width + 2)) * 256;
    }

    private static void headerRow(Row row, Styles styles, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.bold);
        }
    }

    private static void plainRow(Row row, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v != null) cell(row, c, v, null, null);
        }
    }

    /**
     * One value as a numeric, date, boolean or text cell; never a formula. NaN and infinities stay blank.
     * {@code style}: the column's number format, or null.
     */
    private static void cell(Row row, int c, Object v, CellStyle style, Styles styles) {
        Cell cell;
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            long n = ((Number) v).longValue();
            cell = row.createCell(c);
            if (Math.abs(n) < EXACT_LIMIT) cell.setCellValue(n);
            else {
                cell.setCellValue(Long.toString(n));
                return;
            }
        } else if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) return;
            cell = row.createCell(c);
            cell.setCellValue(d);
        } else if (v instanceof Boolean b) {
            row.createCell(c).setCellValue(b);
            return;
        } else if (v instanceof LocalDate d) {
            cell = row.createCell(c);
            cell.setCellValue(d);
            if (styles != null) cell.setCellStyle(styles.date);
            return;
        } else {
            String s = CsvCell.text(v);
            row.createCell(c).setCellValue(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s);
            return;
        }
        if (style != null) cell.setCellStyle(style);
    }

    /** Roughly how many narrow characters wide: CJK and other wide characters count two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length() && w < 100; i++) w += s.charAt(i) >= 0x1100 ? 2 : 1;
        return w;
    }

    /** The bold header, the date style and one style per number format, made once per workbook. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle date;
        private final Map<ColumnFormat, CellStyle> numbers = new EnumMap<>(ColumnFormat.class);

        Styles(SXSSFWorkbook wb) {
            Font font = wb.createFont();
            font.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(font);
            DataFormat formats = wb.createDataFormat();
            date = wb.createCellStyle();
            date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
            for (ColumnFormat f : ColumnFormat.values()) {
                if (f.excelFormat() == null) continue;
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(formats.getFormat(f.excelFormat()));
                numbers.put(f, s);
            }
        }

        /** The style of a column's numeric cells, or null for general. */
        CellStyle of(ColumnFormat f) {
            return numbers.get(f);
        }
    }
}
