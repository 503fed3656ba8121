package jixiao.read;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads .xlsx (and .xlsm) workbooks sheet by sheet with SAX, so a workbook of hundreds of sheets is
 * never held as a POI object tree: one grid per sheet, in workbook order, cells as Excel displays them.
 */
public final class XlsxGridReader implements GridReader {
    /** Largest part a workbook may unpack to; POI's inflate-ratio guard stays at its default. */
    static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

    /**
     * POI refuses packages of more than 1,000 parts; a workbook has a part or two per sheet, and
     * publications of several hundred project sheets are normal.
     */
    static final long MAX_FILE_COUNT = 10_000;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public List<Grid> read(Input input) throws UnreadableInput {
        String file = input.name();
        SpreadsheetFailures.checkContainer(file, input.bytes(), FileMagic.OOXML, "xlsx");
        OPCPackage pkg;
        try {
            pkg = input.file() != null
                    ? OPCPackage.open(input.file().toFile(), PackageAccess.READ)
                    : OPCPackage.open(new ByteArrayInputStream(input.bytes()));
        } catch (Exception e) {
            throw SpreadsheetFailures.classify(file, "file", e);
        }
        try {
            return readSheets(file, pkg);
        } finally {
            pkg.revert(); // read-only: close() would try to save
        }
    }

    private static List<Grid> readSheets(String file, OPCPackage pkg) throws UnreadableInput {
        String place = "file";
        try {
            XSSFReader reader = new XSSFReader(pkg);
            // phonetic runs (furigana/pinyin guides) are not shown in the cell, so they are left out
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            registerLocaleFormats(styles);
            Map<String, SheetVisibility> states = WorkbookSheetStates.read(reader.getWorkbookData());
            SheetValueFormatter formatter = new SheetValueFormatter();
            List<Grid> grids = new ArrayList<>();
            XMLReader parser = XMLHelper.newXMLReader();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    String name = sheets.getSheetName();
                    place = "sheet " + name;
                    SheetCells cells = new SheetCells(name);
                    parser.setContentHandler(new XlsxSheetHandler(styles, strings, formatter, cells));
                    parser.parse(new InputSource(xml));
                    grids.add(cells.toGrid(file, states.getOrDefault(name, SheetVisibility.VISIBLE)));
                }
            }
            return SpreadsheetFailures.requireText(file, grids);
        } catch (UnreadableInput e) {
            throw e;
        } catch (Exception e) {
            throw SpreadsheetFailures.classify(file, place, e);
        }
    }

    /**
     * Formats 14, 27-36 and 50-58 are locale-dependent and absent from the file; without a format
     * string POI would print a date typed in Chinese Excel as its serial number.
     */
    private static void registerLocaleFormats(StylesTable styles) {
        if (styles == null) return; // a workbook without styles: every number is General
        for (var e : SheetValueFormatter.ZH_CN_BUILTINS.entrySet()) {
            short id = e.getKey().shortValue();
            if (styles.getNumberFormatAt(id) == null) styles.putNumberFormat(id, e.getValue());
        }
    }
}
