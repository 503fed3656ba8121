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
}
