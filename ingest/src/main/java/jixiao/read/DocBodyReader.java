package jixiao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import jixiao.model.RejectReason;

/**
 * Reads a .doc (Word 97-2003) main text in order into one grid, the same shape as a .docx gives:
 * paragraphs as rows, tables as their rows on grid columns. HWPF's table model is weaker than
 * XWPF's, so a table it cannot lay out faithfully rejects the file rather than give wrong rows.
 */
final class DocBodyReader {
    private DocBodyReader() {
    }

    static Grid read(String source, byte[] bytes) throws IOException, UnreadableInput {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            HWPFDocument doc = new HWPFDocument(fs.getRoot());
            return walk(source, doc.getRange());
        }
    }

    private static Grid walk(String source, Range range) throws UnreadableInput {
        WordGridBuilder grid = new WordGridBuilder(source);
        int paragraphs = 0;
        int tableNo = 0;
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (!p.isInTable()) {
                grid.paragraph(++paragraphs, HwpfText.of(p.text()));
                continue;
            }
            tableNo++;
            Table table = table(source, range, p, tableNo);
            grid.table(tableNo, DocTableReader.read(source, table, tableNo, grid::note));
            i += Math.max(1, table.numParagraphs()) - 1;
        }
        return grid.build();
    }

    /** The table starting at this paragraph; HWPF's failures here mean its table model does not fit the file. */
    private static Table table(String source, Range range, Paragraph first, int tableNo) throws UnreadableInput {
        String place = "table " + tableNo;
        if (first.getTableLevel() != 1) {
            throw new UnreadableInput(RejectReason.UNSUPPORTED_FORMAT, place, source + ": " + place
                    + " opens with a nested table, which the .doc reader cannot lay out; save the file as .docx to read it");
        }
        try {
            Table t = range.getTable(first);
            t.numRows(); // rows and cells are parsed lazily: fail here, with the place, not later
            return t;
        } catch (RuntimeException e) {
            throw new UnreadableInput(RejectReason.UNSUPPORTED_FORMAT, place, source + ": " + place
                    + " cannot be read by the .doc reader (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); save the file as .docx to read it");
        }
    }
}
