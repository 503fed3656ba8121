package jixiao.site.download;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's shared string table as plain texts, looked up by text and written out as XML at the end.
 * POI's own table keeps every text as XML objects and again as its XML (its lookup key): at 100,472 forms
 * 239,285 texts held as 479,003 XML element objects (46 MB of them alone), growing with the forms; and
 * serialising each cell's XML to look it up was most of the workbook's time. The workbook writes plain strings only (no
 * formatting runs), so the text is the whole entry.
 */
final class PlainSharedStrings extends SharedStringsTable {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private final Map<String, Integer> byText = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    /** A new workbook whose shared string table is this one. */
    static XSSFWorkbook workbook() {
        return new XSSFWorkbook(new Factory());
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        count++; // every reference counts, as POI counts them
        return byText.computeIfAbsent(string.getString(), text -> {
            texts.add(text);
            uniqueCount = texts.size();
            return texts.size() - 1;
        });
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(texts.get(idx));
    }

    @Override
    public List<RichTextString> getSharedStringItems() {
        return texts.stream().<RichTextString>map(XSSFRichTextString::new).toList();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        // laid out as POI writes it, so the workbook keeps its bytes
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"" + count + "\" uniqueCount=\"" + uniqueCount
                + "\" xmlns=\"" + MAIN + "\">");
        for (String t : texts) {
            if (t.isEmpty()) {
                w.write("<si><t/></si>");
                continue;
            }
            // as POI marks them: whitespace at either end would otherwise be dropped by a reader
            boolean keep = Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1));
            w.write(keep ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            escape(t, w);
            w.write("</t></si>");
        }
        w.write("</sst>");
        w.flush(); // the part's stream is closed by POI
    }

    /** XML text: markup escaped where XML needs it; a character XML 1.0 cannot hold becomes '?', as POI's writer makes it. */
    static void escape(String s, Writer w) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> w.write("&lt;");
                case '>' -> w.write(i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' ? "&gt;" : ">"); // only "]]>" must not stand
                case '&' -> w.write("&amp;");
                case '\r' -> w.write("&#xd;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        w.write(c);
                        w.write(s.charAt(++i));
                    } else if (c == '\t' || c == '\n' || (c >= 0x20 && c < 0xFFFE && !Character.isSurrogate(c))) {
                        w.write(c);
                    } else {
                        w.write('?');
                    }
                }
            }
        }
    }

    private static final class Factory extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainSharedStrings() : super.newDocumentPart(descriptor);
        }
    }
}
