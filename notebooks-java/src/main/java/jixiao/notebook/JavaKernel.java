package jixiao.notebook;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small Jupyter kernel for Java: jjava-jupyter speaks the protocol, JShell runs the cells in this
 * JVM, with the class path the kernel was started with (the project's jars and Spark). Run by
 * Jupyter as {@code java … jixiao.notebook.JavaKernel CONNECTION_FILE}; see {@link NotebookCommand}.
 */
public final class JavaKernel extends BaseKernel {
    public static final String VERSION = "0.1.0";
    private final CellEvaluator evaluator;

    private JavaKernel(Builder b, CellEvaluator evaluator) {
        super("jixiao-java", VERSION,
                new LanguageInfo.Builder("java").version(Runtime.version().toString()).mimetype("text/x-java-source")
                        .fileExtension(".jshell").pygments("java").codemirror("text/x-java").build(),
                List.of(new HelpLink("Java API", "https://docs.oracle.com/en/java/javase/17/docs/api/"),
                        new HelpLink("Spark Java API", "https://spark.apache.org/docs/latest/api/java/")),
                b.history(), b.io(), b.comms(), b.renderer(), b.magics(), b.magicsRegistry(), false, b.errorStyler());
        this.evaluator = evaluator;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) throw new IllegalArgumentException("usage: JavaKernel CONNECTION_FILE");
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        // Logging starts now, on the kernel's stderr: started inside a cell, it would write to that cell's output.
        Logger log = LoggerFactory.getLogger(JavaKernel.class);
        followSystemOut();
        KernelConnectionProperties props = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new JupyterConnection(props);
        JavaKernel kernel = new Builder().build();
        kernel.becomeHandlerForConnection(connection);
        kernel.onStartup(); // makes the kernel reachable from cells (Show.display)
        connection.connect();
        log.info("notebook kernel {} on Java {}", VERSION, Runtime.version());
        connection.waitUntilClose();
    }

    /**
     * Scala's Console keeps the System.out it first sees, so Spark's {@code Dataset.show()} would print
     * into whichever cell first used it: hand it a stream that always writes to the current System.out
     * (the running cell's, while one runs).
     */
    private static void followSystemOut() {
        PrintStream original = System.out;
        PrintStream[] self = new PrintStream[1];
        OutputStream current = new OutputStream() {
            private PrintStream target() {
                PrintStream now = System.out;
                return now == self[0] ? original : now;
            }

            @Override
            public void write(int b) {
                target().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                target().write(b, off, len);
            }

            @Override
            public void flush() {
                target().flush();
            }
        };
        self[0] = new PrintStream(current, true, StandardCharsets.UTF_8);
        System.setOut(self[0]);
        scala.Console.out();
    }

    @Override
    public String getBanner() {
        return "Java " + Runtime.version() + " (JShell) :: jixiao notebook kernel " + VERSION;
    }

    @Override
    public Object evalRaw(String code) {
        return evaluator.eval(code);
    }

    @Override
    public DisplayData eval(String code) {
        Object value = evalRaw(code);
        if (value == null) return null;
        DisplayData d = Show.render(value);
        return d != null ? d : getRenderer().render(value);
    }

    @Override
    public String isComplete(String code) {
        return evaluator.isComplete(code);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<String> options = evaluator.complete(code, at, anchor);
        return options.isEmpty() ? null : new ReplacementOptions(options, anchor[0], at);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        String doc = evaluator.documentation(code, at);
        return doc.isEmpty() ? null : new DisplayData(doc);
    }

    @Override
    public List<String> formatError(Throwable e) {
        return e instanceof CellException c ? c.traceback() : super.formatError(e);
    }

    @Override
    public void interrupt() {
        evaluator.interrupt();
    }

    @Override
    public void onShutdown(boolean restarting) {
        evaluator.close();
        super.onShutdown(restarting);
    }

    /** The library's default parts (I/O, comms, renderer), reachable only through its builder. */
    static final class Builder extends BaseKernelBuilder<Builder, JavaKernel> {
        @Override
        public JavaKernel build() {
            return new JavaKernel(this, new CellEvaluator(System.getProperty("java.class.path", "")));
        }

        HistoryManager history() {
            return buildHistoryManager();
        }

        JupyterIO io() {
            return buildJupyterIO(buildJupyterIOEncoding());
        }

        CommManager comms() {
            return buildCommManager();
        }

        Renderer renderer() {
            return buildRenderer();
        }

        // Magics are not part of this kernel: notebooks stay plain Java, so they also run under JJava or IJava.
        MagicParser magics() {
            return new MagicParser("(?<=(?:^|=))\\s*%", "%%", buildMagicTranspiler());
        }

        MagicsRegistry magicsRegistry() {
            return buildMagicsRegistry();
        }

        StringStyler errorStyler() {
            return buildErrorStyler();
        }
    }
}
