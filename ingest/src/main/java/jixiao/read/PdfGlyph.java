package jixiao.read;

/**
 * One glyph as printed on a page: its text and where it sits, in page space with y growing downwards
 * ({@code baseline}), and {@code em} the font size it was drawn at (CJK glyphs are about 1 em wide).
 */
record PdfGlyph(String text, float x, float baseline, float width, float em) {

    float right() {
        return x + width;
    }

    /** Spaces, ideographic spaces and no-break spaces: gaps that happen to be printed. */
    boolean isSpace() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
        }
        return true;
    }
}
