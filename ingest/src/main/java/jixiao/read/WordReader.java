package jixiao.read;

import java.util.ArrayList;
import java.util.List;

import jixiao.model.RejectReason;

/**
 * Reads a Word input by what it holds, not by its name: a .docx that is really a .doc (or the other
 * way round, both common on published sites) is read all the same, and the grid notes the mismatch.
 * Whatever goes wrong comes back as {@link UnreadableInput} naming the file.
 */
final class WordReader {
    private WordReader() {
    }

    static List<Grid> read(Input input, WordContent named) throws UnreadableInput {
        String source = input.name();
        WordContent content = WordFiles.sniff(input.bytes());
        if (content != WordContent.DOCX && content != WordContent.DOC) throw WordFiles.unreadable(source, content);
        Grid grid;
        try {
            grid = content == WordContent.DOCX
                    ? DocxBodyReader.read(source, input.bytes())
                    : DocBodyReader.read(source, input.bytes());
        } catch (UnreadableInput e) {
            throw e;
        } catch (Exception e) { // POI throws checked and unchecked exceptions of many kinds for bad files
            throw WordFiles.failure(source, e);
        } catch (StackOverflowError e) { // content controls or tables nested thousands deep: hostile, not a form
            throw new UnreadableInput(RejectReason.CORRUPT, source + ": elements nested too deeply to read");
        }
        if (content == named) return List.of(grid);
        List<String> notes = new ArrayList<>(grid.notes());
        notes.add(0, "read as " + content.description() + ": the file's name says otherwise");
        return List.of(new Grid(grid.source(), grid.rows(), notes));
    }
}
