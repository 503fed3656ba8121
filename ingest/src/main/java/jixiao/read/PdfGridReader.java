package jixiao.read;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import jixiao.model.RejectReason;

/**
 * Reads PDFs that have a text layer: glyphs by position → visual lines → cells (by the table's
 * lines where it draws them, else by gaps) → columns learnt over the whole document, so the grid
 * looks like the table a person sees (blank cells under merged headings kept, a table continued on
 * the next page in the same columns). One grid per document, each cell's part naming its page. A
 * PDF without text (a scan) is rejected, not guessed at.
 */
public final class PdfGridReader implements GridReader {
    /** Fewer printed characters than this on a page: a scan, maybe with a page number or a stamp. */
    static final int MIN_TEXT_PER_PAGE = 10;
    /** Memory PDFBox may use for a document's decoded streams before it spills to a temporary file. */
    private static final long MEMORY_BEFORE_TEMP_FILE = 64L * 1024 * 1024;

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public List<Grid> read(Input input) throws UnreadableInput {
        try (PDDocument document = open(input)) {
            return List.of(grid(input.name(), new PdfGlyphCollector().collect(document)));
        } catch (InvalidPasswordException e) {
            throw new UnreadableInput(RejectReason.ENCRYPTED, "file", "PDF needs a password to open: " + e.getMessage());
        } catch (IOException e) {
            throw damaged(e);
        } catch (RuntimeException | StackOverflowError e) {
            throw damaged(e);
        } catch (OutOfMemoryError e) {
            throw new UnreadableInput(RejectReason.TOO_LARGE, "file", "PDF too large to read: " + e.getMessage());
        }
    }

    /** A file is read through a buffered window, with a temporary-file cache: a big PDF is not all in memory. */
    private static PDDocument open(Input input) throws IOException {
        var cache = MemoryUsageSetting.setupMixed(MEMORY_BEFORE_TEMP_FILE).streamCache;
        if (input.file() != null && Files.isRegularFile(input.file())) {
            RandomAccessReadBufferedFile file = new RandomAccessReadBufferedFile(input.file().toFile());
            try {
                return Loader.loadPDF(file, "", null, null, cache); // the document closes the file from now on
            } catch (IOException | RuntimeException | Error e) {
                file.close();
                throw e;
            }
        }
        return Loader.loadPDF(input.bytes(), "", null, null, cache);
    }

    private static Grid grid(String source, List<PdfPage> pages) throws UnreadableInput {
        if (pages.isEmpty()) throw new UnreadableInput(RejectReason.CORRUPT, "file", "PDF has no pages");
        List<Integer> untexted = new ArrayList<>();
        long characters = 0;
        for (PdfPage p : pages) {
            long ink = p.inkGlyphs();
            characters += ink;
            if (ink < MIN_TEXT_PER_PAGE) untexted.add(p.number());
        }
        if (untexted.size() == pages.size()) {
            String text = characters == 0 ? "no text" : "only " + characters + " characters of text";
            throw new UnreadableInput(RejectReason.SCANNED_PDF, "file", "scanned PDF: no text layer ("
                    + pages.size() + (pages.size() == 1 ? " page, " : " pages, ") + text + ")");
        }
        List<List<PdfLine>> lines = new ArrayList<>(pages.size());
        List<PdfLine> all = new ArrayList<>();
        for (PdfPage p : pages) {
            List<PdfLine> pageLines = PdfRuledCells.apply(PdfLineBuilder.lines(p), p.rulings());
            lines.add(pageLines);
            all.addAll(pageLines);
        }
        PdfRows rows = new PdfRows(PdfColumns.learn(all));
        List<Row> out = new ArrayList<>();
        for (List<PdfLine> pageLines : lines) out.addAll(rows.rows(pageLines));
        List<String> notes = untexted.isEmpty() ? List.of()
                : List.of("no text layer on page " + pageList(untexted) + " (scanned?): not read");
        return new Grid(source, out, notes);
    }

    private static UnreadableInput damaged(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("security handler")) {
            return new UnreadableInput(RejectReason.ENCRYPTED, "file", "PDF encryption not supported: " + message);
        }
        return new UnreadableInput(RejectReason.CORRUPT, "file", "damaged PDF: " + message);
    }

    /** "3", "3-5, 9": page numbers as a person writes them. */
    static String pageList(List<Integer> pages) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            int from = pages.get(i);
            int to = from;
            while (i + 1 < pages.size() && pages.get(i + 1) == to + 1) to = pages.get(++i);
            if (b.length() > 0) b.append(", ");
            b.append(from == to ? String.valueOf(from) : from + "-" + to);
        }
        return b.toString();
    }
}
