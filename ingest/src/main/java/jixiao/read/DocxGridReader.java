package jixiao.read;

import java.util.List;

/**
 * Reads Word 2007+ documents (.docx) with POI's XWPF into one grid: paragraphs and tables in
 * document order, table cells on the table's grid columns with merged cells' text carried to every
 * position they cover (see {@link TableLayout}).
 */
public final class DocxGridReader implements GridReader {
    @Override
    public String format() {
        return "docx";
    }

    @Override
    public List<Grid> read(Input input) throws UnreadableInput {
        return WordReader.read(input, WordContent.DOCX);
    }
}
