package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSym;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import jixiao.model.Form;
import jixiao.recognise.FormRecogniser;
import jixiao.recognise.RecognisedForm;

/** The .docx reader on one small fixture per layout case, each built in test code. */
class DocxGridReaderTest {
    @TempDir
    Path dir;

    private final DocxGridReader reader = new DocxGridReader();

    static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    private Grid read(DocxFixture doc, String name) throws UnreadableInput {
        List<Grid> grids = reader.read(doc.write(dir, name));
        assertEquals(1, grids.size(), "one grid per document");
        return grids.get(0);
    }

    @Test
    void gridSpanRepeatsTheCellInEveryColumnItCovers() throws Exception {
        Grid g = read(new DocxFixture().table(
                "预算执行情况::2 | 年初预算 | 全年预算数",
                "年度资金总额 | 其中：财政资金 | 100 | 80"), "grid-span.docx");
        assertEquals(List.of("预算执行情况", "预算执行情况", "年初预算", "全年预算数"), texts(g.rows().get(0)));
        assertEquals(List.of("年度资金总额", "其中:财政资金", "100", "80"), texts(g.rows().get(1)),
                "columns stay aligned under the spanning heading (NFKC makes the colon ASCII)");
        Cell c = g.rows().get(1).cells().get(2);
        assertEquals("table 1", c.part());
        assertEquals(2, c.row());
        assertEquals(2, c.col());
    }

    @Test
    void vMergeCarriesTheHeadingIntoEveryRowItSpans() throws Exception {
        Grid g = read(new DocxFixture().table(
                "一级指标 | 二级指标 | 三级指标 | 分值",
                "产出指标::v | 数量指标 | 维护设备数量 | 10",
                "^ | 质量指标 | 故障率 | 10",
                "^ | 时效指标 | 完成时间 | 10",
                "效益指标 | 社会效益指标 | 持续运行 | 20"), "v-merge.docx");
        assertEquals(List.of("产出指标", "产出指标", "产出指标", "效益指标"),
                g.rows().subList(1, 5).stream().map(r -> r.text(0)).toList());
        assertEquals(List.of("产出指标", "时效指标", "完成时间", "10"), texts(g.rows().get(3)));
    }

    @Test
    void vMergeOverASpanningCellCarriesEveryColumn() throws Exception {
        Grid g = read(new DocxFixture().table(
                "预算执行情况::v | 年初预算 | 原因::2v",
                "^ | 100 | ^::2",
                "^ | 80 | ^::2"), "v-merge-span.docx");
        assertEquals(List.of("预算执行情况", "80", "原因", "原因"), texts(g.rows().get(2)));
    }

    @Test
    void oldStyleHMergeWidensTheCellToItsLeft(@TempDir Path tmp) throws Exception {
        DocxFixture doc = new DocxFixture();
        CTTbl t = doc.tableXml(List.of("项目名称 | 城乡垃圾清运 | x", "a | b | c"));
        CTRow first = t.getTrArray(0);
        first.getTcArray(1).getTcPr().addNewHMerge().setVal(STMerge.RESTART);
        first.getTcArray(2).getTcPr().addNewHMerge().setVal(STMerge.CONTINUE);
        Grid g = reader.read(doc.write(tmp, "h-merge.docx")).get(0);
        assertEquals(List.of("项目名称", "城乡垃圾清运", "城乡垃圾清运"), texts(g.rows().get(0)));
    }

    @Test
    void gridBeforeShiftsARowOntoTheRightColumns() throws Exception {
        DocxFixture doc = new DocxFixture();
        CTTbl t = doc.tableXml(List.of("一级指标 | 二级指标 | 三级指标", "数量指标 | 设备数量"));
        t.getTrArray(1).addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
        Grid g = reader.read(doc.write(dir, "grid-before.docx")).get(0);
        assertEquals(List.of("", "数量指标", "设备数量"), texts(g.rows().get(1)));
    }

    @Test
    void nestedTableIsFlattenedIntoItsCellAndNoted() throws Exception {
        DocxFixture doc = new DocxFixture();
        CTTbl t = doc.tableXml(List.of("项目名称 | 城乡垃圾清运", "项目资金 | "));
        CTTc cell = t.getTrArray(1).getTcArray(1);
        DocxFixture.fill(cell.addNewTbl(), List.of("年初预算 | 100", "执行数 | 80"));
        cell.addNewP(); // Word ends a cell with a paragraph after a nested table
        Grid g = reader.read(doc.write(dir, "nested-table.docx")).get(0);
        assertEquals(2, g.rows().size(), "the nested rows stay inside their cell");
        assertEquals("年初预算 100\n执行数 80", g.rows().get(1).text(1));
        assertEquals(List.of("table 1 row 2: nested table flattened"), g.notes());
    }

