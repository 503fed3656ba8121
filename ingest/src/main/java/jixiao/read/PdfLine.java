package jixiao.read;

import java.util.List;

/** One visual line of a page (numbered from 1 down the page), cut into chunks left to right. */
record PdfLine(int page, int number, float baseline, float em, List<PdfChunk> chunks) {
    PdfLine {
        chunks = List.copyOf(chunks);
    }
}
