package jixiao.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects a page's table lines: stroked straight segments and rectangles, and filled rectangles
 * thin enough to be a border (some producers fill a hairline box for each cell edge). Text is
 * skipped, as are curves, images and shadings. Only pages printed upright are read: on a rotated
 * page the lines would need the glyphs' rotation, and the text alone still gives the table.
 */
final class PdfRulingCollector extends PDFGraphicsStreamEngine {
    /** A filled box at most this thick (points) is a line. */
    private static final float HAIRLINE = 2.5f;

    private final PdfRulings.Builder rulings = new PdfRulings.Builder();
    /** The current path's subpaths, each a list of straight segments {x0, y0, x1, y1}. */
    private final List<List<float[]>> path = new ArrayList<>();
    private final float left;
    private final float top;
    private Point2D.Float start;
    private Point2D.Float current;

    private PdfRulingCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        left = crop.getLowerLeftX();
        top = crop.getUpperRightY();
    }

    /**
     * The page's table lines; none when the page is rotated or its drawing cannot be followed (the
     * text has been read by then, and reads without lines, only less well).
     */
    static PdfRulings collect(PDPage page) {
        if (page.getRotation() % 360 != 0) return PdfRulings.NONE;
        try {
            PdfRulingCollector c = new PdfRulingCollector(page);
            c.processPage(page);
            return c.rulings.build();
        } catch (IOException | RuntimeException e) {
            return PdfRulings.NONE;
        }
    }

    @Override
    public void showTextString(byte[] string) {
        // text is the glyph collector's: skipping it here saves decoding every glyph twice
    }

    @Override
    public void showTextStrings(COSArray array) {
        // as above
    }

    @Override
    public void moveTo(float x, float y) {
        start = new Point2D.Float(x, y);
        current = start;
        path.add(new ArrayList<>());
    }

    private List<float[]> subpath() {
        if (path.isEmpty()) path.add(new ArrayList<>());
        return path.get(path.size() - 1);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null) subpath().add(new float[] {current.x, current.y, x, y});
        current = new Point2D.Float(x, y);
        if (start == null) start = current;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (start != null && current != null && (start.x != current.x || start.y != current.y)) {
            subpath().add(new float[] {current.x, current.y, start.x, start.y});
        }
        current = start;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        Point2D[] corners = {p0, p1, p2, p3, p0};
        List<float[]> rectangle = new ArrayList<>(4);
        path.add(rectangle);
        for (int i = 0; i < 4; i++) {
            rectangle.add(new float[] {(float) corners[i].getX(), (float) corners[i].getY(),
                    (float) corners[i + 1].getX(), (float) corners[i + 1].getY()});
        }
        start = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        current = start;
    }

    @Override
    public void strokePath() {
        for (List<float[]> sub : path) for (float[] s : sub) line(s[0], s[1], s[2], s[3]);
        endPath();
    }

    /** A filled shape is a line only when its bounding box is a hairline (a border drawn as a thin box). */
    @Override
    public void fillPath(int windingRule) {
        for (List<float[]> sub : path) {
            if (sub.isEmpty()) continue;
            float x0 = Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            for (float[] s : sub) {
                x0 = Math.min(x0, Math.min(s[0], s[2]));
                x1 = Math.max(x1, Math.max(s[0], s[2]));
                y0 = Math.min(y0, Math.min(s[1], s[3]));
                y1 = Math.max(y1, Math.max(s[1], s[3]));
            }
            if (x1 - x0 <= HAIRLINE) line((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
            else if (y1 - y0 <= HAIRLINE) line(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<List<float[]>> shape = new ArrayList<>(path);
        fillPath(windingRule);
        for (List<float[]> sub : shape) for (float[] s : sub) line(s[0], s[1], s[2], s[3]);
    }

    @Override
    public void endPath() {
        path.clear();
        start = null;
        current = null;
    }

    @Override
    public void clip(int windingRule) {
        // a clip does not draw; the path is ended by the operator that follows (usually n)
    }

    @Override
    public void drawImage(PDImage image) {
        // images are not lines
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // nor are shadings
    }

    /** Page space (y up, origin at the media box) to the glyphs' space (y down from the crop box top). */
    private void line(float x0, float y0, float x1, float y1) {
        rulings.line(x0 - left, top - y0, x1 - left, top - y1);
    }
}
