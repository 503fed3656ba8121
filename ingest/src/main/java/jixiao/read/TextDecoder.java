package jixiao.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jixiao.model.RejectReason;

/**
 * Bytes to text: UTF-8 (with or without BOM), else GB18030, as Chinese government sites publish; UTF-16
 * or UTF-32 when a byte-order mark says so (Windows Notepad's "Unicode", Excel's "Unicode text" export).
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws UnreadableInput {
        if (bytes.length == 0) throw new UnreadableInput(RejectReason.EMPTY_FILE, "the file has no bytes");
        Charset wide = wideBom(bytes);
        if (wide != null) {
            // its NUL bytes are part of every ASCII character, not binary content
            String text = strict(bytes, wide.name().startsWith("UTF-32") ? 4 : 2, wide);
            if (text == null) throw new UnreadableInput(RejectReason.BAD_ENCODING, "a " + wide.name()
                    + " byte-order mark, but the bytes after it are not valid " + wide.name());
            if (text.isBlank()) throw new UnreadableInput(RejectReason.EMPTY_FILE, "the file holds only white space");
            return text;
        }
        if (looksBinary(bytes)) {
            throw new UnreadableInput(RejectReason.BINARY_CONTENT, "control bytes in the first 4 KiB: not a text file");
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        String text = strict(bytes, offset, StandardCharsets.UTF_8);
        if (text == null) text = strict(bytes, offset, GB18030);
        if (text == null) {
            throw new UnreadableInput(RejectReason.BAD_ENCODING, "the bytes are valid neither as UTF-8 nor as GB18030");
        }
        if (text.isBlank()) throw new UnreadableInput(RejectReason.EMPTY_FILE, "the file holds only white space");
        return text;
    }

    /**
     * UTF-32LE for FF FE 00 00 (checked first: it begins like UTF-16LE's mark), UTF-32BE for 00 00 FE FF,
     * UTF-16LE for FF FE, UTF-16BE for FE FF; null without such a byte-order mark.
     */
    private static Charset wideBom(byte[] b) {
        if (b.length < 2) return null;
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        if (b.length >= 4 && b0 == 0xFF && b1 == 0xFE && b[2] == 0 && b[3] == 0) return Charset.forName("UTF-32LE");
        if (b.length >= 4 && b0 == 0 && b1 == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) return Charset.forName("UTF-32BE");
        if (b0 == 0xFF && b1 == 0xFE) return StandardCharsets.UTF_16LE;
        if (b0 == 0xFE && b1 == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** NUL or many C0 control bytes (other than tab, CR, LF, FF) mean the file is not text. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') control++;
        }
        return control > n / 100 + 1;
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
