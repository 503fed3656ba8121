package jixiao.read;

import java.util.List;

/**
 * Reads Word 97-2003 documents (.doc) with POI's HWPF into the same shape of grid as
 * {@link DocxGridReader}. A table HWPF cannot lay out faithfully rejects the file
 * (UNSUPPORTED_FORMAT) rather than give rows whose columns are wrong.
 */
public final class DocGridReader implements GridReader {
    @Override
    public String format() {
        return "doc";
    }

    @Override
    public List<Grid> read(Input input) throws UnreadableInput {
        return WordReader.read(input, WordContent.DOC);
    }
}
