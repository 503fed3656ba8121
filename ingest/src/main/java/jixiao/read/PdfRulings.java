package jixiao.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The table lines of a page, in the glyphs' space (y grows downwards): horizontal ones as a y and an
 * x range, vertical ones as an x and a y range. Cell borders are often drawn one cell edge at a time,
 * so a question is always "which line crosses this point", never "which lines join".
 */
final class PdfRulings {
    static final PdfRulings NONE = new PdfRulings(List.of(), List.of());
    /** How far a line may miss a point (a border is drawn with some width, glyph boxes are estimates). */
    private static final float SLACK = 0.5f;

    /** One line: at y (horizontal) or x (vertical), running from..to along the other axis. */
    record Ruling(float at, float from, float to) {
        boolean covers(float v) {
            return v >= from - SLACK && v <= to + SLACK;
        }
    }

    private final Ruling[] horizontal;
    private final Ruling[] vertical;

    PdfRulings(List<Ruling> horizontal, List<Ruling> vertical) {
        this.horizontal = sorted(horizontal);
        this.vertical = sorted(vertical);
    }

    private static Ruling[] sorted(List<Ruling> rulings) {
        Ruling[] a = rulings.toArray(new Ruling[0]);
        Arrays.sort(a, Comparator.comparingDouble(Ruling::at));
        return a;
    }

    boolean isEmpty() {
        return horizontal.length == 0 || vertical.length == 0;
    }

    /**
     * The ruled cell around a point: the nearest vertical lines left and right of it and horizontal
     * lines above and below it that pass by it; null when it is not enclosed on all four sides.
     */
    float[] cellAround(float x, float y) {
        Float left = null;
        Float right = null;
        Float top = null;
        Float bottom = null;
        for (Ruling v : vertical) {
            if (!v.covers(y)) continue;
            if (v.at() <= x) left = v.at();
            else if (right == null) right = v.at();
        }
        for (Ruling h : horizontal) {
            if (!h.covers(x)) continue;
            if (h.at() <= y) top = h.at();
            else if (bottom == null) bottom = h.at();
        }
        if (left == null || right == null || top == null || bottom == null) return null;
        return new float[] {left, top, right, bottom};
    }

    /**
     * Whether a line runs through the inside of a box: then the box is not a cell but a frame around
     * other cells (a page border, a table's outline around the text beside it).
     */
    boolean crossesInside(float left, float top, float right, float bottom) {
        for (Ruling h : horizontal) {
            boolean inside = h.at() > top + SLACK && h.at() < bottom - SLACK;
            if (inside && h.from() < right - SLACK && h.to() > left + SLACK) return true;
        }
        for (Ruling v : vertical) {
            boolean inside = v.at() > left + SLACK && v.at() < right - SLACK;
            if (inside && v.from() < bottom - SLACK && v.to() > top + SLACK) return true;
        }
        return false;
    }

    /** Whether a vertical line crosses height y between x0 and x1: a cell border between two glyphs. */
    boolean verticalBetween(float x0, float x1, float y) {
        for (Ruling v : vertical) {
            if (v.at() > x1) break;
            if (v.at() >= x0 && v.covers(y)) return true;
        }
        return false;
    }

    /** Collects lines and keeps those that are axis-aligned (within a point) and longer than a dot. */
    static final class Builder {
        private static final float STRAIGHT = 1f;
        private static final float MIN_LENGTH = 3f;
        private final List<Ruling> horizontal = new ArrayList<>();
        private final List<Ruling> vertical = new ArrayList<>();

        void line(float x0, float y0, float x1, float y1) {
            if (Math.abs(y0 - y1) <= STRAIGHT && Math.abs(x1 - x0) >= MIN_LENGTH) {
                horizontal.add(new Ruling((y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
            } else if (Math.abs(x0 - x1) <= STRAIGHT && Math.abs(y1 - y0) >= MIN_LENGTH) {
                vertical.add(new Ruling((x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
            }
        }

        PdfRulings build() {
            return horizontal.isEmpty() && vertical.isEmpty() ? NONE : new PdfRulings(horizontal, vertical);
        }
    }
}
