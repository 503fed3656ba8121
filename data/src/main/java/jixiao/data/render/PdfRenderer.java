package jixiao.data.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import jixiao.data.layout.Block;
import jixiao.data.layout.Layout;
import jixiao.data.layout.Merge;
import jixiao.data.layout.Paragraph;
import jixiao.data.layout.Table;

/**
 * Forms drawn as a PDF with a text layer, as a printed and exported form looks: A4 landscape,
 * titles above a ruled table, cell text left-aligned in its column and wrapped within it, tables
 * continued on the next page when they do not fit.
 */
public final class PdfRenderer {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float SIZE = 8;
    private static final float LEADING = 11;
    private static final float PAD = 3;
    private static final float MAX_COLUMN = 150;
    private static final float MIN_COLUMN = 24;

    public void render(List<Layout> forms, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, FONT.get(), true);
            for (Layout form : forms) new FormPages(doc, font).draw(form);
            doc.setDocumentId(0L); // the file ID is derived from this, not the clock: same forms, same bytes
            doc.save(out);
        }
    }

    /**
     * Parsing the font collection costs more than drawing a form, so each thread parses it once and
     * keeps it (PDFBox fonts are not shared between threads).
     */
    private static final ThreadLocal<TrueTypeFont> FONT = ThreadLocal.withInitial(() -> {
        try {
            return firstFont(new TrueTypeCollection(CjkFont.file().toFile()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the font " + CjkFont.file(), e);
        }
    });

    private static TrueTypeFont firstFont(TrueTypeCollection ttc) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        ttc.processAllFonts(f -> {
            if (first[0] == null) first[0] = f;
        });
        return first[0];
    }

    /** One form, from a new page on. */
    private static final class FormPages {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream page;
        private float y;

        FormPages(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void draw(Layout form) throws IOException {
            newPage();
            try {
                for (Block b : form.blocks()) {
                    if (b instanceof Paragraph p && !p.text().isEmpty()) paragraph(p.text());
                    else if (b instanceof Table t) table(t);
                }
            } finally {
                page.close();
            }
        }

        private void newPage() throws IOException {
            if (page != null) page.close();
            PDPage p = new PDPage(PAGE);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            page.setLineWidth(0.5f);
            y = PAGE.getHeight() - MARGIN;
        }

        private void paragraph(String text) throws IOException {
            if (y - 2 * LEADING < MARGIN) newPage();
            y -= LEADING * 1.5f;
            text(MARGIN, y, text, SIZE + 2);
            y -= LEADING * 0.5f;
        }

        private void table(Table t) throws IOException {
            float[] widths = widths(t);
            float[] x = new float[widths.length + 1];
            x[0] = MARGIN;
            for (int c = 0; c < widths.length; c++) x[c + 1] = x[c] + widths[c];
            for (int r = 0; r < t.rows().size(); r++) {
                List<List<String>> lines = new ArrayList<>();
                int height = 1;
                for (int c = 0; c < t.width(); c++) {
                    List<String> cell = t.shows(r, c) ? wrap(t.text(r, c), spanWidth(t, r, c, widths) - 2 * PAD) : List.of();
                    lines.add(cell);
                    height = Math.max(height, cell.size());
                }
                float h = height * LEADING + 2 * PAD;
                if (y - h < MARGIN) newPage();
                for (int c = 0; c < t.width(); c++) {
                    float base = y - PAD - SIZE;
                    for (String line : lines.get(c)) {
                        text(x[c] + PAD, base, line, SIZE);
                        base -= LEADING;
                    }
                }
                borders(t, r, x, y, h);
                y -= h;
            }
            y -= LEADING;
        }

        /**
         * The borders of row {@code r}'s cells as a printed form draws them: no line inside a merged
         * region (across its columns, or between the rows it spans).
         */
        private void borders(Table t, int r, float[] x, float top, float h) throws IOException {
            float bottom = top - h;
            for (int c = 0; c < t.width(); c++) {
                Optional<Merge> m = t.mergeAt(r, c);
                boolean continuesFromAbove = m.isPresent() && m.get().row() < r;
                boolean continuesBelow = m.isPresent() && m.get().lastRow() > r;
                if (!continuesFromAbove) rule(x[c], x[c + 1], top);
                if (!continuesBelow) rule(x[c], x[c + 1], bottom);
            }
            for (int c = 0; c <= t.width(); c++) {
                final int boundary = c;
                boolean inside = c > 0 && c < t.width()
                        && t.mergeAt(r, c).map(m -> m.col() < boundary).orElse(false);
                if (!inside) vertical(x[c], top, bottom);
            }
        }

        private void vertical(float at, float top, float bottom) throws IOException {
            page.moveTo(at, top);
            page.lineTo(at, bottom);
            page.stroke();
        }

        private float spanWidth(Table t, int r, int c, float[] widths) {
            Optional<Merge> m = t.mergeAt(r, c);
            int last = m.map(Merge::lastCol).orElse(c);
            float w = 0;
            for (int k = c; k <= last; k++) w += widths[k];
            return w;
        }

        /** Natural widths, capped, then scaled to fit the page. */
        private float[] widths(Table t) throws IOException {
            float[] w = new float[t.width()];
            for (int r = 0; r < t.rows().size(); r++) {
                for (int c = 0; c < t.width(); c++) {
                    if (!t.shows(r, c) || t.mergeAt(r, c).map(m -> m.lastCol() > m.col()).orElse(false)) continue;
                    for (String line : t.text(r, c).split("\n")) {
                        w[c] = Math.max(w[c], Math.min(MAX_COLUMN, width(line) + 2 * PAD));
                    }
                }
            }
            float total = 0;
            for (int c = 0; c < w.length; c++) {
                w[c] = Math.max(w[c], MIN_COLUMN);
                total += w[c];
            }
            float room = PAGE.getWidth() - 2 * MARGIN;
            if (total > room) for (int c = 0; c < w.length; c++) w[c] *= room / total;
            return w;
        }

        private List<String> wrap(String text, float room) throws IOException {
            List<String> out = new ArrayList<>();
            for (String para : text.split("\n")) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < para.length(); ) {
                    int cp = para.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    if (line.length() > 0 && width(line + ch) > room) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(ch);
                    i += Character.charCount(cp);
                }
                if (line.length() > 0) out.add(line.toString());
            }
            return out;
        }

        private float width(String s) throws IOException {
            return font.getStringWidth(s) / 1000 * SIZE;
        }

        private void text(float x, float baseline, String s, float size) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, baseline);
            page.showText(s);
            page.endText();
        }

        private void rule(float x0, float x1, float at) throws IOException {
            page.moveTo(x0, at);
            page.lineTo(x1, at);
            page.stroke();
        }
    }
}
