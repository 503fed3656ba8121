package jixiao.read;

import java.util.List;

/** Reads .txt exports of evaluation forms (tab, one-cell-per-line, pipe and space layouts). */
public final class TextGridReader implements GridReader {
    @Override
    public String format() {
        return "txt";
    }

    @Override
    public List<Grid> read(String source, byte[] content) throws UnreadableInput {
        String text = TextDecoder.decode(content);
        return List.of(new TextGridParser(source).parse(text));
    }
}
