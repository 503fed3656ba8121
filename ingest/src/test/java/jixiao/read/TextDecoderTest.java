package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import jixiao.model.RejectReason;

class TextDecoderTest {
    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        byte[] plain = "项目名称".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals("项目名称", TextDecoder.decode(plain));
        assertEquals("项目名称", TextDecoder.decode(bom));
    }

    /** Notepad's "Unicode" and Excel's "Unicode text": UTF-16 with a byte-order mark, NUL bytes and all. */
    @Test
    void readsUtf16WithItsByteOrderMark() throws Exception {
        String text = "项目名称\t互联网应用及维护费\r\n年度\t2024\r\n";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withLe = new byte[le.length + 2];
        withLe[0] = (byte) 0xFF;
        withLe[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withLe, 2, le.length);
        assertEquals(text, TextDecoder.decode(withLe));
        byte[] be = text.getBytes(StandardCharsets.UTF_16); // Java writes FE FF first
        assertEquals(text, TextDecoder.decode(be));
        byte[] noBom = text.getBytes(StandardCharsets.UTF_16LE); // without a mark its NULs still say binary
        assertEquals(RejectReason.BINARY_CONTENT, assertThrows(UnreadableInput.class, () -> TextDecoder.decode(noBom)).reason());
    }

    @Test
    void readsUtf32WithItsByteOrderMark() throws Exception {
        String text = "项目名称\t互联网应用及维护费\r\n";
        for (String cs : new String[] {"UTF-32LE", "UTF-32BE"}) {
            byte[] body = text.getBytes(Charset.forName(cs));
            byte[] bom = cs.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0} : new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF};
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, 4);
            System.arraycopy(body, 0, all, 4, body.length);
            assertEquals(text, TextDecoder.decode(all), cs);
        }
    }

    @Test
    void fallsBackToGb18030() throws Exception {
        assertEquals("区级项目支出绩效自评表", TextDecoder.decode("区级项目支出绩效自评表".getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void rejectsEmptyBinaryAndBlankInput() {
        assertEquals(RejectReason.EMPTY_FILE, assertThrows(UnreadableInput.class, () -> TextDecoder.decode(new byte[0])).reason());
        assertEquals(RejectReason.BINARY_CONTENT,
                assertThrows(UnreadableInput.class, () -> TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1})).reason());
        assertEquals(RejectReason.EMPTY_FILE, assertThrows(UnreadableInput.class, () -> TextDecoder.decode(" \n\t\n".getBytes())).reason());
    }

    @Test
    void rejectsBytesThatAreNeitherUtf8NorGb18030() {
        byte[] bad = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0xFF, 'a'};
        assertEquals(RejectReason.BAD_ENCODING, assertThrows(UnreadableInput.class, () -> TextDecoder.decode(bad)).reason());
    }
}
