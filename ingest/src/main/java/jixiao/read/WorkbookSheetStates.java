package jixiao.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Which sheets workbook.xml marks hidden or very hidden (the sheet iterator does not say). */
final class WorkbookSheetStates {
    private WorkbookSheetStates() {
    }

    static Map<String, SheetVisibility> read(InputStream workbookXml) throws IOException, SAXException {
        Map<String, SheetVisibility> states = new HashMap<>();
        try (workbookXml) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attrs) {
                    if (!"sheet".equals(localName)) return;
                    String state = attrs.getValue("state");
                    if ("hidden".equals(state)) states.put(attrs.getValue("name"), SheetVisibility.HIDDEN);
                    if ("veryHidden".equals(state)) states.put(attrs.getValue("name"), SheetVisibility.VERY_HIDDEN);
                }
            });
            reader.parse(new InputSource(workbookXml));
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        return states;
    }
}
