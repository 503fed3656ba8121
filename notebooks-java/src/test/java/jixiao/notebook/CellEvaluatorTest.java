package jixiao.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kernel's evaluation core and display helpers, without Jupyter (one JShell for the class: it starts in ~1 s). */
class CellEvaluatorTest {
    private static CellEvaluator cells;

    @BeforeAll
    static void start() {
        cells = new CellEvaluator(System.getProperty("java.class.path"));
    }

    @AfterAll
    static void stop() {
        cells.close();
    }

    @Test
    void anExpressionIsTheCellsValue() {
        assertEquals(2, cells.eval("1 + 1"));
    }

    @Test
    void declarationsCarryOverBetweenCells() {
        assertNull(cells.eval("int answer = 40;"));
        cells.eval("String twice(String s) { return s + s; }");
        assertEquals(42, cells.eval("answer + 2"));
        assertEquals("abab", cells.eval("String s = \"ab\";\ntwice(s)"));
    }

    @Test
    void onlyTheLastSnippetGivesTheValue() {
        assertNull(cells.eval("int a = 1;\na + 1;\nint b = a;"));
        assertEquals(3, cells.eval("int c = 2;\nc + 1"));
    }

    @Test
    void aCompileErrorIsAnErrorWithTheLineItPointsAt() {
        CellException e = assertThrows(CellException.class, () -> cells.eval("int ok = 1;\nint bad = ok + missingName;"));
        assertTrue(e.getMessage().contains("cannot find symbol"), e.getMessage());
        assertTrue(e.traceback().stream().anyMatch(l -> l.contains("int bad = ok + missingName;")), e.traceback().toString());
        assertTrue(e.traceback().stream().anyMatch(l -> l.trim().equals("^")), e.traceback().toString());
        assertFalse(String.join("\n", e.traceback()).contains("location:"));
    }

    @Test
    void anExceptionIsAnErrorNamingItsClass() {
        CellException e = assertThrows(CellException.class, () -> cells.eval("Integer.parseInt(\"x\")"));
        assertTrue(e.getMessage().startsWith("java.lang.NumberFormatException"), e.getMessage());
        assertTrue(e.traceback().stream().anyMatch(l -> l.contains("(cell")), e.traceback().toString());
    }

    @Test
    void incompleteInputIsAnError() {
        assertThrows(CellException.class, () -> cells.eval("int x = (1 + "));
        assertEquals("complete", cells.isComplete("1 + 1"));
        assertEquals("    ", cells.isComplete("void f() {"));
    }

    @Test
    void aRunningCellCanBeInterrupted() throws InterruptedException {
        // interrupts until the cell ends: on a loaded machine one interrupt may come before the cell runs
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        Thread interrupter = new Thread(() -> {
            while (!ended.get()) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                if (!ended.get()) cells.interrupt();
            }
        });
        interrupter.start();
        CellException e;
        try {
            e = assertThrows(CellException.class, () -> cells.eval("Thread.sleep(30_000);"));
        } finally {
            ended.set(true);
        }
        interrupter.join();
        assertTrue(e.getMessage().contains("InterruptedException"), e.getMessage());
        assertEquals(4, cells.eval("2 + 2")); // the kernel goes on
    }

    @Test
    void cellsSeeTheClassPath() {
        assertEquals("&lt;a&gt;", cells.eval("jixiao.notebook.Show.escape(\"<a>\")"));
    }

    @Test
    void tablesEscapeHtml() {
        DisplayData d = Show.table(List.of("<th>"), List.of(List.of("<script>alert('x')</script> & co"), Arrays.asList((Object) null)));
        String html = (String) d.getData(MIMEType.TEXT_HTML);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"), html);
        assertTrue(html.contains("<th>&lt;th&gt;</th>"), html);
        assertTrue(((String) d.getData(MIMEType.TEXT_PLAIN)).startsWith("<th>\n<script>"));
    }

    @Test
    void tablesAreCutAtTheRowLimit() {
        List<List<Integer>> rows = List.of(List.of(1), List.of(2), List.of(3));
        String html = (String) Show.table(List.of("n"), rows, 2).getData(MIMEType.TEXT_HTML);
        assertEquals(2, html.split("<tr>").length - 2, html); // header row + 2
        assertTrue(html.contains("first 2 rows shown"));
    }

    @Test
    void numbersLoseFloatNoise() {
        assertEquals("0.810185", Show.format(0.8101849999999999));
        assertEquals("100", Show.format(100.0));
        assertEquals("null", Show.format(null));
    }

    @Test
    void theKernelSpecRunsThisKernel() throws Exception {
        assertEquals(JavaKernel.class.getName(), NotebookCommand.KERNEL_CLASS);
        List<String> argv = NotebookCommand.argv();
        assertEquals("{connection_file}", argv.get(argv.size() - 1));
        String json = NotebookCommand.kernelJson(argv, "Java \"x\"");
        assertTrue(json.contains("\"display_name\": \"Java \\\"x\\\"\""), json);
        assertTrue(json.contains("\"interrupt_mode\": \"message\""), json);
    }
}
