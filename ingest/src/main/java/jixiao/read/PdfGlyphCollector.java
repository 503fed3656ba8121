package jixiao.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph of a document, page by page, and each page's table lines. PDFBox's stripper
 * does the font decoding and drops the overprinted copies some producers use for bold; its own
 * lines and words are ignored, because table cells need the positions, which {@link
 * PdfLineBuilder} groups itself.
 */
final class PdfGlyphCollector extends PDFTextStripper {
    private final List<PdfPage> pages = new ArrayList<>();
    /** The page's glyphs by text direction (0, 90, 180, 270 degrees). */
    private final Map<Integer, List<PdfGlyph>> current = new HashMap<>();

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
        ReadBudget.check(); // pages make no rows until the end: the file's time is checked page by page
        current.clear();
    }

    /**
     * Keeps the glyphs of the page's main text direction: positions are given along each glyph's own
     * direction, so a heading turned on its side or a diagonal stamp would land among the table's
     * lines at places that mean nothing there.
     */
    @Override
    protected void endPage(PDPage page) {
        List<PdfGlyph> glyphs = current.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
        PdfRulings rulings = glyphs.isEmpty() ? PdfRulings.NONE : PdfRulingCollector.collect(page);
        pages.add(new PdfPage(getCurrentPageNo(), glyphs, rulings));
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        ReadBudget.check();
        for (TextPosition p : positions) {
            String unicode = p.getUnicode();
            if (unicode == null || unicode.isEmpty()) continue;
            PdfGlyph glyph = new PdfGlyph(unicode, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), em(p));
            current.computeIfAbsent((int) p.getDir(), d -> new ArrayList<>()).add(glyph);
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
