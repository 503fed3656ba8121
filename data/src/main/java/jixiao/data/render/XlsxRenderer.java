package jixiao.data.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import jixiao.data.layout.Block;
import jixiao.data.layout.Layout;
import jixiao.data.layout.Merge;
import jixiao.data.layout.Paragraph;
import jixiao.data.layout.Table;

/**
 * Forms as an Excel workbook (.xlsx, or legacy .xls), one sheet per form as departments publish them: titles merged across
 * the table, headings merged over the rows they head, numbers stored as numbers (rates with a
 * percent format). Written with POI's streaming workbook so large corpora stay in flat memory.
 */
public final class XlsxRenderer {
    /** Legacy .xls (BIFF8) instead of .xlsx: small departments still publish those. */
    public void renderXls(List<Layout> forms, OutputStream out) throws IOException {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            fill(wb, forms);
            wb.write(out);
        }
    }

    public void render(List<Layout> forms, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            fill(wb, forms);
            // a fixed creation date: the same forms give the same bytes
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(java.util.Optional.of(Reproducible.DATE));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            wb.write(bytes);
            Reproducible.zip(bytes.toByteArray(), out);
            wb.dispose();
        }
    }

    private static void fill(Workbook wb, List<Layout> forms) {
        Map<String, CellStyle> styles = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            Layout form = forms.get(i);
            Sheet sheet = wb.createSheet(sheetName(i, form.title()));
            int row = 0;
            for (Block b : form.blocks()) {
                if (b instanceof Paragraph p) {
                    if (p.text().isEmpty()) continue;
                    sheet.createRow(row).createCell(0).setCellValue(p.text());
                    sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 7));
                    row++;
                } else if (b instanceof Table t) {
                    row = table(wb, styles, sheet, t, row);
                }
            }
        }
    }

    private static int table(Workbook wb, Map<String, CellStyle> styles, Sheet sheet, Table t, int first) {
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.createRow(first + r);
            for (int c = 0; c < t.width(); c++) {
                if (!t.shows(r, c) || t.text(r, c).isEmpty()) continue;
                Cell cell = row.createCell(c);
                CellValue v = CellValue.of(t.text(r, c));
                if (v.number() == null) {
                    cell.setCellValue(v.text());
                } else {
                    cell.setCellValue(v.number());
                    if (v.format() != null) cell.setCellStyle(styles.computeIfAbsent(v.format(), f -> percent(wb, f)));
                }
            }
        }
        for (Merge m : t.merges()) {
            sheet.addMergedRegion(new CellRangeAddress(first + m.row(), first + m.lastRow(), m.col(), m.lastCol()));
        }
        return first + t.rows().size();
    }

    private static CellStyle percent(Workbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    private static String sheetName(int index, String title) {
        String name = (index + 1) + " " + (title == null ? "" : title);
        return WorkbookUtil.createSafeSheetName(name.length() > 31 ? name.substring(0, 31) : name);
    }
}
