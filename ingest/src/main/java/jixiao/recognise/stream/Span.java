package jixiao.recognise.stream;

import java.util.List;

/**
 * A stretch of a document's pieces that one reading covers: a project form (whole or in part) or a
 * table set apart (department-wide evaluation, blank template). {@code from}/{@code to} index the
 * document's piece list; {@code title} is the piece that opened it, when one did.
 */
record Span(Kind kind, int from, int to, Piece title, List<Piece> pieces) {

    enum Kind { FORM, DEPARTMENT_WIDE, METHOD, SUMMARY, TARGET }

    String place() {
        return pieces.isEmpty() ? "?" : pieces.get(0).place();
    }

    int size() {
        return pieces.size();
    }

    Piece get(int i) {
        return pieces.get(i);
    }
}
