package jixiao.read;

import java.util.List;

/** Reads .txt exports of evaluation forms (tab, one-cell-per-line, pipe and space layouts). */
public final class TextGridReader implements GridReader {
    @Override
    public String format() {
        return "txt";
    }

    @Override
    public List<Grid> read(Input input) throws UnreadableInput {
        String source = input.name();
        String text = TextDecoder.decode(input.bytes());
        return List.of(new TextGridParser(source).parse(text));
    }
}
