package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

import jixiao.model.Form;
import jixiao.recognise.FormRecogniser;
import jixiao.recognise.RecognisedForm;

/**
 * The .doc reader's table path on real .doc files: POI cannot write .doc, so the .docx fixtures are
 * converted by LibreOffice ("MS Word 97" filter) when it is installed, and each .doc must give the
 * very grid its .docx gives. Skipped where there is no {@code soffice} on the PATH.
 */
@EnabledIf("sofficeAvailable")
class DocConvertedFixtureTest {
    @TempDir
    static Path dir;

    static boolean sofficeAvailable() {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "soffice"))) return true;
        }
        return false;
    }

    @BeforeAll
    static void convert() throws IOException, InterruptedException {
        new DocxFixture().paragraph("部门预算项目支出绩效自评表（2023年度）").table(DocxFormEndToEndTest.SICHUAN_FORM)
                .tabbed("项目负责人：张霞", "财务负责人：谭春乔").write(dir, "sichuan-form.docx");
        new DocxFixture().paragraph("项目支出绩效自评表").paragraph("（2024年度）").paragraph("单位：元")
                .table(DocxFormFixture.SMALL_FORM).paragraph("说明").table("a::2 | b", "c | d | e")
                .write(dir, "paragraphs-between-tables.docx");
        DocxFixture nested = new DocxFixture();
        CTTbl t = nested.tableXml(List.of("项目名称 | 城乡垃圾清运", "项目资金 | "));
        CTTc cell = t.getTrArray(1).getTcArray(1);
        DocxFixture.fill(cell.addNewTbl(), List.of("年初预算 | 100", "执行数 | 80"));
        cell.addNewP();
        nested.write(dir, "nested-table.docx");

        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "doc:MS Word 97", "--outdir", dir.toString(),
                dir.resolve("sichuan-form.docx").toString(), dir.resolve("paragraphs-between-tables.docx").toString(),
                dir.resolve("nested-table.docx").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("soffice did not convert the fixtures in time");
        }
    }

    private static Grid read(GridReader reader, String name) throws IOException, UnreadableInput {
        Path file = dir.resolve(name);
        assertTrue(Files.exists(file), () -> name + " was not converted: " + log());
        return reader.read(new Input(name, Files.readAllBytes(file), file)).get(0);
    }

    private static String log() {
        try {
            return Files.readString(dir.resolve("soffice.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<String> shown(Grid g) {
        return g.rows().stream().map(r -> r.place() + ": " + String.join(" | ", DocxGridReaderTest.texts(r))).toList();
    }

    private static void assertSameGrid(String stem) throws IOException, UnreadableInput {
        Grid docx = read(new DocxGridReader(), stem + ".docx");
        Grid doc = read(new DocGridReader(), stem + ".doc");
        assertEquals(shown(docx), shown(doc), stem);
        assertEquals(docx.notes(), doc.notes(), stem);
    }

    @Test
    void sichuanFormGivesTheSameGridAndForm() throws Exception {
        assertSameGrid("sichuan-form");
        Grid doc = read(new DocGridReader(), "sichuan-form.doc");
        List<Form> forms = new FormRecogniser().recognise("sichuan-form.doc", List.of(doc)).forms().stream()
                .map(RecognisedForm::form).toList();
        assertEquals(1, forms.size());
        assertEquals("2023年办事大厅运转运行费", forms.get(0).projectName());
        assertEquals(129.24, forms.get(0).budgetAdjusted());
        assertEquals(9, forms.get(0).indicators().size());
        assertEquals("产出指标", forms.get(0).indicators().get(5).level1(), "the merged heading carries down");
    }

    @Test
    void paragraphsBetweenTablesGiveTheSameGrid() throws Exception {
        assertSameGrid("paragraphs-between-tables");
    }

    @Test
    void nestedTableGivesTheSameGrid() throws Exception {
        assertSameGrid("nested-table");
    }

    @Test
    void damagedDocFilesOnlyEverThrowUnreadableInput() throws Exception {
        byte[] doc = Files.readAllBytes(dir.resolve("sichuan-form.doc"));
        Random random = new Random(42);
        for (int i = 0; i < 60; i++) {
            byte[] damaged = doc.clone();
            for (int k = 0; k < 8; k++) damaged[512 + random.nextInt(damaged.length - 512)] ^= (byte) (1 + random.nextInt(255));
            try {
                new DocGridReader().read(Input.of("damaged-" + i + ".doc", damaged));
            } catch (UnreadableInput e) {
                assertTrue(e.getMessage().startsWith("damaged-" + i + ".doc: "), e.getMessage());
            }
        }
    }
}
