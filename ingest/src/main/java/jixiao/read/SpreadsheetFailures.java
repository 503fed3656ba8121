package jixiao.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import jixiao.model.RejectReason;

/**
 * What can be wrong with a spreadsheet file, said once for both readers: the container checked
 * before POI opens it, and any failure while reading turned into a reject the batch can carry on past.
 */
final class SpreadsheetFailures {
    /** How deep a cause chain is followed (a chain can, in principle, loop). */
    private static final int MAX_CAUSES = 20;

    private SpreadsheetFailures() {
    }

    /** Rejects, by their first bytes, files that are empty, encrypted, or not the container the extension says. */
    static void checkContainer(String file, byte[] bytes, FileMagic expected, String format) throws UnreadableInput {
        if (bytes.length == 0) throw new UnreadableInput(RejectReason.EMPTY_FILE, file + ": the file has no bytes");
        FileMagic magic = FileMagic.valueOf(bytes);
        // Encrypted .xlsx files are OLE2 containers holding the encrypted package, whatever their name.
        if (magic == FileMagic.OLE2 && isEncryptedPackage(bytes)) {
            throw new UnreadableInput(RejectReason.ENCRYPTED, file + ": the workbook is password-protected (encrypted)");
        }
        if (magic == expected) return;
        switch (magic) {
            case OLE2 -> throw mismatch(file, format, "a legacy Office (OLE2, .xls) file");
            case OOXML -> throw mismatch(file, format, "an Office Open XML (.xlsx) package");
            case HTML -> throw mismatch(file, format, "an HTML page");
            case XML -> throw mismatch(file, format, "an XML document (perhaps an Excel 2003 XML spreadsheet)");
            case PDF -> throw mismatch(file, format, "a PDF document");
            case BIFF2, BIFF3, BIFF4 -> throw new UnreadableInput(RejectReason.UNREADABLE,
                    file + ": an Excel 2.x-4.x (" + magic + ") workbook, a format too old to read");
            default -> throw new UnreadableInput(RejectReason.CORRUPT,
                    file + ": not a " + format + " workbook (its first bytes are neither a zip nor an OLE2 header)");
        }
    }

    private static UnreadableInput mismatch(String file, String format, String what) {
        return new UnreadableInput(RejectReason.FORMAT_MISMATCH, file + ": named ." + format + " but is " + what);
    }

    private static boolean isEncryptedPackage(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
                    || fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false; // a damaged OLE2 file: the reader reports it
        }
    }

    /** A workbook whose every sheet is blank is an empty file, not a document without forms. */
    static List<Grid> requireText(String file, List<Grid> grids) throws UnreadableInput {
        if (grids.stream().allMatch(g -> g.rows().isEmpty())) {
            throw new UnreadableInput(RejectReason.EMPTY_FILE, file + ": no sheet holds any text ("
                    + grids.size() + (grids.size() == 1 ? " sheet)" : " sheets)"));
        }
        return grids;
    }

    /** Any failure while reading, as a reject: encrypted, too large (zip bomb limits), else corrupt. */
    static UnreadableInput classify(String file, String place, Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < MAX_CAUSES; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof EncryptedDocumentException) {
                return new UnreadableInput(RejectReason.ENCRYPTED, place, file + ": the workbook is password-protected (" + m + ")");
            }
        }
        String limit = PoiLimits.exceeded(e);
        if (limit != null) {
            return new UnreadableInput(RejectReason.TOO_LARGE, place, file + ": what the workbook unpacks to is over the limit ("
                    + limit + ")");
        }
        String where = "file".equals(place) ? "" : " (" + place + ")";
        return new UnreadableInput(RejectReason.CORRUPT, place, file + where + ": the workbook cannot be read: "
                + describe(e) + (rootCause(e) == e ? "" : " (caused by " + describe(rootCause(e)) + ")"));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t.getCause() != null && depth < MAX_CAUSES; depth++) t = t.getCause();
        return t;
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + ": " + PoiLimits.firstLine(String.valueOf(t.getMessage()));
    }
}
