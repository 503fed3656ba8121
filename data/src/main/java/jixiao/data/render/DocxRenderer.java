package jixiao.data.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import jixiao.data.layout.Block;
import jixiao.data.layout.Layout;
import jixiao.data.layout.Merge;
import jixiao.data.layout.Paragraph;
import jixiao.data.layout.Table;

/**
 * Forms as a Word document, as departments publish them: title paragraphs, then a table whose
 * merged cells use gridSpan (across columns) and vMerge (down rows); one page per form.
 */
public final class DocxRenderer {
    public void render(List<Layout> forms, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < forms.size(); i++) {
                if (i > 0) doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                for (Block b : forms.get(i).blocks()) {
                    if (b instanceof Paragraph p && !p.text().isEmpty()) {
                        doc.createParagraph().createRun().setText(p.text());
                    } else if (b instanceof Table t) {
                        table(doc, t);
                    }
                }
            }
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(Reproducible.DATE));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            doc.write(bytes);
            Reproducible.zip(bytes.toByteArray(), out);
        }
    }

    private static void table(XWPFDocument doc, Table t) {
        XWPFTable table = doc.createTable(t.rows().size(), t.width());
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            // right to left, so removing a spanned cell does not shift the ones still to visit
            for (int c = t.width() - 1; c >= 0; c--) {
                Optional<Merge> m = t.mergeAt(r, c);
                if (m.isPresent() && c != m.get().col()) {
                    row.removeCell(c);
                    continue;
                }
                XWPFTableCell cell = row.getCell(c);
                if (m.isPresent()) merge(cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr(), m.get(), r);
                if (t.shows(r, c)) text(cell, t.text(r, c));
            }
        }
    }

    private static void merge(CTTcPr pr, Merge m, int r) {
        int span = m.lastCol() - m.col() + 1;
        if (span > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        if (m.lastRow() > m.row()) pr.addNewVMerge().setVal(r == m.row() ? STMerge.RESTART : STMerge.CONTINUE);
    }

    private static void text(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n");
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) cell.addParagraph().createRun().setText(lines[i]);
    }
}
