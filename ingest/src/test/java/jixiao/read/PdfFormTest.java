package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.recognise.FormRecogniser;
import jixiao.recognise.Recognised;
import jixiao.recognise.RecognisedForm;

/** End to end: a PDF printed like a Sichuan district form, read and recognised into its fields. */
class PdfFormTest {
    @TempDir
    Path dir;

    /** Printed as text alone or as a ruled spreadsheet export, the form reads the same. */
    @ParameterizedTest
    @EnumSource(PdfSichuanForm.Style.class)
    void aDistrictFormSplitOverTwoPagesIsRecognised(PdfSichuanForm.Style style) throws Exception {
        Path file;
        try (PdfSketch pdf = new PdfSketch().page()) {
            PdfSichuanForm.draw(pdf, "互联网应用及维护费", true, style);
            file = pdf.save(dir.resolve("district.pdf"));
        }
        Recognised r = new FormRecogniser().recognise("district.pdf",
                new PdfGridReader().read(new Input("district.pdf", java.nio.file.Files.readAllBytes(file), file)));
        assertTrue(r.rejects().isEmpty(), () -> r.rejects().toString());
        List<Form> forms = r.forms().stream().map(RecognisedForm::form).toList();
        assertEquals(1, forms.size(), forms::toString);
        Form f = forms.get(0);
        assertEquals(2024, f.fiscalYear());
        assertEquals("互联网应用及维护费", f.projectName());
        assertEquals("乐山市金口河区行政审批局", f.department());
        assertEquals("乐山市金口河区行政审批局", f.implementingUnit());
        assertEquals("万元", f.amountUnit());
        assertNull(f.budgetInitial());
        assertEquals(5.0, f.budgetAdjusted());
        assertEquals(4.25, f.executed());
        assertEquals(0.85, f.executionRate());
        assertEquals(10.0, f.executionWeight());
        assertEquals(8.0, f.executionScore());
        assertEquals(96.0, f.totalScore());

        List<Indicator> in = f.indicators();
        assertEquals(List.of("维护互联网个数", "网络覆盖率", "保障网络正常运行", "项目完成时效", "项目完成成本",
                "为群众提供便捷政务服务环境", "不断优化营商环境", "服务对象满意度"), in.stream().map(Indicator::name).toList());
        assertIndicator(in.get(0), "产出指标", "数量指标", "3个", "3个", 10.0, 10.0);
        assertIndicator(in.get(2), "产出指标", "质量指标", "100%", "100%", 10.0, 10.0);
        assertIndicator(in.get(4), "产出指标", "成本指标", "5万元", "4.25万元", 10.0, 8.0);
        assertEquals("据实支付", in.get(4).reason());
        assertIndicator(in.get(5), "效益指标", "社会效益指标", "优", "优", 15.0, 15.0);
        assertIndicator(in.get(6), "效益指标", "可持续影响指标", "优", "优", 15.0, 15.0);
        assertIndicator(in.get(7), "满意度指标", "满意度指标", "98%", "98%", 10.0, 10.0);
        assertEquals(98.0, in.get(7).targetValue());
    }

    private static void assertIndicator(Indicator i, String level1, String level2, String target, String actual,
                                        Double weight, Double score) {
        assertEquals(level1, i.level1(), i.name());
        assertEquals(level2, i.level2(), i.name());
        assertEquals(target, i.targetText(), i.name());
        assertEquals(actual, i.actualText(), i.name());
        assertEquals(weight, i.weight(), i.name());
        assertEquals(score, i.score(), i.name());
    }
}
