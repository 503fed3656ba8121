package jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.DocumentResult;
import jixiao.model.DocumentStatus;
import jixiao.model.RejectReason;
import jixiao.region.Gazetteer;
import jixiao.region.RegionResolver;

class DocumentExtractorTest {
    @TempDir
    Path tmp;

    private DocumentResult extract(String name, byte[] bytes, long maxBytes) throws IOException {
        Path f = tmp.resolve(name);
        Files.write(f, bytes);
        return new DocumentExtractor(new Formats(), new RegionResolver(Gazetteer.load()), maxBytes).extract(f);
    }

    @Test
    void anExtensionThatLiesIsRejectedNamingBoth() throws IOException {
        DocumentResult r = extract("表格.xlsx", "项目名称\t某项目\n".getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertEquals(DocumentStatus.REJECTED, r.status());
        assertEquals(RejectReason.FORMAT_MISMATCH, r.rejects().get(0).code());
        assertTrue(r.rejects().get(0).message().contains(".xlsx") && r.rejects().get(0).message().contains("plain text"));
        DocumentResult pdfAsTxt = extract("x.txt", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), 1 << 20);
        assertEquals(RejectReason.FORMAT_MISMATCH, pdfAsTxt.rejects().get(0).code());
    }

    /** A line of 2,000 single-spaced words once overflowed the stack (a regex recursing per word). */
    @Test
    void aLineOfManyWordsIsReadWithoutOverflowingTheStack() throws IOException {
        String words = "字 ".repeat(2000).strip();
        String text = "项目名称  某项目\n一级指标  二级指标  三级指标\n" + words + "\n产出指标  数量指标  " + words + "\n";
        DocumentResult r = extract("long.txt", text.getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertTrue(r.status() != null, "read or rejected, never thrown");
    }

    /** Positions on a line are measured once per line: a 320 KB line took 245 s when each cell re-measured its prefix. */
    @Test
    void aVeryLongLineTakesTimeInProportionToItsLength() {
        StringBuilder line = new StringBuilder();
        while (line.length() < 320_000) line.append("指标值  实际值 ");
        String text = "项目名称  某项目\n" + line + "\n" + line + "\n";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> extract("wide.txt", text.getBytes(StandardCharsets.UTF_8), 8 << 20));
    }

    @Test
    void aFileAboveTheSizeLimitIsRejectedUnread() throws IOException {
        DocumentResult r = extract("big.txt", new byte[2048], 1024);
        assertEquals(RejectReason.TOO_LARGE, r.rejects().get(0).code());
        assertEquals("big.txt", r.rejects().get(0).file());
    }

    @Test
    void unknownKindsAreRejectedNotSkipped() throws IOException {
        DocumentResult r = extract("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 1 << 20);
        assertEquals(RejectReason.UNSUPPORTED_FORMAT, r.rejects().get(0).code());
        assertEquals("jpg", r.format());
    }

    @Test
    void gb18030TextIsRead() throws IOException {
        String form = "项目支出绩效自评表\n项目名称\t某项目\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                + "产出指标\t数量指标\t数量\t3个\t3个\t10\t10\n";
        DocumentResult r = extract("gbk.txt", form.getBytes(java.nio.charset.Charset.forName("GB18030")), 1 << 20);
        assertEquals(1, r.forms().size(), () -> r.rejects().toString());
        assertEquals("某项目", r.forms().get(0).projectName());
    }

    @Test
    void aTargetTableIsSetAsideAsOneAndNamedInTheReject() throws IOException {
        String table = "2023年度项目支出绩效目标表\n项目名称\t某项目\n一级指标\t二级指标\t三级指标\t指标值\n"
                + "产出指标\t数量指标\t培训人次\t≥300人次\n";
        DocumentResult r = extract("目标表.txt", table.getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertEquals(0, r.forms().size());
        assertTrue(r.setAside().stream().anyMatch(a -> a.kind().contains("绩效目标表")), () -> r.setAside().toString());
        assertEquals(RejectReason.NO_FORMS, r.rejects().get(0).code());
        assertTrue(r.rejects().get(0).message().contains("绩效目标表"), r.rejects().get(0).message());
    }

    @Test
    void aDocumentWithoutFormsSaysWhatItShowed() throws IOException {
        DocumentResult r = extract("notes.txt", "会议纪要\n参会人员:张三、李四\n".getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertEquals(RejectReason.NO_FORMS, r.rejects().get(0).code());
        String m = r.rejects().get(0).message();
        assertTrue(m.contains("2 line(s)") && m.contains("会议纪要"), m);
    }

    /** A small .docx whose one part unpacks to 120 MB: rejected as too large, in one line, not as corrupt. */
    @Test
    void aDocxThatUnpacksToFarMoreThanItWeighsIsTooLargeInOneLine() throws IOException {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zipped)) {
            z.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 120; i++) z.write(spaces);
        }
        DocumentResult r = extract("bomb.docx", zipped.toByteArray(), 1 << 24);
        assertEquals(DocumentStatus.REJECTED, r.status());
        assertEquals(RejectReason.TOO_LARGE, r.rejects().get(0).code(), r.rejects().get(0).message());
        assertTrue(!r.rejects().get(0).message().contains("\n"), r.rejects().get(0).message());
    }

    /** A file that makes more cells than its budget is stopped and rejected as too large, naming the limit. */
    @Test
    void aFileOverItsCellBudgetIsStoppedAndRejected() throws IOException {
        Path f = tmp.resolve("wide.txt");
        Files.writeString(f, ("项目名称\t某项目\t" + "格\t".repeat(500) + "\n").repeat(50), StandardCharsets.UTF_8);
        DocumentExtractor small = new DocumentExtractor(new Formats(), new RegionResolver(Gazetteer.load()), 1 << 20)
                .withReadBudget(60, 5_000);
        DocumentResult r = small.extract(f);
        assertEquals(DocumentStatus.REJECTED, r.status());
        assertEquals(RejectReason.TOO_LARGE, r.rejects().get(0).code(), r.rejects().get(0).message());
        assertTrue(r.rejects().get(0).message().contains("5,000 cells"), r.rejects().get(0).message());
        // within the default budget the same file is read through (it has no whole form, so it is rejected for that)
        assertEquals(RejectReason.INCOMPLETE_FORM, new DocumentExtractor().extract(f).rejects().get(0).code());
    }

    /** A file past its time is stopped at the next row it makes, whatever the reader: rejected as too slow. */
    @Test
    void aFileOverItsTimeIsStoppedAndRejected() throws IOException {
        Path f = tmp.resolve("slow.txt");
        Files.writeString(f, "项目名称\t某项目\n".repeat(20), StandardCharsets.UTF_8);
        DocumentResult r = new DocumentExtractor(new Formats(), new RegionResolver(Gazetteer.load()), 1 << 20)
                .withReadBudget(0, 1_000_000).extract(f);
        assertEquals(RejectReason.TOO_SLOW, r.rejects().get(0).code(), r.rejects().get(0).message());
    }
}
