package jixiao.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jixiao.read.Cell;
import jixiao.read.Row;

/**
 * Heading rows of PDF text exports sometimes print two headings in one cell ("年度指标值 实际完成值")
 * because the export pushed a word against its neighbour. Such a cell is split in two, and the
 * headings after it move one column right into the first blank column, where the data rows have them.
 */
final class JoinedHeadings {
    private static final List<String> KNOWN = Stream.of(Vocabulary.LEVEL1, Vocabulary.LEVEL2, Vocabulary.NAME,
            Vocabulary.NATURE, Vocabulary.TARGET, Vocabulary.UNIT, Vocabulary.ACTUAL, Vocabulary.WEIGHT,
            Vocabulary.SCORE, Vocabulary.BUDGET_INITIAL, Vocabulary.BUDGET_ADJUSTED, Vocabulary.EXECUTED,
            Vocabulary.RATE).flatMap(List::stream).toList();

    private JoinedHeadings() {
    }

    static Row split(Row row) {
        List<String> texts = new ArrayList<>(row.cells().stream().map(Cell::text).toList());
        boolean changed = false;
        for (int c = 0; c < texts.size(); c++) {
            String[] parts = texts.get(c).split("\\s+");
            if (parts.length != 2 || !isHeading(parts[0]) || !isHeading(parts[1])) continue;
            texts.set(c, parts[0]);
            int blank = firstBlankAfter(texts, c + 1);
            if (blank < 0) texts.add(texts.size(), "");
            if (blank < 0) blank = texts.size() - 1;
            for (int k = blank; k > c + 1; k--) texts.set(k, texts.get(k - 1));
            texts.set(c + 1, parts[1]);
            changed = true;
        }
        if (!changed) return row;
        Cell first = row.cells().get(0);
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) cells.add(new Cell(texts.get(c), first.part(), first.row(), c));
        return new Row(cells);
    }

    private static boolean isHeading(String s) {
        String k = Vocabulary.key(s);
        return KNOWN.contains(k) || k.startsWith("分值") || k.startsWith("权重") || k.contains("原因");
    }

    private static int firstBlankAfter(List<String> texts, int from) {
        for (int k = from; k < texts.size(); k++) if (texts.get(k).isEmpty()) return k;
        return -1;
    }
}
