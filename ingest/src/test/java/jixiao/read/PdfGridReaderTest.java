package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.RejectReason;

/** The PDF reader on small PDFs drawn in the test, one per case. */
class PdfGridReaderTest {
    /** Column starts of a four-column indicator table (points from the left). */
    private static final float[] COLUMNS = {50, 130, 220, 380};

    @TempDir
    Path dir;

    private final PdfGridReader reader = new PdfGridReader();

    @Test
    void blankCellsUnderMergedHeadingsStayInTheirColumns() throws Exception {
        Path file;
        try (PdfSketch pdf = new PdfSketch().page()) {
            pdf.size(14).text(200, 60, "项目支出绩效自评表").size(10)
                    .text(240, 80, "（2024年度）")
                    .text(460, 100, "单位：万元")
                    .row(130, COLUMNS, "一级指标", "二级指标", "三级指标", "年度指标值")
                    .row(150, COLUMNS, "产出指标", "数量指标", "维护设备数量", "20台")
                    .row(170, COLUMNS, "", "", "覆盖学校", "5所")
                    .row(190, COLUMNS, "", "质量指标", "故障率", "2%");
            file = pdf.save(dir.resolve("merged-headings.pdf"));
        }
        List<Row> rows = read(file);
        assertEquals(List.of("项目支出绩效自评表"), texts(rows.get(0)), "a title is a row of one cell");
        assertEquals(List.of("(2024年度)"), texts(rows.get(1)));
        assertEquals(List.of("单位:万元"), texts(rows.get(2)));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值"), texts(rows.get(3)));
        assertEquals(List.of("", "", "覆盖学校", "5所"), texts(rows.get(5)), "blank cells under merged headings");
        assertEquals(List.of("", "质量指标", "故障率", "2%"), texts(rows.get(6)));
        Cell cell = rows.get(5).cells().get(2);
        assertEquals(new Cell("覆盖学校", "page 1", 6, 2), cell);
    }

    @Test
    void aTableContinuedOnTheNextPageKeepsItsColumns() throws Exception {
        Path file;
        try (PdfSketch pdf = new PdfSketch().page()) {
            pdf.row(100, COLUMNS, "一级指标", "二级指标", "三级指标", "年度指标值")
                    .row(120, COLUMNS, "产出指标", "数量指标", "维护设备数量", "20台")
                    .text(280, 800, "第 1 页")
                    .page()
                    .row(60, COLUMNS, "", "", "覆盖学校", "5所")
                    .row(80, COLUMNS, "", "", "", "6所")
                    .row(100, COLUMNS, "效益指标", "社会效益指标", "持续运行", "2年");
            file = pdf.save(dir.resolve("two-pages.pdf"));
        }
        List<Row> rows = read(file);
        assertEquals(List.of("第 1 页"), texts(rows.get(2)), "a page footer is a row of one cell");
        assertEquals(List.of("", "", "覆盖学校", "5所"), texts(rows.get(3)));
        assertEquals("page 2", rows.get(3).cells().get(2).part());
        assertEquals(1, rows.get(3).cells().get(2).row());
        assertEquals(List.of("", "", "", "6所"), texts(rows.get(4)), "a lone cell on the next page keeps its column");
        assertEquals(List.of("效益指标", "社会效益指标", "持续运行", "2年"), texts(rows.get(5)));
    }

    @Test
    void aWrappedCellIsOneCellAndALoneHeadingStaysARow() throws Exception {
        Path file;
        try (PdfSketch pdf = new PdfSketch().page()) {
            pdf.row(100, COLUMNS, "一级指标", "二级指标", "三级指标", "年度指标值")
                    .row(122, COLUMNS, "效益指标", "社会效益指标", "为群众提供便捷政务", "优")
                    .text(COLUMNS[2], 134, "服务环境")
                    .row(156, COLUMNS, "", "生态效益指标", "", "")
                    .row(178, COLUMNS, "", "可持续影响指标", "持续优化营商环境", "优");
            file = pdf.save(dir.resolve("wrapped.pdf"));
        }
        List<Row> rows = read(file);
        assertEquals(4, rows.size(), rows::toString);
        assertEquals(List.of("效益指标", "社会效益指标", "为群众提供便捷政务\n服务环境", "优"), texts(rows.get(1)));
        assertEquals(List.of("", "生态效益指标"), texts(rows.get(2)), "a heading alone on its row keeps its column");
        assertEquals(List.of("", "可持续影响指标", "持续优化营商环境", "优"), texts(rows.get(3)));
    }

    @Test
    void theNextRowIsNotTakenForAWrappedLine() throws Exception {
        Path file;
        try (PdfSketch pdf = new PdfSketch().page()) {
            // tight rows (1.4 em apart): a row with only the name filled is still its own row
            pdf.row(100, COLUMNS, "一级指标", "二级指标", "三级指标", "年度指标值")
                    .row(114, COLUMNS, "产出指标", "数量指标", "维护设备数量", "20台")
                    .row(128, COLUMNS, "", "", "覆盖学校", "")
                    .row(142, COLUMNS, "", "质量指标", "故障率", "2%");
            file = pdf.save(dir.resolve("tight.pdf"));
        }
        List<Row> rows = read(file);
        assertEquals(4, rows.size(), rows::toString);
        assertEquals(List.of("", "", "覆盖学校"), texts(rows.get(2)));
    }

