package jixiao.read;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One SAX pass over a sheet's XML: POI's handler turns cells into displayed text (cached formula
 * values, number formats) and hands them back here, while this also picks up what that handler
 * ignores: hidden rows, the merge list (after the cells in the XML), error cells, and the position
 * of cells written without an r="B2" reference (allowed, and done by some export tools).
 */
final class XlsxSheetHandler extends DefaultHandler implements SheetContentsHandler {
    /** POI prints error cells as "ERROR:#DIV/0!"; the sheet shows "#DIV/0!". */
    private static final String ERROR_PREFIX = "ERROR:";

    private final XSSFSheetXMLHandler cells;
    private final SheetCells sheet;
    private boolean rowHidden;
    private boolean errorCell;
    private int row;
    private int col;
    private int nextCol;

    XlsxSheetHandler(Styles styles, SharedStrings strings, SheetValueFormatter formatter, SheetCells sheet) {
        this.cells = new XSSFSheetXMLHandler(styles, null, strings, this, formatter, false);
        this.sheet = sheet;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) throws SAXException {
        // only the spreadsheet namespace, as POI's handler reads it (extensions reuse element names)
        String element = XSSFRelation.NS_SPREADSHEETML.equals(uri) ? localName : "";
        switch (element) {
            case "row" -> rowHidden = isTrue(attrs.getValue("hidden"));
            case "c" -> {
                errorCell = "e".equals(attrs.getValue("t"));
                String ref = attrs.getValue("r");
                col = ref != null ? new CellReference(ref).getCol() : nextCol;
                nextCol = col + 1;
            }
            case "mergeCell" -> merge(attrs.getValue("ref"));
            default -> {
                // everything else is POI's to read
            }
        }
        cells.startElement(uri, localName, qName, attrs);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        cells.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        cells.characters(ch, start, length);
    }

    @Override
    public void startRow(int rowNum) {
        row = rowNum;
        nextCol = 0;
        if (rowHidden) sheet.hideRow(rowNum);
    }

    @Override
    public void endRow(int rowNum) {
        // rows are kept by number; nothing to close
    }

    @Override
    public void cell(String ref, String formattedValue, XSSFComment comment) {
        if (formattedValue == null) return;
        String text = errorCell && formattedValue.startsWith(ERROR_PREFIX)
                ? formattedValue.substring(ERROR_PREFIX.length()) : formattedValue;
        sheet.put(row, col, text);
    }

    private void merge(String ref) {
        if (ref == null) return;
        try {
            sheet.merge(CellRangeAddress.valueOf(ref));
        } catch (IllegalArgumentException e) {
            // a malformed merge reference: the cells are still read, just not spread
        }
    }

    private static boolean isTrue(String xmlBoolean) {
        return "1".equals(xmlBoolean) || "true".equals(xmlBoolean);
    }
}
