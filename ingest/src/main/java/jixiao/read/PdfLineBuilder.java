package jixiao.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into visual lines and cuts each line into chunks. Glyphs whose baselines
 * lie within a fraction of the font size share a line (table cells of one row are printed on one
 * baseline, give or take rounding). Within a line, CJK glyphs are about 1 em wide and sit next to
 * each other, and a word space is a third of an em, so a wider gap than {@link #CELL_GAP} that no
 * printed space explains is the border between two cells, and so is a table line between two
 * glyphs that do not touch (tight columns).
 */
final class PdfLineBuilder {
    /** Baselines closer than this (in em) are one line. */
    static final float SAME_LINE = 0.35f;
    /** A gap wider than this (in em) not filled by printed spaces separates two cells. */
    static final float CELL_GAP = 0.7f;
    /** A positioning gap wider than this (in em) between two Latin letters or digits is a word space. */
    private static final float WORD_GAP = 0.2f;
    /** Glyphs closer than this (in em) touch: text running over a border (spreadsheet overflow), not two cells. */
    private static final float TOUCHING = 0.1f;

    private PdfLineBuilder() {
    }

    static List<PdfLine> lines(PdfPage page) {
        List<PdfGlyph> glyphs = new ArrayList<>(page.glyphs());
        glyphs.sort(Comparator.comparingDouble(PdfGlyph::baseline).thenComparingDouble(PdfGlyph::x));
        List<PdfLine> out = new ArrayList<>();
        List<PdfGlyph> line = new ArrayList<>();
        float top = 0;
        float em = 0;
        for (PdfGlyph g : glyphs) {
            if (!line.isEmpty() && g.baseline() - top > SAME_LINE * Math.max(em, g.em())) {
                add(out, page, line, top);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                top = g.baseline();
                em = 0;
            }
            line.add(g);
            em = Math.max(em, g.em());
        }
        add(out, page, line, top);
        return out;
    }

    private static void add(List<PdfLine> out, PdfPage page, List<PdfGlyph> glyphs, float baseline) {
        if (glyphs.isEmpty()) return;
        glyphs.sort(Comparator.comparingDouble(PdfGlyph::x));
        float em = (float) glyphs.stream().mapToDouble(PdfGlyph::em).max().orElse(0);
        List<PdfChunk> chunks = chunks(glyphs, page.rulings(), middle(baseline, em));
        if (chunks.isEmpty()) return;
        out.add(new PdfLine(page.number(), out.size() + 1, baseline, em, chunks, false));
    }

    /** The height of the middle of a line's glyphs: where table lines beside it are looked for. */
    static float middle(float baseline, float em) {
        return baseline - 0.35f * em;
    }

    /** Cuts a line (glyphs sorted left to right) where a gap is wider than printed spaces account for. */
    static List<PdfChunk> chunks(List<PdfGlyph> glyphs, PdfRulings rulings, float middle) {
        List<PdfChunk> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        PdfGlyph first = null;
        PdfGlyph last = null;
        float em = 0;
        int spaces = 0;
        float spaceWidth = 0;
        for (PdfGlyph g : glyphs) {
            if (g.isSpace()) {
                spaces++;
                spaceWidth += Math.max(g.width(), 0);
                continue;
            }
            if (last != null) {
                float size = Math.max(last.em(), g.em());
                float gap = g.x() - last.right();
                if (isCellBorder(gap, spaces, spaceWidth, size) || isRuledBorder(last, g, size, rulings, middle)) {
                    out.add(new PdfChunk(text.toString(), first.x(), last.right(), em));
                    text.setLength(0);
                    first = null;
                    em = 0;
                } else if (spaces > 0 || (gap > WORD_GAP * size && isLatin(last) && isLatin(g))) {
                    text.append(' ');
                }
            }
            if (first == null) first = g;
            text.append(g.text());
            em = Math.max(em, g.em());
            last = g;
            spaces = 0;
            spaceWidth = 0;
        }
        if (first != null) out.add(new PdfChunk(text.toString(), first.x(), last.right(), em));
        return out;
    }

    /** A gap wider than a cell gap that printed spaces do not fill, or that a run of spaces fills. */
    private static boolean isCellBorder(float gap, int spaces, float spaceWidth, float size) {
        return gap - spaceWidth > CELL_GAP * size || (spaces >= 2 && gap > CELL_GAP * size);
    }

    /** A table line between two glyphs that do not touch: two cells of tight columns. */
    private static boolean isRuledBorder(PdfGlyph left, PdfGlyph right, float size, PdfRulings rulings, float middle) {
        float touch = TOUCHING * size;
        return right.x() - left.right() > touch && rulings.verticalBetween(left.right() - touch, right.x() + touch, middle);
    }

    private static boolean isLatin(PdfGlyph g) {
        int c = g.text().codePointAt(0);
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
