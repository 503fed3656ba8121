package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jixiao.model.Form;
import jixiao.model.Indicator;
import jixiao.read.XlsFixtures.Format;
import jixiao.read.XlsFormLayout.FormData;
import jixiao.recognise.FormRecogniser;
import jixiao.recognise.Recognised;
import jixiao.recognise.RecognisedForm;

/** Forms laid out in sheets as published, read by the spreadsheet readers and the shared recogniser. */
class XlsFormsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void realisticFormReadsEndToEnd(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        FormData data = XlsFormLayout.sample(0);
        XlsFormLayout.write(wb.createSheet("表1"), 0, data);
        Recognised r = recognise(f, wb, "form");
        assertTrue(r.rejects().isEmpty(), () -> r.rejects().toString());
        assertEquals(1, r.forms().size());
        Form form = r.forms().get(0).form();
        assertEquals("form." + f.extension, form.source());
        assertEquals(2024, form.fiscalYear());
        assertEquals("行政审批服务工作经费", form.projectName());
        assertEquals("淄博市张店区行政审批服务局", form.department());
        assertEquals("淄博市张店区政务服务中心", form.implementingUnit());
        assertEquals("万元", form.amountUnit());
        assertEquals(441.8, form.budgetInitial());
        assertEquals(441.8, form.budgetAdjusted());
        assertEquals(400.0, form.executed());
        assertEquals(0.9054, form.executionRate(), "the cached 90.54% of =E7/D7, as a fraction");
        assertEquals(10.0, form.executionWeight());
        assertEquals(9.05, form.executionScore());
        assertEquals(data.total(), form.totalScore());

        List<Indicator> in = form.indicators();
        assertEquals(XlsFormLayout.INDICATORS.size(), in.size());
        for (int i = 0; i < in.size(); i++) {
            XlsFormLayout.IndicatorRow want = XlsFormLayout.INDICATORS.get(i);
            assertEquals(want.level1(), in.get(i).level1(), "merged level-one heading on row " + i);
            assertEquals(want.level2(), in.get(i).level2(), "merged level-two heading on row " + i);
            assertEquals(want.name(), in.get(i).name());
            assertEquals(want.weight(), in.get(i).weight());
            assertEquals(want.score(), in.get(i).score());
        }
        Indicator staff = in.get(1);
        assertEquals("<=", staff.comparator());
        assertEquals("88人", staff.targetText());
        assertEquals(88.0, staff.targetValue());
        assertEquals("63人", staff.actualText());
        assertEquals("按实际需要聘用", staff.reason());
        assertNull(in.get(0).reason(), "a blank reason cell is null");
        assertEquals("产出指标", in.get(4).level1());
        assertEquals("时效指标", in.get(4).level2());
        assertEquals("99.90%", in.get(6).actualText(), "a number formatted as percent reads as printed");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void twoFormsInOneSheet(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        Sheet s = wb.createSheet("表1");
        int next = XlsFormLayout.write(s, 0, XlsFormLayout.sample(1));
        XlsFormLayout.write(s, next + 2, XlsFormLayout.sample(2));
        List<Form> forms = forms(recognise(f, wb, "two-forms"));
        // names are NFKC-normalised like every cell: （1） prints as (1)
        assertEquals(List.of("行政审批服务工作经费(1)", "行政审批服务工作经费(2)"), forms.stream().map(Form::projectName).toList());
        assertEquals(List.of(0, 1), forms.stream().map(Form::formIndex).toList());
        assertEquals(List.of(401.0, 402.0), forms.stream().map(Form::executed).toList());
        assertTrue(forms.stream().allMatch(x -> x.indicators().size() == XlsFormLayout.INDICATORS.size()));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void oneFormPerSheetAcrossSeveralSheets(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        for (int i = 1; i <= 3; i++) XlsFormLayout.write(wb.createSheet("项目" + i), 0, XlsFormLayout.sample(i));
        Recognised r = recognise(f, wb, "per-sheet");
        List<Form> forms = forms(r);
        assertEquals(3, forms.size());
        assertEquals(List.of(442.8, 443.8, 444.8), forms.stream().map(Form::budgetAdjusted).toList());
        assertEquals(List.of("sheet 项目1", "sheet 项目2", "sheet 项目3"),
                forms.stream().map(x -> x.place().replaceAll(", row.*", "")).toList());
    }

    private Recognised recognise(Format f, Workbook wb, String stem) throws Exception {
        Input input = XlsFixtures.write(wb, dir, f.fileName(stem));
        return new FormRecogniser().recognise(input.name(), f.reader().read(input));
    }

    private static List<Form> forms(Recognised r) {
        assertTrue(r.rejects().isEmpty(), () -> r.rejects().toString());
        return r.forms().stream().map(RecognisedForm::form).toList();
    }
}
