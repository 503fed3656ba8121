package jixiao.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws small test PDFs the way form exports print them: text at chosen positions (x from the left,
 * y the baseline from the top of an A4 page, in points), optional table lines, images.
 */
final class PdfSketch implements AutoCloseable {
    private final PDDocument document = new PDDocument();
    private PDFont font;
    private PDPageContentStream page;
    private float height;
    private float size = 10;

    /** A new A4 page; the one before it is finished. */
    PdfSketch page() throws IOException {
        endPage();
        PDPage p = new PDPage(PDRectangle.A4);
        document.addPage(p);
        height = p.getMediaBox().getHeight();
        page = new PDPageContentStream(document, p);
        return this;
    }

    PdfSketch size(float points) {
        size = points;
        return this;
    }

    PdfSketch text(float x, float y, String text) throws IOException {
        page.beginText();
        page.setFont(font(), size);
        page.newLineAtOffset(x, height - y);
        page.showText(text);
        page.endText();
        return this;
    }

    /** Text turned by an angle (degrees, anticlockwise) about its start: a stamp or a sideways heading. */
    PdfSketch turned(float x, float y, double degrees, String text) throws IOException {
        page.beginText();
        page.setFont(font(), size);
        page.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(degrees), x, height - y));
        page.showText(text);
        page.endText();
        return this;
    }

    /** Text centred between two x positions. */
    PdfSketch centred(float left, float right, float y, String text) throws IOException {
        return text((left + right - width(text)) / 2, y, text);
    }

    float width(String text) throws IOException {
        return font().getStringWidth(text) / 1000 * size;
    }

    /** One table row: each non-empty text at its column's x, all on baseline y. */
    PdfSketch row(float y, float[] columns, String... texts) throws IOException {
        for (int c = 0; c < texts.length; c++) if (!texts[c].isEmpty()) text(columns[c], y, texts[c]);
        return this;
    }

    PdfSketch line(float x1, float y1, float x2, float y2) throws IOException {
        page.moveTo(x1, height - y1);
        page.lineTo(x2, height - y2);
        page.stroke();
        return this;
    }

    /** A filled box (x, y its top left corner): how some producers draw each cell border, as a hairline box. */
    PdfSketch fill(float x, float y, float width, float boxHeight) throws IOException {
        page.addRect(x, height - y - boxHeight, width, boxHeight);
        page.fill();
        return this;
    }

    /** A stroked rectangle (x, y its top left corner). */
    PdfSketch box(float x, float y, float width, float boxHeight) throws IOException {
        page.addRect(x, height - y - boxHeight, width, boxHeight);
        page.stroke();
        return this;
    }

    PdfSketch image(float x, float y, int width, int heightPx) throws IOException {
        BufferedImage img = new BufferedImage(width, heightPx, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < width; i++) for (int j = 0; j < heightPx; j++) img.setRGB(i, j, (i * 7 + j * 13) % 2 == 0 ? 0xFFFFFF : 0x222222);
        page.drawImage(LosslessFactory.createFromImage(document, img), x, height - y - heightPx, width, heightPx);
        return this;
    }

    /** Encrypts with a user password (opening needs it) or, with an empty one, an owner password only. */
    PdfSketch protect(String owner, String user) {
        AccessPermission none = new AccessPermission();
        none.setCanExtractContent(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, none);
        policy.setEncryptionKeyLength(128);
        try {
            document.protect(policy);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    byte[] bytes() throws IOException {
        endPage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    Path save(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    private PDFont font() throws IOException {
        if (font == null) font = PDType0Font.load(document, PdfTestFont.font(), true);
        return font;
    }

    private void endPage() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    @Override
    public void close() throws IOException {
        endPage();
        document.close();
    }
}