    @Test
    void cellsAreCutAtWideGapsButNotAtPrintedSpaces() throws Exception {
        Path file;
        try (PdfSketch pdf = new PdfSketch().page()) {
            pdf.text(50, 100, "得 分").text(130, 100, "Excel export").text(250, 100, "100")
                    .text(50, 120, "合计").text(130, 120, "a").text(250, 120, "99.5");
            file = pdf.save(dir.resolve("spaces.pdf"));
        }
        List<Row> rows = read(file);
        assertEquals(List.of("得 分", "Excel export", "100"), texts(rows.get(0)));
        assertEquals(List.of("合计", "a", "99.5"), texts(rows.get(1)));
    }

    @Test
    void textTurnedOffTheLinesIsLeftOut() throws Exception {
        byte[] bytes;
        try (PdfSketch pdf = new PdfSketch().page()) {
            pdf.row(100, COLUMNS, "一级指标", "二级指标", "三级指标", "年度指标值")
                    .row(120, COLUMNS, "产出指标", "数量指标", "维护设备数量", "20台")
                    .size(40).turned(150, 400, 90, "仅供参考");
            bytes = pdf.bytes();
        }
        List<Row> rows = reader.read(Input.of("stamped.pdf", bytes)).get(0).rows();
        assertEquals(2, rows.size(), rows::toString);
        assertEquals(List.of("产出指标", "数量指标", "维护设备数量", "20台"), texts(rows.get(1)));
    }

    @Test
    void aFileIsReadLikeItsBytes() throws Exception {
        byte[] bytes;
        try (PdfSketch pdf = new PdfSketch().page()) {
            bytes = pdf.row(100, COLUMNS, "产出指标", "数量指标", "维护设备数量", "20台").bytes();
        }
        Path file = java.nio.file.Files.write(dir.resolve("f.pdf"), bytes);
        List<Grid> fromFile = reader.read(new Input("f.pdf", bytes, file));
        List<Grid> fromBytes = reader.read(Input.of("f.pdf", bytes));
        assertEquals(fromBytes, fromFile);
        assertEquals("f.pdf", fromFile.get(0).source());
        assertEquals("pdf", reader.format());
    }

    @Test
    void aScannedPdfIsRejected() throws Exception {
        Path file;
        try (PdfSketch pdf = new PdfSketch().page()) {
            pdf.image(50, 50, 120, 80).page().image(50, 50, 40, 40);
            file = pdf.save(dir.resolve("scanned.pdf"));
        }
        UnreadableInput e = assertThrows(UnreadableInput.class, () -> read(file));
        assertEquals(RejectReason.SCANNED_PDF, e.reason());
        assertEquals("file", e.place());
        assertEquals("scanned PDF: no text layer (2 pages, no text)", e.getMessage());
    }

    @Test
    void aScannedPageAmongTextPagesIsNoted() throws Exception {
        Path file;
        try (PdfSketch pdf = new PdfSketch().page()) {
            pdf.row(100, COLUMNS, "产出指标", "数量指标", "维护设备数量", "20台").page().image(50, 50, 40, 40).text(280, 800, "2");
            file = pdf.save(dir.resolve("half-scanned.pdf"));
        }
        Grid grid = reader.read(new Input("half-scanned.pdf", null, file)).get(0);
        assertEquals(List.of("no text layer on page 2 (scanned?): not read"), grid.notes());
    }

    @Test
    void aPdfOpenedOnlyWithAUserPasswordIsEncrypted() throws Exception {
        byte[] bytes;
        try (PdfSketch pdf = new PdfSketch().page()) {
            bytes = pdf.row(100, COLUMNS, "产出指标", "数量指标", "维护设备数量", "20台").protect("owner", "secret").bytes();
        }
        UnreadableInput e = assertThrows(UnreadableInput.class, () -> reader.read(Input.of("locked.pdf", bytes)));
        assertEquals(RejectReason.ENCRYPTED, e.reason());
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        byte[] bytes;
        try (PdfSketch pdf = new PdfSketch().page()) {
            bytes = pdf.row(100, COLUMNS, "产出指标", "数量指标", "维护设备数量", "20台").protect("owner", "").bytes();
        }
        List<Row> rows = reader.read(Input.of("restricted.pdf", bytes)).get(0).rows();
        assertEquals(List.of("产出指标", "数量指标", "维护设备数量", "20台"), texts(rows.get(0)));
    }

    @Test
    void aTruncatedPdfIsCorrupt() throws Exception {
        byte[] bytes;
        try (PdfSketch pdf = new PdfSketch().page()) {
            bytes = pdf.row(100, COLUMNS, "产出指标", "数量指标", "维护设备数量", "20台").bytes();
        }
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 3);
        UnreadableInput e = assertThrows(UnreadableInput.class, () -> reader.read(Input.of("cut.pdf", truncated)));
        assertEquals(RejectReason.CORRUPT, e.reason());
    }

    @Test
    void somethingElseNamedPdfIsCorrupt() {
        byte[] text = "项目支出绩效自评表\n".getBytes(StandardCharsets.UTF_8);
        UnreadableInput e = assertThrows(UnreadableInput.class, () -> reader.read(Input.of("not.pdf", text)));
        assertEquals(RejectReason.CORRUPT, e.reason());
        UnreadableInput empty = assertThrows(UnreadableInput.class, () -> reader.read(Input.of("empty.pdf", new byte[0])));
        assertEquals(RejectReason.CORRUPT, empty.reason());
    }

    @Test
    void pageListsAreWrittenAsRanges() {
        assertEquals("2", PdfGridReader.pageList(List.of(2)));
        assertEquals("1-3, 7, 9-10", PdfGridReader.pageList(List.of(1, 2, 3, 7, 9, 10)));
    }

    private List<Row> read(Path file) throws UnreadableInput {
        try {
            return reader.read(new Input(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file), file)).get(0).rows();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

}
