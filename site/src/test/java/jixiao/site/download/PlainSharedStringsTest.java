package jixiao.site.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PlainSharedStringsTest {
    @Test
    void theSameTextIsStoredOnceAndEveryReferenceCounted() throws Exception {
        try (XSSFWorkbook wb = PlainSharedStrings.workbook()) {
            var sst = wb.getSharedStringSource();
            assertEquals(PlainSharedStrings.class, sst.getClass());
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

    /** Awkward texts read back from the written workbook as they read back from POI's own table. */
    @Test
    void readsBackAsPoisOwnTableDoes() throws Exception {
        List<String> texts = List.of("东城区", " 前后有空格 ", "\t制表\t", "a < b && c > d", "换行\n第二行", "回车\r\n", "引号\"'",
                "控制\u0001字符\u001f", "\uFFFE\uFFFF", "𠀀 扩展B区", "半个\uD800代理", "_x0041_ 字面", "", "据实支付");
        assertEquals(readBack(new XSSFWorkbook(), texts), readBack(PlainSharedStrings.workbook(), texts));
        assertEquals(texts.get(0), readBack(PlainSharedStrings.workbook(), texts).get(0));
    }

    private static List<String> readBack(XSSFWorkbook template, List<String> texts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(template, 10, true, true)) {
            Sheet s = wb.createSheet("t");
            for (int i = 0; i < texts.size(); i++) s.createRow(i).createCell(0).setCellValue(texts.get(i));
            s.createRow(texts.size()).createCell(0).setCellValue(texts.get(0)); // a text met twice
            wb.write(bytes);
        }
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (var row : read.getSheetAt(0)) out.add(row.getCell(0).getStringCellValue());
            out.add("count " + read.getSharedStringSource().getCount() + " unique " + read.getSharedStringSource().getUniqueCount());
        }
        return out;
    }
}
