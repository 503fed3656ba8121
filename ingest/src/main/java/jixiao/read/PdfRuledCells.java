package jixiao.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a page draws its table, the lines say which text is one cell, better than positions can:
 * text centred in a column, a name wrapped over three lines beside one-line cells centred on it,
 * a heading merged down five rows and printed halfway down them. Each chunk is put in the ruled
 * cell around its first glyph; the chunks of a cell become one cell (lines joined by a line break)
 * placed at the cell's left border, in the row of the cell's top border, so a merged heading lands
 * in its first row as a spreadsheet keeps it. A "cell" holding several lines that do not look
 * wrapped (further apart than wrapped lines are, or short beside the cell's width and not a heading
 * stacked a character a line: a title, a year and a unit inside a page frame) is not a cell, nor is a box with lines inside it (the space
 * between a page frame and the table in it): their text stays as lines.
 */
final class PdfRuledCells {
    /** Lines of one cell are no further apart than this (in em): the pitch of wrapped text. */
    private static final float CELL_LINE_PITCH = PdfRows.WRAP_PITCH;
    /** Text wrapped in a cell fills at least this share of its width before it wraps. */
    private static final float WRAPPED_FILL = 0.4f;
    /** ... unless it is stacked, at most this many characters a line. */
    private static final int STACKED = 2;
    /** Cells whose top borders are this close (points) are on one row. */
    private static final float SAME_TOP = 1f;

    private PdfRuledCells() {
    }

    private record Placed(PdfLine line, PdfChunk chunk) {
    }

    private record Box(float left, float top, float right, float bottom) {
        static Box of(float[] b) {
            // rounded to a quarter point so one cell found from two glyphs is one key
            return new Box(round(b[0]), round(b[1]), round(b[2]), round(b[3]));
        }

        private static float round(float v) {
            return Math.round(v * 4) / 4f;
        }
    }

    /** The page's lines with the text of ruled cells taken out of them and put in rows of cells. */
    static List<PdfLine> apply(List<PdfLine> lines, PdfRulings rulings) {
        if (rulings.isEmpty() || lines.isEmpty()) return lines;
        Map<Box, List<Placed>> cells = new LinkedHashMap<>();
        for (PdfLine line : lines) {
            float middle = PdfLineBuilder.middle(line.baseline(), line.em());
            for (PdfChunk c : line.chunks()) {
                float inside = c.x() + Math.min(0.25f * c.em(), (c.right() - c.x()) / 2);
                float[] box = rulings.cellAround(inside, middle);
                if (box != null) cells.computeIfAbsent(Box.of(box), b -> new ArrayList<>()).add(new Placed(line, c));
            }
        }
        cells.entrySet().removeIf(e -> !isOneParagraph(e.getKey(), e.getValue()) || encloses(rulings, e.getKey()));
        if (cells.isEmpty()) return lines;

        // identity, not equality: two cells may print the same text at the same x on different lines
        Set<PdfChunk> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Placed> placed : cells.values()) for (Placed p : placed) taken.add(p.chunk());
        List<PdfLine> out = new ArrayList<>();
        for (PdfLine line : lines) {
            List<PdfChunk> left = new ArrayList<>(line.chunks());
            left.removeIf(taken::contains);
            if (left.size() == line.chunks().size()) out.add(line);
            else if (!left.isEmpty()) out.add(line.withChunks(left));
        }
        out.addAll(rows(cells));
        out.sort(Comparator.comparingDouble(PdfLine::baseline));
        return out;
    }

    private static boolean encloses(PdfRulings rulings, Box b) {
        return rulings.crossesInside(b.left(), b.top(), b.right(), b.bottom());
    }

    private static boolean isOneParagraph(Box box, List<Placed> placed) {
        List<PdfLine> lines = placed.stream().map(Placed::line).distinct()
                .sorted(Comparator.comparingDouble(PdfLine::baseline)).toList();
        if (lines.size() < 2) return true;
        for (int i = 1; i < lines.size(); i++) {
            float pitch = lines.get(i).baseline() - lines.get(i - 1).baseline();
            if (pitch > CELL_LINE_PITCH * Math.min(lines.get(i).em(), lines.get(i - 1).em())) return false;
        }
        if (isStacked(placed)) return true;
        PdfLine first = lines.get(0);
        float from = Float.MAX_VALUE;
        float to = -Float.MAX_VALUE;
        for (Placed p : placed) {
            if (p.line() != first) continue;
            from = Math.min(from, p.chunk().x());
            to = Math.max(to, p.chunk().right());
        }
        return to - from >= WRAPPED_FILL * (box.right() - box.left());
    }

    /** A heading written downwards, a character or two a line, in a narrow column (绩/效/指/标). */
    private static boolean isStacked(List<Placed> placed) {
        for (Placed p : placed) if (p.chunk().text().codePointCount(0, p.chunk().text().length()) > STACKED) return false;
        return true;
    }

    /** Ruled cells grouped into rows by their top border, each row a line of whole cells. */
    private static List<PdfLine> rows(Map<Box, List<Placed>> cells) {
        List<Box> boxes = new ArrayList<>(cells.keySet());
        boxes.sort(Comparator.comparingDouble(Box::top).thenComparingDouble(Box::left));
        List<PdfLine> out = new ArrayList<>();
        List<Box> row = new ArrayList<>();
        for (Box b : boxes) {
            if (!row.isEmpty() && b.top() - row.get(0).top() > SAME_TOP) {
                out.add(row(row, cells));
                row = new ArrayList<>();
            }
            row.add(b);
        }
        if (!row.isEmpty()) out.add(row(row, cells));
        return out;
    }

    private static PdfLine row(List<Box> boxes, Map<Box, List<Placed>> cells) {
        List<PdfChunk> chunks = new ArrayList<>();
        int page = 0;
        int number = Integer.MAX_VALUE;
        float em = 0;
        for (Box b : boxes) {
            List<Placed> placed = cells.get(b);
            PdfChunk cell = cell(b, placed);
            chunks.add(cell);
            em = Math.max(em, cell.em());
            for (Placed p : placed) {
                page = p.line().page();
                number = Math.min(number, p.line().number());
            }
        }
        // placed among the page's lines by its top border: before the text of its own row, whose merged
        // cells may print it lower than the next row's
        return new PdfLine(page, number, boxes.get(0).top(), em, chunks, true);
    }

    /** One cell's text: its chunks line by line, left to right, lines joined by a line break. */
    private static PdfChunk cell(Box box, List<Placed> placed) {
        List<Placed> sorted = new ArrayList<>(placed);
        sorted.sort(Comparator.comparingDouble((Placed p) -> p.line().baseline()).thenComparingDouble(p -> p.chunk().x()));
        StringBuilder text = new StringBuilder();
        PdfLine previous = null;
        float em = 0;
        for (Placed p : sorted) {
            if (previous != null) text.append(p.line() == previous ? ' ' : '\n');
            text.append(p.chunk().text());
            previous = p.line();
            em = Math.max(em, p.chunk().em());
        }
        return new PdfChunk(text.toString(), box.left(), box.right(), em);
    }
}
