package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import jixiao.model.Form;
import jixiao.model.RejectReason;
import jixiao.recognise.FormRecogniser;
import jixiao.recognise.RecognisedForm;

/**
 * The .doc reader on what can be built in test code: POI cannot write .doc and ships no .doc in
 * its Maven jars, so these are the rejects, and a .docx saved under a .doc name (common on
 * published sites), which is read by content. The HWPF table path is covered by
 * {@link DocConvertedFixtureTest} where LibreOffice is installed to make real .doc files.
 */
class DocGridReaderTest {
    private final DocGridReader reader = new DocGridReader();

    private UnreadableInput reject(String name, byte[] bytes, RejectReason expected) {
        UnreadableInput e = assertThrows(UnreadableInput.class, () -> reader.read(Input.of(name, bytes)));
        assertEquals(expected, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(name + ": "), "the message names the file: " + e.getMessage());
        return e;
    }

    private static byte[] ole2(String stream, byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(content), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void docxSavedUnderADocNameIsReadByContentAndNoted() throws Exception {
        byte[] docx = new DocxFixture().paragraph("项目支出绩效自评表（2024年度）").table(DocxFormFixture.SMALL_FORM).bytes();
        List<Grid> grids = reader.read(Input.of("renamed.doc", docx));
        assertEquals(List.of("read as a Word 2007+ document (.docx): the file's name says otherwise"),
                grids.get(0).notes());
        List<Form> forms = new FormRecogniser().recognise("renamed.doc", grids).forms().stream()
                .map(RecognisedForm::form).toList();
        assertEquals(1, forms.size());
        assertEquals("2023年网络运维费", forms.get(0).projectName());
    }

    @Test
    void randomBytesAreCorrupt() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        reject("random-bytes.doc", noise, RejectReason.CORRUPT);
    }

    @Test
    void ole2ContainerThatIsNotWordIsAFormatMismatch() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("表1").createRow(0).createCell(0).setCellValue("项目名称");
            wb.write(out);
        }
        reject("workbook.doc", out.toByteArray(), RejectReason.FORMAT_MISMATCH);
    }

    @Test
    void damagedWordStreamIsCorrupt() throws IOException {
        byte[] noise = new byte[8192];
        new Random(11).nextBytes(noise);
        reject("damaged-word-stream.doc", ole2("WordDocument", noise), RejectReason.CORRUPT);
    }

    @Test
    void encryptedOfficePackageIsEncrypted() throws Exception {
        reject("encrypted.doc", DocxRejectTest.encrypted(DocxRejectTest.smallDocx()), RejectReason.ENCRYPTED);
    }

    @Test
    void webPagesAndRichTextSavedAsDocAreFormatMismatches() {
        reject("web-page.doc", ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body>项目名称</body></html>")
                .getBytes(StandardCharsets.UTF_8), RejectReason.FORMAT_MISMATCH);
        reject("web-archive.doc", "MIME-Version: 1.0\r\nContent-Type: multipart/related;"
                .getBytes(StandardCharsets.US_ASCII), RejectReason.FORMAT_MISMATCH);
        reject("rich-text.doc", "{\\rtf1\\ansi\\ansicpg936 项目名称}".getBytes(StandardCharsets.UTF_8),
                RejectReason.FORMAT_MISMATCH);
    }

    @Test
    void emptyFileIsEmpty() {
        reject("empty.doc", new byte[0], RejectReason.EMPTY_FILE);
    }
}
