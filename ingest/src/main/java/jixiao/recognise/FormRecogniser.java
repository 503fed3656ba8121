package jixiao.recognise;

import java.util.List;

import jixiao.read.Grid;
import jixiao.recognise.clean.GridCleaner;
import jixiao.recognise.stream.StreamRecogniser;

/**
 * The one recogniser every format shares: grids in, forms, summary rows and set-aside tables out.
 * What exports added to the text is cleaned away first ({@link GridCleaner}); then the document is
 * read as pieces in reading order, forms found by their anchors and each read by what its cells are
 * ({@link StreamRecogniser}).
 */
public final class FormRecogniser {
    private final StreamRecogniser reader = new StreamRecogniser();

    public Recognised recognise(String source, List<Grid> printed) {
        return reader.recognise(source, GridCleaner.clean(printed));
    }
}
