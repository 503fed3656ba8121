package jixiao.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jixiao.model.RejectReason;

/**
 * Bytes to text: UTF-8 (with or without BOM), else GB18030, as Chinese government sites publish; UTF-16
 * when a byte-order mark says so (Windows Notepad's "Unicode", Excel's "Unicode text" export).
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws UnreadableInput {
        if (bytes.length == 0) throw new UnreadableInput(RejectReason.EMPTY_FILE, "the file has no bytes");
        Charset utf16 = utf16Bom(bytes);
        if (utf16 != null) {
            // its NUL bytes are half of every ASCII character, not binary content
            String text = strict(bytes, 2, utf16);
            if (text == null) throw new UnreadableInput(RejectReason.BAD_ENCODING, "a UTF-16 byte-order mark, but the bytes after it are not valid UTF-16");
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

    /** UTF-16LE for FF FE, UTF-16BE for FE FF; null without a UTF-16 byte-order mark. */
    private static Charset utf16Bom(byte[] b) {
        if (b.length < 2) return null;
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
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
