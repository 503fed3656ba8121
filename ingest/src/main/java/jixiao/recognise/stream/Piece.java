package jixiao.recognise.stream;

import java.util.List;

import jixiao.recognise.vocab.Vocabulary;

/**
 * One piece of a document in reading order: a cell, or a part of a cell whose text ran several
 * cells together. {@code text} is as printed (pinyin notes dropped); {@code key} is its
 * comparable form; {@code entries} the vocabulary fields it names (empty for values and free
 * text). {@code row} and {@code col} are the grid position of its cell ({@code sub} its place
 * inside the cell); {@code rowStart} says the piece opens a printed row; {@code glued} that it was
 * cut from text that ran cells together, so its digits may hold several numbers (1515: 15 and 15).
 */
public record Piece(String text, String key, Kind kind, List<Vocabulary.Entry> entries, int grid, int row, int col,
                    int sub, boolean rowStart, String place, boolean glued, Shape shape) {

    /** What a piece is, judged from its text alone. */
    public enum Kind {
        /** A heading, label, level word or title from the vocabulary. */
        VOCAB,
        /** A number, rate, amount, quantity with its unit, or a value led by a comparator. */
        VALUE,
        /** A comparator alone (≥, =, 定性) as printed in a 指标性质 column. */
        SIGN,
        /** A printed "nothing": —, -, /, #DIV/0!. */
        DASH,
        /** Words. */
        TEXT,
        /** A blank cell (kept only where printed rows give positions). */
        EMPTY
    }

    public Piece {
        entries = List.copyOf(entries);
        if (shape == null) shape = Shape.of(text); // read once: the aligner asks for it many times
    }

    public Piece(String text, String key, Kind kind, List<Vocabulary.Entry> entries, int grid, int row, int col, int sub,
                 boolean rowStart, String place, boolean glued) {
        this(text, key, kind, entries, grid, row, col, sub, rowStart, place, glued, null);
    }

    // plain loops: readers ask these of every piece many times, and most pieces have no entries

    public boolean has(String field) {
        for (Vocabulary.Entry e : entries) if (e.field().equals(field)) return true;
        return false;
    }

    public boolean hasFamily(String family) {
        for (Vocabulary.Entry e : entries) if (e.inFamily(family)) return true;
        return false;
    }

    public boolean hasPrefix(String fieldPrefix) {
        for (Vocabulary.Entry e : entries) if (e.field().startsWith(fieldPrefix)) return true;
        return false;
    }

    public Piece asGlued() {
        return glued ? this : new Piece(text, key, kind, entries, grid, row, col, sub, rowStart, place, true, shape);
    }

    public boolean isVocab() {
        return kind == Kind.VOCAB;
    }

    @Override
    public String toString() {
        return kind + ":" + text + (entries.isEmpty() ? "" : "{" + entries.get(0).field() + "}") + "@" + row + "." + col
                + (rowStart ? "^" : "");
    }
}
