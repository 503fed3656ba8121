package jixiao.recognise;

import java.util.ArrayList;
import java.util.List;

import jixiao.read.Row;

/** A run of rows of one kind, with the title that opened it (null when none). */
final class Section {
    final SectionKind kind;
    final String title;
    final List<Row> rows = new ArrayList<>();

    Section(SectionKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    String place() {
        return rows.isEmpty() ? "?" : rows.get(0).place();
    }
}
