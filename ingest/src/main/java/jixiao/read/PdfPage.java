package jixiao.read;

import java.util.List;

/** The glyphs and table lines of one page (1-based number), as the PDF prints them. */
record PdfPage(int number, List<PdfGlyph> glyphs, PdfRulings rulings) {
    PdfPage {
        glyphs = List.copyOf(glyphs);
    }

    /** Glyphs that are not white space: what tells a text layer from a scanned image. */
    long inkGlyphs() {
        return glyphs.stream().filter(g -> !g.isSpace()).count();
    }
}
