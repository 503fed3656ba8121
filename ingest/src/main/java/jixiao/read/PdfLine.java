package jixiao.read;

import java.util.List;

/**
 * One visual line of a page (numbered from 1 down the page), cut into chunks left to right; or, when
 * {@code ruled}, one row of a ruled table whose chunks are whole cells (at their left border, with
 * wrapped lines joined) and whose {@code baseline} is the row's top border.
 */
record PdfLine(int page, int number, float baseline, float em, List<PdfChunk> chunks, boolean ruled) {
    PdfLine {
        chunks = List.copyOf(chunks);
    }

    /** The same line with some of its chunks (the rest were cells of a ruled table). */
    PdfLine withChunks(List<PdfChunk> kept) {
        return new PdfLine(page, number, baseline, em, kept, ruled);
    }
}
