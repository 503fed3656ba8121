package jixiao.site.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TextKeyedSharedStringsTest {
    @Test
    void theSameTextIsStoredOnceAndEveryReferenceCounted() throws Exception {
        try (XSSFWorkbook wb = TextKeyedSharedStrings.workbook()) {
            var sst = wb.getSharedStringSource();
            assertEquals(TextKeyedSharedStrings.class, sst.getClass());
            int a = sst.addSharedStringItem(new XSSFRichTextString("东城区"));
            int b = sst.addSharedStringItem(new XSSFRichTextString(" 东城区 "));
            int c = sst.addSharedStringItem(new XSSFRichTextString("东城区"));
            assertEquals(a, c);
            assertEquals(a + 1, b, "text with spaces is another string");
            assertEquals(2, sst.getUniqueCount());
            assertEquals(3, sst.getCount());
            assertEquals(" 东城区 ", sst.getItemAt(b).getString());
        }
    }
}
