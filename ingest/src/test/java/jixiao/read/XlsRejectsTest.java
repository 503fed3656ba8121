package jixiao.read;

import static jixiao.read.XlsFixtures.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jixiao.model.RejectReason;
import jixiao.read.XlsFixtures.Format;

/** Files the spreadsheet readers must reject with a reason, never an escaping exception. */
class XlsRejectsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void passwordProtectedWorkbookIsEncrypted(Format f) throws Exception {
        byte[] bytes = f == Format.XLSX ? encryptedXlsx() : encryptedXls();
        UnreadableInput e = reject(f, XlsFixtures.input(dir, f.fileName("encrypted"), bytes));
        assertEquals(RejectReason.ENCRYPTED, e.reason());
        assertTrue(e.getMessage().startsWith("encrypted." + f.extension + ": "), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void truncatedWorkbookIsCorrupt(Format f) throws Exception {
        byte[] whole = bytesOf(sampleWorkbook(f));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        UnreadableInput e = reject(f, XlsFixtures.input(dir, f.fileName("truncated"), truncated));
        assertEquals(RejectReason.CORRUPT, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("truncated." + f.extension + ": "), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void bytesThatAreNoWorkbookAreCorrupt(Format f) throws Exception {
        byte[] noise = "这不是一个工作簿\u0000\u0001\u0002".getBytes(StandardCharsets.UTF_8);
        assertEquals(RejectReason.CORRUPT, reject(f, XlsFixtures.input(dir, f.fileName("noise"), noise)).reason());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void emptyFileIsEmpty(Format f) throws Exception {
        assertEquals(RejectReason.EMPTY_FILE, reject(f, XlsFixtures.input(dir, f.fileName("empty"), new byte[0])).reason());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void workbookWithOnlyBlankSheetsIsEmpty(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        wb.createSheet("表1");
        wb.createSheet("表2");
        UnreadableInput e = reject(f, XlsFixtures.write(wb, dir, f.fileName("blank")));
        assertEquals(RejectReason.EMPTY_FILE, e.reason());
        assertTrue(e.getMessage().contains("2 sheets"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theOtherFormatOrAWebPageUnderThisNameIsAMismatch(Format f) throws Exception {
        Format other = f == Format.XLSX ? Format.XLS : Format.XLSX;
        byte[] otherWorkbook = bytesOf(sampleWorkbook(other));
        UnreadableInput e = reject(f, XlsFixtures.input(dir, f.fileName("renamed"), otherWorkbook));
        assertEquals(RejectReason.FORMAT_MISMATCH, e.reason());
        byte[] html = "<html><body><table><tr><td>项目名称</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
        UnreadableInput page = reject(f, XlsFixtures.input(dir, f.fileName("page"), html));
        assertEquals(RejectReason.FORMAT_MISMATCH, page.reason());
        assertTrue(page.getMessage().contains("HTML"), page.getMessage());
    }

    @Test
    void zipBombIsTooLargeReadFromFileOrBytes() throws Exception {
        byte[] bomb = minimalXlsx(2_000_000);
        assertTrue(bomb.length < 1_000_000, "the bomb is small on disk: " + bomb.length);
        Input fromFile = XlsFixtures.input(dir, "bomb.xlsx", bomb);
        UnreadableInput e = reject(Format.XLSX, fromFile);
        assertEquals(RejectReason.TOO_LARGE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bomb.xlsx: "), e.getMessage());
        assertEquals(RejectReason.TOO_LARGE, reject(Format.XLSX, Input.of("bomb.xlsx", bomb)).reason());
    }

    @Test
    void theSameHandBuiltPackageReadsWhenSmallThoughItsCellsHaveNoReferences() throws Exception {
        List<Grid> grids = new XlsxGridReader().read(XlsFixtures.input(dir, "small.xlsx", minimalXlsx(3)));
        assertEquals(List.of("项目名称", "项目名称", "项目名称"),
                grids.get(0).rows().stream().map(r -> r.text(0)).toList());
    }

    private UnreadableInput reject(Format f, Input input) {
        return assertThrows(UnreadableInput.class, () -> f.reader().read(input));
    }

    private static Workbook sampleWorkbook(Format f) {
        Workbook wb = f.newWorkbook();
        for (int s = 0; s < 3; s++) {
            var sheet = wb.createSheet("表" + (s + 1));
            for (int r = 0; r < 200; r++) put(sheet, r, 0, "项目名称" + r);
        }
        return wb;
    }

    private static byte[] bytesOf(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (wb) {
            wb.write(out);
        }
        return out.toByteArray();
    }

    /** An .xlsx as Excel encrypts it: the package inside an OLE2 file with EncryptionInfo. */
    private static byte[] encryptedXlsx() throws Exception {
        byte[] plain = bytesOf(sampleWorkbook(Format.XLSX));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("密码123");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A .xls saved with a password to open (RC4 CryptoAPI). */
    private static byte[] encryptedXls() throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("密码123");
        try {
            return bytesOf(sampleWorkbook(Format.XLS));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /**
     * The smallest package XSSFReader opens, built with java.util.zip so that a bomb (millions of
     * identical rows deflating about a thousandfold) costs the test a fraction of a second.
     */
    static byte[] minimalXlsx(int rows) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\">"
                    + "<sheets><sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + main + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>项目名称</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < rows; i++) zip.write(row);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
