package jixiao.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph of a document, page by page, and each page's table lines. PDFBox's stripper does the font decoding and
 * drops the overprinted copies some producers use for bold; its own lines and words are ignored,
 * because table cells need the positions, which {@link PdfLineBuilder} groups itself.
 */
final class PdfGlyphCollector extends PDFTextStripper {
    private final List<PdfPage> pages = new ArrayList<>();
    private List<PdfGlyph> current = new ArrayList<>();

    PdfGlyphCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    List<PdfPage> collect(PDDocument document) throws IOException {
        pages.clear();
        writeText(document, Writer.nullWriter());
        return List.copyOf(pages);
    }

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
    }

    @Override
    protected void endPage(PDPage page) {
        PdfRulings rulings = current.isEmpty() ? PdfRulings.NONE : PdfRulingCollector.collect(page);
        pages.add(new PdfPage(getCurrentPageNo(), current, rulings));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String unicode = p.getUnicode();
            if (unicode == null || unicode.isEmpty()) continue;
            current.add(new PdfGlyph(unicode, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), em(p)));
        }
    }

    /** The size the glyph is drawn at, text and page scaling included; the font's nominal size as a fallback. */
    private static float em(TextPosition p) {
        float scale = Math.abs(p.getXScale());
        if (scale > 0.1f) return scale;
        float nominal = p.getFontSizeInPt();
        return nominal > 0.1f ? nominal : Math.max(p.getHeightDir(), 1f);
    }
}
