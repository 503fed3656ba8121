package jixiao.read;

/** A run of glyphs on one line printed close together: one cell's text on that line. */
record PdfChunk(String text, float x, float right, float em) {
}
