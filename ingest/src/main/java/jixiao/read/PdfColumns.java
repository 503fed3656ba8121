package jixiao.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Column anchors of a whole document: the left edges of chunks on lines that have two or more (and
 * of ruled cells, whose left edge is their border), clustered within a fraction of the font size.
 * Learnt over every page at once, so a cell lands in the same column index on every line even when
 * the cells to its left are blank (merged headings), and a table continued on the next page keeps
 * its column indexes (as {@link SpaceColumns} does for text exports, with points instead of
 * character columns).
 */
final class PdfColumns {
    /** Left edges closer than this (in em of the document's usual font size) are one column. */
    private static final float SAME_COLUMN = 0.5f;
    private static final float MIN_TOLERANCE = 1.5f;
    /** A column start seen on this many lines is a real column, not the chance start of one cell. */
    private static final int STRONG = 3;

    private final float[] anchors;
    private final int[] lineCounts;
    private final float tolerance;

    private PdfColumns(float[] anchors, int[] lineCounts, float tolerance) {
        this.anchors = anchors;
        this.lineCounts = lineCounts;
        this.tolerance = tolerance;
    }

    static PdfColumns learn(List<PdfLine> lines) {
        List<Float> starts = new ArrayList<>();
        List<Float> ems = new ArrayList<>();
        for (PdfLine line : lines) {
            for (PdfChunk c : line.chunks()) ems.add(c.em());
            if (line.chunks().size() < 2 && !line.ruled()) continue;
            for (PdfChunk c : line.chunks()) starts.add(c.x());
        }
        float tolerance = Math.max(MIN_TOLERANCE, SAME_COLUMN * median(ems));
        float[] xs = new float[starts.size()];
        for (int i = 0; i < xs.length; i++) xs[i] = starts.get(i);
        Arrays.sort(xs);
        List<Float> anchors = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (float x : xs) {
            if (anchors.isEmpty() || x - anchors.get(anchors.size() - 1) > tolerance) {
                anchors.add(x);
                counts.add(0);
            }
            counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
        }
        float[] a = new float[anchors.size()];
        int[] n = new int[counts.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = anchors.get(i);
            n[i] = counts.get(i);
        }
        return new PdfColumns(a, n, tolerance);
    }

    /** The column a chunk starting at x belongs to: the last anchor at or left of it. */
    int column(float x) {
        int col = 0;
        for (int a = 0; a < anchors.length; a++) {
            if (anchors[a] <= x + tolerance) col = a;
        }
        return col;
    }

    /** Where the next column starts, or infinity for the last column. */
    float end(int col) {
        return col + 1 < anchors.length ? anchors[col + 1] : Float.POSITIVE_INFINITY;
    }

    boolean isEmpty() {
        return anchors.length == 0;
    }

    /** Whether chunk's left edge is at a column start that several lines share. */
    boolean isStrongStart(float x) {
        int col = column(x);
        return anchors.length > 0 && Math.abs(anchors[col] - x) <= tolerance && lineCounts[col] >= STRONG;
    }

    float tolerance() {
        return tolerance;
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) return 0;
        float[] v = new float[values.size()];
        for (int i = 0; i < v.length; i++) v[i] = values.get(i);
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
