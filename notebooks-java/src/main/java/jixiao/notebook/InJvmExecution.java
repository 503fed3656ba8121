package jixiao.notebook;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs JShell snippets in the kernel's own JVM (so cells share Spark and the project's classes with
 * the kernel) and keeps each snippet's value as an object: JShell itself only reports its text, and
 * a cell that returns a chart or a table must be rendered from the object.
 */
final class InJvmExecution extends DirectExecutionControl implements ExecutionControlProvider {
    /** Stands for "no snippet ran since the last {@link #takeValue()}", as opposed to a null value. */
    static final Object NONE = new Object();

    // One thread for every cell: thread-locals (Spark's active session) carry over, and a cell can be interrupted.
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notebook-cell");
        t.setDaemon(true);
        return t;
    });
    private volatile Future<Object> running;
    private volatile Object value = NONE;

    @Override
    protected String invoke(Method doit) throws Exception {
        Future<Object> task = runner.submit(() -> {
            // Spark looks up classes defined in cells (lambdas, beans) through the context class loader.
            Thread.currentThread().setContextClassLoader(doit.getDeclaringClass().getClassLoader());
            return doit.invoke(null);
        });
        running = task;
        try {
            Object v = task.get();
            value = v;
            return valueString(v);
        } catch (CancellationException e) {
            InterruptedException interrupted = new InterruptedException("the cell was interrupted");
            interrupted.setStackTrace(new StackTraceElement[0]); // where the kernel noticed says nothing about the cell
            throw new InvocationTargetException(interrupted);
        } catch (ExecutionException e) {
            // Method.invoke's InvocationTargetException reaches JShell as the user's exception.
            if (e.getCause() instanceof Exception cause) throw cause;
            throw new InvocationTargetException(e.getCause());
        } finally {
            running = null;
        }
    }

    /** The value of the last snippet run since the previous call, or {@link #NONE}. */
    Object takeValue() {
        Object v = value;
        value = NONE;
        return v;
    }

    void interrupt() {
        Future<Object> task = running;
        if (task != null) task.cancel(true);
    }

    @Override
    public void stop() {
        interrupt();
    }

    @Override
    public void close() {
        runner.shutdownNow();
        super.close();
    }

    @Override
    public String name() {
        return "jixiao-in-jvm";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return this;
    }
}