    @Test
    void paragraphsBetweenTablesAreOneCellRowsInDocumentOrder() throws Exception {
        Grid g = read(new DocxFixture()
                .paragraph("项目支出绩效自评表")
                .paragraph("（2024年度）")
                .paragraph("")
                .paragraph("单位：元")
                .table("项目名称 | 城乡垃圾清运")
                .paragraph("说明：本表金额单位为元。")
                .table("主管部门 | 某县住房和城乡建设局"), "paragraphs-between-tables.docx");
        assertEquals(List.of(List.of("项目支出绩效自评表"), List.of("(2024年度)"), List.of("单位:元"),
                        List.of("项目名称", "城乡垃圾清运"), List.of("说明:本表金额单位为元。"),
                        List.of("主管部门", "某县住房和城乡建设局")),
                g.rows().stream().map(DocxGridReaderTest::texts).toList(), "the empty paragraph is skipped");
        Cell unit = g.rows().get(2).cells().get(0);
        assertEquals("paragraph", unit.part());
        assertEquals(4, unit.row(), "paragraphs are numbered as the document counts them, empty ones included");
        assertEquals("table 2", g.rows().get(5).cells().get(0).part());
    }

    @Test
    void titleParagraphsGiveTheFormItsYearAndUnit() throws Exception {
        DocxFixture doc = new DocxFixture()
                .paragraph("项目支出绩效自评表")
                .paragraph("（2024年度）")
                .paragraph("单位：元")
                .table(DocxFormFixture.SMALL_FORM);
        Form f = recognise("title-year-unit.docx", doc).get(0);
        assertEquals(2024, f.fiscalYear());
        assertEquals("元", f.amountUnit());
        assertEquals(1200.0, f.budgetInitial());
    }

    @Test
    void tabsInAParagraphSeparateItsCells() throws Exception {
        Grid g = read(new DocxFixture().tabbed("主管部门：某县住房和城乡建设局", "", "实施单位：某县环卫所"),
                "tabbed-paragraph.docx");
        assertEquals(List.of("主管部门:某县住房和城乡建设局", "实施单位:某县环卫所"), texts(g.rows().get(0)));
        assertEquals(1, g.rows().get(0).cells().get(1).col());
    }

    @Test
    void twoTablesInARowAreOneFormContinuedAcrossAPage() throws Exception {
        List<String> rows = DocxFormFixture.SMALL_FORM;
        DocxFixture doc = new DocxFixture()
                .paragraph("项目支出绩效自评表（2024年度）")
                .table(rows.subList(0, 6))
                .table(rows.subList(6, rows.size()));
        Grid g = reader.read(doc.write(dir, "two-tables.docx")).get(0);
        assertEquals("table 2", g.rows().get(7).cells().get(0).part());
        assertEquals(1, g.rows().get(7).cells().get(0).row(), "rows are numbered within their own table");
        List<Form> forms = recognise("two-tables.docx", doc);
        assertEquals(1, forms.size());
        assertEquals(List.of("维护设备数量", "故障率", "师生满意度"), forms.get(0).indicators().stream()
                .map(jixiao.model.Indicator::name).toList());
        assertEquals(96.0, forms.get(0).totalScore());
    }

    @Test
    void multiParagraphCellsKeepTheirLines() throws Exception {
        Grid g = read(new DocxFixture().table(
                "改进措施 | 一是加强预算管理；\n\n二是按合同进度支付。",
                "存在问题 | 无"), "multi-paragraph-cell.docx");
        assertEquals("一是加强预算管理;\n二是按合同进度支付。", g.rows().get(0).text(1), "blank lines dropped");
    }

    @Test
    void cellTextIsWhatWordPrints() throws Exception {
        DocxFixture doc = new DocxFixture();
        CTTbl t = doc.tableXml(List.of("指标性质 | "));
        CTP p = t.getTrArray(0).getTcArray(1).getPArray(0);
        p.addNewDel().addNewR().addNewDelText().setStringValue("＝");
        p.addNewIns().addNewR().addNewT().setStringValue("不低于");
        CTR sign = p.addNewR();
        CTSym sym = sign.addNewSym();
        sym.setFont("Symbol");
        sym.setChar(new byte[] {(byte) 0xF0, (byte) 0xB3});
        CTR field = p.addNewR();
        field.addNewInstrText().setStringValue(" PAGE ");
        field.addNewT().setStringValue("95");
        p.addNewHyperlink().addNewR().addNewT().setStringValue("%");
        Grid g = reader.read(doc.write(dir, "printed-text.docx")).get(0);
        assertEquals("不低于≥95%", g.rows().get(0).text(1),
                "insertions, Symbol-font signs, field results and links kept; deletions and field codes left out");
    }

    @Test
    void rowsAndCellsInsideContentControlsAreRead() throws Exception {
        DocxFixture doc = new DocxFixture();
        CTTbl t = doc.tableXml(List.of("一级指标 | 二级指标 | 三级指标"));
        CTRow wrapped = t.addNewSdt().addNewSdtContent().addNewTr();
        wrapped.addNewTc().addNewP().addNewR().addNewT().setStringValue("产出指标");
        CTTc inControl = wrapped.addNewSdt().addNewSdtContent().addNewTc();
        CTTcPr pr = inControl.addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.TWO);
        inControl.addNewP().addNewR().addNewT().setStringValue("数量指标");
        Grid g = reader.read(doc.write(dir, "content-controls.docx")).get(0);
        assertEquals(List.of("产出指标", "数量指标", "数量指标"), texts(g.rows().get(1)));
    }

    private List<Form> recognise(String name, DocxFixture doc) throws UnreadableInput {
        List<RecognisedForm> forms = new FormRecogniser().recognise(name, reader.read(doc.write(dir, name))).forms();
        assertTrue(!forms.isEmpty(), "a form is recognised in " + name);
        return forms.stream().map(RecognisedForm::form).toList();
    }
}
