package jixiao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import jixiao.model.RejectReason;

/** Tells what a Word input holds, and turns what POI throws into a reject that names the file. */
final class WordFiles {
    /** The stream a .doc keeps its text in; an OLE2 container without it is some other Office file. */
    private static final String WORD_STREAM = "WordDocument";
    /** Present in the OLE2 wrapper POI and Office put around an encrypted .docx (and .xlsx, .pptx). */
    private static final String ENCRYPTION_INFO = "EncryptionInfo";

    private WordFiles() {
    }

    static WordContent sniff(byte[] bytes) {
        if (bytes == null || bytes.length == 0) return WordContent.EMPTY;
        if (startsWith(bytes, "MIME-Version")) return WordContent.MHTML;
        FileMagic magic = FileMagic.valueOf(bytes);
        return switch (magic) {
            case OOXML -> WordContent.DOCX;
            case OLE2 -> ole2(bytes);
            case WORD2 -> WordContent.WORD6;
            case RTF -> WordContent.RTF;
            case HTML -> WordContent.HTML;
            case XML -> WordContent.XML;
            case PDF -> WordContent.PDF;
            default -> WordContent.UNKNOWN;
        };
    }

    private static WordContent ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry(ENCRYPTION_INFO)) return WordContent.ENCRYPTED_OOXML;
            if (root.hasEntry(WORD_STREAM)) return WordContent.DOC;
            return WordContent.OTHER_OLE2;
        } catch (IOException | RuntimeException e) {
            return WordContent.UNKNOWN; // a damaged OLE2 header: reported as corrupt by the caller
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < p.length) return false;
        for (int i = 0; i < p.length; i++) if (bytes[i] != p[i]) return false;
        return true;
    }

    /** The reject for content no Word reader here can read; the reason says whether the name misled. */
    static UnreadableInput unreadable(String name, WordContent content) {
        String what = name + ": " + content.description();
        return switch (content) {
            case EMPTY -> new UnreadableInput(RejectReason.EMPTY_FILE, what);
            case ENCRYPTED_OOXML -> new UnreadableInput(RejectReason.ENCRYPTED,
                    what + " (encrypted package): open it with its password and save it without one");
            case UNKNOWN -> new UnreadableInput(RejectReason.CORRUPT,
                    what + ": neither a .docx package nor a .doc container");
            case WORD6 -> new UnreadableInput(RejectReason.UNSUPPORTED_FORMAT,
                    what + ": only Word 97 and later can be read");
            case OTHER_OLE2, RTF, HTML, MHTML, XML, PDF -> new UnreadableInput(RejectReason.FORMAT_MISMATCH,
                    what + ", not a Word document despite its name");
            case DOCX, DOC -> throw new IllegalArgumentException("readable content: " + content);
        };
    }

    /** What POI threw while reading, as a reject: encrypted, too large, unsupported or corrupt. */
    static UnreadableInput failure(String name, Throwable e) {
        String message = name + ": " + describe(e);
        if (e instanceof EncryptedDocumentException) {
            return new UnreadableInput(RejectReason.ENCRYPTED, message);
        }
        String limit = PoiLimits.exceeded(e);
        if (limit != null) {
            return new UnreadableInput(RejectReason.TOO_LARGE, name + ": what the document unpacks to is over the limit (" + limit + ")");
        }
        if (e instanceof NotOfficeXmlFileException) {
            return new UnreadableInput(RejectReason.CORRUPT, message);
        }
        if (e instanceof OldFileFormatException || e instanceof UnsupportedFileFormatException) {
            return new UnreadableInput(RejectReason.UNSUPPORTED_FORMAT, message);
        }
        return new UnreadableInput(RejectReason.CORRUPT, message);
    }

    /** The deepest useful message: POI wraps the real cause (a zip error, an XML error) in its own. */
    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String m = t.getMessage();
        // POI's messages can run to several lines of advice: the first says what happened
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + PoiLimits.firstLine(m));
    }
}
