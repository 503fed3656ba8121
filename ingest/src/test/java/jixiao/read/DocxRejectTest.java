package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.RejectReason;

/** What the .docx reader refuses, and why: every failure is an UnreadableInput naming the file. */
class DocxRejectTest {
    @TempDir
    Path dir;

    private final DocxGridReader reader = new DocxGridReader();

    static byte[] smallDocx() {
        return new DocxFixture().paragraph("项目支出绩效自评表").table("项目名称 | 城乡垃圾清运").bytes();
    }

    private UnreadableInput reject(String name, byte[] bytes, RejectReason expected) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        UnreadableInput e = assertThrows(UnreadableInput.class, () -> reader.read(new Input(name, bytes, file)));
        assertEquals(expected, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(name + ": "), "the message names the file: " + e.getMessage());
        return e;
    }

    /** An agile-encrypted package in its OLE2 wrapper, as Word saves a password-protected .docx. */
    static byte[] encrypted(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("mima2024");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void encryptedDocxIsEncrypted() throws Exception {
        reject("encrypted.docx", encrypted(smallDocx()), RejectReason.ENCRYPTED);
    }

    @Test
    void truncatedZipIsCorrupt() throws Exception {
        byte[] docx = smallDocx();
        reject("corrupt-zip.docx", Arrays.copyOf(docx, docx.length / 2), RejectReason.CORRUPT);
    }

    @Test
    void randomBytesAreCorrupt() throws Exception {
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        reject("random-bytes.docx", noise, RejectReason.CORRUPT);
    }

    @Test
    void emptyFileIsEmpty() throws Exception {
        reject("empty.docx", new byte[0], RejectReason.EMPTY_FILE);
    }

    @Test
    void zipBombIsTooLarge() throws Exception {
        reject("zip-bomb.docx", withEntry(smallDocx(), "word/media/padding.bin", new byte[4 << 20]), RejectReason.TOO_LARGE);
    }

    @Test
    void absurdlyWideTableIsCorrupt() throws Exception {
        byte[] docx = new DocxFixture().table("项目名称::500 | a::500 | b::500").bytes();
        UnreadableInput e = reject("wide-table.docx", docx, RejectReason.CORRUPT);
        assertEquals("table 1", e.place());
    }

    @Test
    void spreadsheetNamedDocxIsAFormatMismatch() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("表1").createRow(0).createCell(0).setCellValue("项目名称");
            wb.write(out);
        }
        UnreadableInput e = reject("workbook.docx", out.toByteArray(), RejectReason.FORMAT_MISMATCH);
        assertTrue(e.getMessage().contains("spreadsheetml"), e.getMessage());
    }

    @Test
    void htmlAndRtfNamedDocxAreFormatMismatches() throws Exception {
        reject("web-page.docx", "<html><body><table><tr><td>项目名称</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8), RejectReason.FORMAT_MISMATCH);
        reject("rich-text.docx", "{\\rtf1\\ansi\\ansicpg936 项目名称}".getBytes(StandardCharsets.UTF_8),
                RejectReason.FORMAT_MISMATCH);
    }

    @Test
    void damagedPackagesOnlyEverThrowUnreadableInput() throws Exception {
        byte[] docx = new DocxFixture().paragraph("项目支出绩效自评表")
                .table(DocxFormFixture.SMALL_FORM).bytes();
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            byte[] damaged = docx.clone();
            for (int k = 0; k < 8; k++) damaged[100 + random.nextInt(damaged.length - 100)] ^= (byte) (1 + random.nextInt(255));
            try {
                reader.read(Input.of("damaged-" + i + ".docx", damaged));
            } catch (UnreadableInput e) {
                assertTrue(e.getMessage().startsWith("damaged-" + i + ".docx: "), e.getMessage());
            }
        }
    }

    /** The package with one more entry, stored compressed as a zip bomb's payload is. */
    static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(z);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
