package jixiao.read;

import java.nio.charset.StandardCharsets;

/**
 * What a file really is, from its first bytes (magic numbers), whatever its extension says:
 * a zip (xlsx / docx by the parts inside), an OLE2 compound file (xls / doc, or an encrypted
 * Office file), a PDF, HTML (web pages saved as .xls), or text.
 */
public final class FormatSniffer {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] XL = "xl/workbook".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WORD = "word/document".getBytes(StandardCharsets.US_ASCII);

    public enum Kind { XLSX, DOCX, ZIP, OLE2, PDF, HTML, TEXT, EMPTY }

    private FormatSniffer() {
    }

    public static Kind sniff(byte[] b) {
        if (b.length == 0) return Kind.EMPTY;
        if (startsWith(b, ZIP)) return zipKind(b);
        if (startsWith(b, OLE2)) return Kind.OLE2;
        if (indexOf(b, PDF, 1024) >= 0) return Kind.PDF;
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<table")) return Kind.HTML;
        return Kind.TEXT;
    }

    /** The formats a reader of {@code extension} may be given; others are a lie about the content. */
    public static boolean matches(String extension, Kind kind) {
        return switch (extension) {
            // OLE2: an encrypted package; ZIP: a damaged one, which the reader reports as corrupt
            case "xlsx", "xlsm" -> kind == Kind.XLSX || kind == Kind.OLE2 || kind == Kind.ZIP;
            case "docx" -> kind == Kind.DOCX || kind == Kind.OLE2 || kind == Kind.ZIP;
            case "xls", "doc" -> kind == Kind.OLE2;
            case "pdf" -> kind == Kind.PDF;
            case "txt", "text", "md", "csv" -> kind == Kind.TEXT || kind == Kind.EMPTY;
            default -> true;
        };
    }

    /** The part names sit uncompressed in the zip's headers and central directory: look for them there. */
    private static Kind zipKind(byte[] b) {
        if (indexOf(b, XL, b.length) >= 0) return Kind.XLSX;
        if (indexOf(b, WORD, b.length) >= 0) return Kind.DOCX;
        return Kind.ZIP;
    }

    private static boolean startsWith(byte[] b, byte[] magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (b[i] != magic[i]) return false;
        return true;
    }

    private static int indexOf(byte[] b, byte[] magic, int within) {
        outer:
        for (int i = 0; i + magic.length <= Math.min(b.length, within); i++) {
            for (int j = 0; j < magic.length; j++) if (b[i + j] != magic[j]) continue outer;
            return i;
        }
        return -1;
    }
}
