package jixiao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

import jixiao.model.RejectReason;

/**
 * Reads a .docx body in document order into one grid: each paragraph a row (tabs split its cells),
 * each table its rows on the table's grid columns. Paragraphs and tables inside content controls
 * are read where they stand, as Word shows them.
 *
 * <p>Only the main document part is parsed, with the WordprocessingML types XWPF itself uses:
 * building an {@code XWPFDocument} would also load styles, numbering, headers and notes and build a
 * paragraph and run object for every cell: constructing one alone takes twice the CPU of this whole
 * reader, for nothing the grid shows.
 */
final class DocxBodyReader {
    private DocxBodyReader() {
    }

    static Grid read(String source, byte[] bytes) throws IOException, InvalidFormatException, XmlException, UnreadableInput {
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        try {
            PackagePart main = mainDocument(source, pkg);
            try (InputStream in = main.getInputStream()) {
                CTBody body = DocumentDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getDocument().getBody();
                return walk(source, body);
            }
        } finally {
            pkg.revert(); // read only: close() would try to save the package
        }
    }

    private static Grid walk(String source, CTBody body) throws UnreadableInput {
        WordGridBuilder grid = new WordGridBuilder(source);
        if (body == null) return grid.build();
        int paragraphs = 0;
        int tableNo = 0;
        for (XmlObject o : OoxmlChildren.of(body, CTP.class, CTTbl.class)) {
            if (o instanceof CTP p) {
                grid.paragraph(++paragraphs, DocxText.of(p));
            } else {
                tableNo++;
                grid.table(tableNo, DocxTableReader.read(source, (CTTbl) o, tableNo, grid::note));
            }
        }
        return grid.build();
    }

    /** The main document part; an .xlsx or .pptx renamed .docx is a package too, and says so here. */
    private static PackagePart mainDocument(String source, OPCPackage pkg) throws InvalidFormatException, UnreadableInput {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            boolean strict = !pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty();
            throw strict
                    ? new UnreadableInput(RejectReason.UNSUPPORTED_FORMAT,
                            source + ": a Strict Open XML document; save it as a standard Word document (.docx)")
                    : new UnreadableInput(RejectReason.CORRUPT, source + ": an OOXML package without a main document");
        }
        PackagePart main = pkg.getPart(core.getRelationship(0));
        if (main == null) throw new UnreadableInput(RejectReason.CORRUPT, source + ": the main document part is missing");
        String type = main.getContentType();
        if (!type.contains("wordprocessingml") && !type.contains("ms-word")) {
            throw new UnreadableInput(RejectReason.FORMAT_MISMATCH,
                    source + ": an Office package of type " + type + ", not a Word document despite its name");
        }
        return main;
    }
}
