package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a PDF draws its table lines, they decide which text is one cell. */
class PdfRuledTableTest {
    /** Borders of a four-column table (points from the left). */
    private static final float[] BORDERS = {50, 130, 210, 330, 420};

    private final PdfGridReader reader = new PdfGridReader();

    @Test
    void centredTextStaysInItsColumnAndAHeadingMergedDownLandsInItsFirstRow() throws Exception {
        byte[] bytes;
        try (PdfSketch pdf = new PdfSketch().page()) {
            grid(pdf, new float[] {100, 120, 182});
            for (float t : new float[] {140, 160}) pdf.line(BORDERS[1], t, BORDERS[4], t); // 一级指标 merged down
            centredRow(pdf, 100, 120, "一级指标", "二级指标", "三级指标", "年度指标值");
            centredRow(pdf, 120, 140, "", "数量指标", "维护设备数量", "20台");
            centredRow(pdf, 140, 160, "", "质量指标", "故障率", "2%");
            centredRow(pdf, 160, 182, "", "时效指标", "按时完成全部\n维护任务", "2024年内");
            pdf.centred(BORDERS[0], BORDERS[1], 144, "产出指标"); // halfway down rows 2 to 4
            bytes = pdf.bytes();
        }
        List<Row> rows = read(bytes);
        assertEquals(4, rows.size(), rows::toString);
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值"), texts(rows.get(0)));
        assertEquals(List.of("产出指标", "数量指标", "维护设备数量", "20台"), texts(rows.get(1)));
        assertEquals(List.of("", "质量指标", "故障率", "2%"), texts(rows.get(2)));
        assertEquals(List.of("", "时效指标", "按时完成全部\n维护任务", "2024年内"), texts(rows.get(3)),
                "a wrapped cell beside one-line cells centred on it");
    }

    @Test
    void aBorderBetweenCloseTextsCutsThemButTextRunningOverABorderStaysWhole() throws Exception {
        byte[] bytes;
        try (PdfSketch pdf = new PdfSketch().page()) {
            grid(pdf, new float[] {100, 120, 140});
            pdf.text(BORDERS[2] - 42, 114, "合计金额").text(BORDERS[2] + 2, 114, "100万元"); // 0.4 em apart, a border between
            pdf.text(BORDERS[1] + 2, 134, "服务对象满意度调查结果").text(BORDERS[3] + 4, 134, "98%"); // runs over the next border
            bytes = pdf.bytes();
        }
        List<Row> rows = read(bytes);
        assertEquals(List.of("合计金额", "100万元"), texts(rows.get(0)));
        assertEquals(List.of("服务对象满意度调查结果", "", "98%"), texts(rows.get(1)));
    }

    @Test
    void bordersDrawnAsHairlineBoxesAreTableLines() throws Exception {
        byte[] bytes;
        try (PdfSketch pdf = new PdfSketch().page()) {
            for (float t : new float[] {100, 120, 140}) pdf.fill(BORDERS[0], t - 0.25f, BORDERS[4] - BORDERS[0], 0.5f);
            for (float x : BORDERS) pdf.fill(x - 0.25f, 100, 0.5f, 40);
            centredRow(pdf, 100, 120, "一级指标", "二级指标", "三级指标", "年度指标值");
            centredRow(pdf, 120, 140, "产出指标", "", "覆盖学校", "5所");
            bytes = pdf.bytes();
        }
        List<Row> rows = read(bytes);
        assertEquals(List.of("产出指标", "", "覆盖学校", "5所"), texts(rows.get(1)));
    }

    @Test
    void linesInsideAPageFrameAreNotOneCell() throws Exception {
        byte[] bytes;
        try (PdfSketch pdf = new PdfSketch().page()) {
            pdf.box(30, 30, 535, 780);
            pdf.size(14).text(200, 60, "项目支出绩效自评表").size(10).text(240, 80, "(2024年度)").text(460, 96, "单位:万元");
            grid(pdf, new float[] {100, 120});
            centredRow(pdf, 100, 120, "一级指标", "二级指标", "三级指标", "年度指标值");
            bytes = pdf.bytes();
        }
        List<Row> rows = read(bytes);
        assertEquals(List.of("项目支出绩效自评表"), texts(rows.get(0)), rows::toString);
        assertEquals(List.of("(2024年度)"), texts(rows.get(1)));
        assertEquals(List.of("单位:万元"), texts(rows.get(2)));
        assertEquals(List.of("一级指标", "二级指标", "三级指标", "年度指标值"), texts(rows.get(3)));
    }

    @Test
    void aHeadingStackedDownANarrowCellIsOneCell() throws Exception {
        byte[] bytes;
        try (PdfSketch pdf = new PdfSketch().page()) {
            grid(pdf, new float[] {100, 150});
            pdf.line(BORDERS[1], 125, BORDERS[4], 125);
            String[] stacked = {"绩", "效", "指", "标"};
            for (int i = 0; i < stacked.length; i++) pdf.centred(BORDERS[0], BORDERS[1], 110 + i * 11, stacked[i]);
            centredRow(pdf, 100, 125, "", "产出指标", "数量指标", "3个");
            centredRow(pdf, 125, 150, "", "效益指标", "社会效益指标", "优");
            bytes = pdf.bytes();
        }
        List<Row> rows = read(bytes);
        assertEquals(List.of("绩\n效\n指\n标", "产出指标", "数量指标", "3个"), texts(rows.get(0)), rows::toString);
        assertEquals(List.of("", "效益指标", "社会效益指标", "优"), texts(rows.get(1)));
    }

    /** Every border of a table whose rows start at the given tops (the last one is its bottom). */
    private static void grid(PdfSketch pdf, float[] tops) throws IOException {
        for (float t : tops) pdf.line(BORDERS[0], t, BORDERS[4], t);
        for (float x : BORDERS) pdf.line(x, tops[0], x, tops[tops.length - 1]);
    }

    private static void centredRow(PdfSketch pdf, float top, float bottom, String... texts) throws IOException {
        for (int c = 0; c < texts.length; c++) {
            String[] lines = texts[c].split("\n");
            float first = (top + bottom) / 2 - (lines.length - 1) * 5.5f + 3.5f;
            for (int l = 0; l < lines.length; l++) {
                if (!lines[l].isEmpty()) pdf.centred(BORDERS[c], BORDERS[c + 1], first + l * 11, lines[l]);
            }
        }
    }

    private List<Row> read(byte[] bytes) throws UnreadableInput {
        return reader.read(Input.of("ruled.pdf", bytes)).get(0).rows();
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }
}
