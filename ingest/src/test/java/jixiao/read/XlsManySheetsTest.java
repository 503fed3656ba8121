package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jixiao.read.XlsFixtures.Format;
import jixiao.recognise.FormRecogniser;
import jixiao.recognise.Recognised;

/** A workbook of 200 sheets, a form on each: a grid per sheet, in order, every form found. */
class XlsManySheetsTest {
    static final int SHEETS = 200;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void twoHundredSheetsGiveTwoHundredGrids(Format f) throws Exception {
        Workbook wb = f.newWorkbook();
        for (int i = 0; i < SHEETS; i++) XlsFormLayout.write(wb.createSheet("表" + (i + 1)), 0, XlsFormLayout.sample(i));
        Input input = XlsFixtures.write(wb, dir, f.fileName("many"));
        List<Grid> grids = f.reader().read(input);
        assertEquals(SHEETS, grids.size());
        assertEquals("sheet 表200", grids.get(SHEETS - 1).rows().get(0).cells().get(0).part());
        Recognised r = new FormRecogniser().recognise(input.name(), grids);
        assertTrue(r.rejects().isEmpty(), () -> r.rejects().toString());
        assertEquals(SHEETS, r.forms().size());
    }
}
