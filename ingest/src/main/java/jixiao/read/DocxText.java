package jixiao.read;

import java.util.Map;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The text a person sees in one .docx paragraph, read straight from its XML: runs in order,
 * including those in hyperlinks, simple fields, smart tags, inline content controls and tracked
 * insertions; tabs as '\t', line breaks as '\n', Symbol-font signs as Unicode. Left out: deleted
 * and moved-away text, field instructions, and footnote text (printed elsewhere on the page).
 * Building XWPFParagraph and XWPFRun objects for this costs more than parsing the document, hence
 * the cursor walk.
 */
final class DocxText {
    /** Elements whose children are runs or more containers. */
    private static final Set<String> CONTAINERS = Set.of("r", "hyperlink", "fldSimple", "smartTag", "sdt",
            "sdtContent", "ins", "moveTo", "customXml", "dir", "bdo");

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName SYM_FONT = new QName(W, "font");
    private static final QName SYM_CHAR = new QName(W, "char");
    /**
     * Signs inserted from Word's Symbol font ({@code <w:sym w:font="Symbol" w:char="F0B3"/>}) are
     * stored as private-use code points; the comparators among them decide an indicator's 指标性质.
     */
    private static final Map<Integer, Character> SYMBOL_FONT = Map.of(
            0xB3, '≥', 0xA3, '≤', 0x3E, '>', 0x3C, '<', 0x3D, '=', 0xB9, '≠', 0xB1, '±', 0xB4, '×', 0xB8, '÷', 0xB0, '°');

    private DocxText() {
    }

    static String of(CTP p) {
        StringBuilder out = new StringBuilder();
        try (XmlCursor c = p.newCursor()) {
            walk(c, out);
        }
        return out.toString();
    }

    /** Appends the text under the cursor's element; leaves the cursor where it started. */
    private static void walk(XmlCursor c, StringBuilder out) {
        if (!c.toFirstChild()) return;
        do {
            String name = c.getName().getLocalPart();
            switch (name) {
                case "t" -> out.append(c.getTextValue());
                case "tab", "ptab" -> out.append('\t');
                case "br", "cr" -> out.append('\n');
                case "noBreakHyphen" -> out.append('-');
                case "sym" -> symbol(c, out);
                default -> {
                    if (CONTAINERS.contains(name)) walk(c, out);
                }
            }
        } while (c.toNextSibling());
        c.toParent();
    }

    /** A Symbol-font sign as its Unicode character; a real code point as itself; other fonts' glyphs dropped. */
    private static void symbol(XmlCursor c, StringBuilder out) {
        String font = c.getAttributeText(SYM_FONT);
        String hex = c.getAttributeText(SYM_CHAR);
        if (hex == null) return;
        int code;
        try {
            code = Integer.parseInt(hex, 16);
        } catch (NumberFormatException e) {
            return;
        }
        if (code < 0xE000 || code > 0xF8FF) {
            if (Character.isValidCodePoint(code)) out.appendCodePoint(code);
        } else if ("Symbol".equalsIgnoreCase(font) && SYMBOL_FONT.containsKey(code & 0xFF)) {
            out.append(SYMBOL_FONT.get(code & 0xFF));
        }
    }
}
