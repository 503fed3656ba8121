package jixiao.site.download;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's shared string table, looked up by the plain text. POI keys each string by its XML form, which it
 * serialises again for every cell written; at 100,000 forms that was most of the workbook's time. The
 * workbook writes plain strings only (no formatting runs), so the text is the whole key.
 */
final class TextKeyedSharedStrings extends SharedStringsTable {
    private final Map<String, Integer> byText = new HashMap<>();

    /** A new workbook whose shared string table is this one. */
    static XSSFWorkbook workbook() {
        return new XSSFWorkbook(new Factory());
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        String text = string.getString();
        Integer known = byText.get(text);
        if (known != null) {
            count++; // every reference counts, as POI counts them
            return known;
        }
        int index = super.addSharedStringItem(string);
        byText.put(text, index);
        return index;
    }

    private static final class Factory extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new TextKeyedSharedStrings() : super.newDocumentPart(descriptor);
        }
    }
}
