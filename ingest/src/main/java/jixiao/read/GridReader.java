package jixiao.read;

import java.util.List;

/** Turns one input file's bytes into grids (one per sheet or document); one per format. */
public interface GridReader {
    /** Lower-case format name recorded in bronze: "txt", "xlsx", "docx", "pdf"… */
    String format();

    List<Grid> read(Input input) throws UnreadableInput;
}
