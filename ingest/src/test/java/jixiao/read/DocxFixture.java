package jixiao.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds small .docx fixtures in test code with XWPF, so no binary is committed. Table rows are
 * written as cells separated by " | "; a cell may end in a merge mark:
 * <ul>
 *   <li>{@code "项目名称::3"}: spans 3 grid columns (gridSpan);</li>
 *   <li>{@code "产出指标::v"}: starts a vertical merge (vMerge restart); {@code "^"} continues it;</li>
 *   <li>{@code "合计::3v"}: both; {@code "^::2"}: a continue cell spanning 2 columns;</li>
 *   <li>{@code "a\nb"}: two paragraphs in the cell.</li>
 * </ul>
 */
final class DocxFixture {
    private final XWPFDocument doc = new XWPFDocument();

    DocxFixture paragraph(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    /** A paragraph whose parts are separated by tab characters, as label lines above a table are. */
    DocxFixture tabbed(String... parts) {
        XWPFParagraph p = doc.createParagraph();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) p.createRun().addTab();
            p.createRun().setText(parts[i]);
        }
        return this;
    }

    DocxFixture table(String... rows) {
        return table(List.of(rows));
    }

    DocxFixture table(List<String> rows) {
        tableXml(rows);
        return this;
    }

    /** Adds a table and returns its XML, for tests that put something inside a cell. */
    CTTbl tableXml(List<String> rows) {
        XWPFTable table = doc.createTable();
        CTTbl ct = table.getCTTbl();
        ct.removeTr(0); // createTable() starts with one row of one cell
        fill(ct, rows);
        return ct;
    }

    /** Fills an empty table XML with rows, and gives it a grid as wide as its widest row. */
    static void fill(CTTbl ct, List<String> rows) {
        int width = 0;
        for (String row : rows) {
            CTRow tr = ct.addNewTr();
            int cols = 0;
            for (String spec : row.split(" \\| ", -1)) cols += cell(tr.addNewTc(), spec.strip());
            width = Math.max(width, cols);
        }
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int i = 0; i < width; i++) grid.addNewGridCol().setW(BigInteger.valueOf(1200));
    }

    /** Writes one cell from its spec; returns the number of grid columns it spans. */
    private static int cell(CTTc tc, String spec) {
        String text = spec;
        int span = 1;
        STMerge.Enum vMerge = null;
        int mark = spec.lastIndexOf("::");
        if (mark >= 0) {
            text = spec.substring(0, mark);
            String m = spec.substring(mark + 2);
            if (m.endsWith("v")) {
                vMerge = STMerge.RESTART;
                m = m.substring(0, m.length() - 1);
            }
            if (!m.isEmpty()) span = Integer.parseInt(m);
        }
        if (text.equals("^")) {
            text = "";
            vMerge = STMerge.CONTINUE;
        }
        CTTcPr pr = tc.addNewTcPr();
        if (span > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        if (vMerge != null) pr.addNewVMerge().setVal(vMerge);
        for (String line : text.split("\n", -1)) tc.addNewP().addNewR().addNewT().setStringValue(line);
        return span;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document to {@code dir/name} and returns it as a reader's input. */
    Input write(Path dir, String name) {
        byte[] bytes = bytes();
        try {
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            return new Input(name, bytes, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
