package jixiao.notebook;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * The kernel's evaluation core, without Jupyter: a cell is cut into JShell snippets and run in this
 * JVM; declarations carry over from cell to cell; the cell's value is the value of its last snippet
 * when that is an expression.
 */
public final class CellEvaluator implements AutoCloseable {
    private final InJvmExecution execution = new InJvmExecution();
    private final JShell shell;
    private final SourceCodeAnalysis analysis;

    /** @param classPath what cells compile against, in the JVM's path syntax (the kernel passes its own). */
    public CellEvaluator(String classPath) {
        shell = JShell.builder().executionEngine(execution, Map.of()).build();
        analysis = shell.sourceCodeAnalysis();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) shell.addToClasspath(entry);
        }
    }

    /**
     * Runs a cell. Returns the value of its last snippet if that is an expression (null when it has
     * none); throws {@link CellException} on the first snippet that does not compile or throws.
     */
    public Object eval(String cell) {
        Object result = null;
        CompletionInfo info = analysis.analyzeCompletion(cell);
        while (info.completeness().isComplete()) {
            result = evalSnippet(info.source());
            info = analysis.analyzeCompletion(info.remaining());
        }
        if (info.completeness() != Completeness.EMPTY) throw CellException.incomplete(info.remaining());
        return result;
    }

    private Object evalSnippet(String source) {
        execution.takeValue();
        List<SnippetEvent> events = shell.eval(source);
        Object value = execution.takeValue();
        Snippet fresh = null;
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) continue; // another snippet updated because of this one
            fresh = e.snippet();
            if (e.exception() != null) throw CellException.thrown(e.exception());
            if (e.status() != Snippet.Status.VALID) {
                List<String> unresolved = e.snippet() instanceof DeclarationSnippet d
                        ? shell.unresolvedDependencies(d).collect(Collectors.toList()) : List.of();
                throw CellException.rejected(e.snippet(), shell.diagnostics(e.snippet()).collect(Collectors.toList()), unresolved);
            }
        }
        if (fresh == null || value == InJvmExecution.NONE) return null;
        return switch (fresh.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND -> value;
            default -> null;
        };
    }

    /**
     * For Jupyter's is_complete: {@code "complete"}, {@code "invalid"}, or the indent of the next line
     * when more input is needed.
     */
    public String isComplete(String cell) {
        CompletionInfo info = analysis.analyzeCompletion(cell);
        while (info.completeness().isComplete() && info.completeness() != Completeness.UNKNOWN) {
            info = analysis.analyzeCompletion(info.remaining());
        }
        return switch (info.completeness()) {
            case EMPTY, COMPLETE, COMPLETE_WITH_SEMI -> "complete";
            case UNKNOWN -> "invalid";
            default -> indentAfter(cell); // the incomplete part is the end of the cell
        };
    }

    private static String indentAfter(String partial) {
        String last = partial.substring(partial.lastIndexOf('\n') + 1);
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        String trimmed = last.strip();
        return trimmed.endsWith("{") || trimmed.endsWith("(") ? indent + "    " : indent;
    }

    /** Completions at {@code cursor}: the continuations, and where they start (in {@code anchor[0]}). */
    public List<String> complete(String code, int cursor, int[] anchor) {
        return analysis.completionSuggestions(code, cursor, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).distinct().collect(Collectors.toList());
    }

    /** Signatures (and Javadoc when the JDK has it) of what is at {@code cursor}. */
    public String documentation(String code, int cursor) {
        return analysis.documentation(code, cursor, true).stream()
                .map(d -> d.javadoc() == null ? d.signature() : d.signature() + "\n" + d.javadoc())
                .collect(Collectors.joining("\n\n"));
    }

    public void interrupt() {
        execution.interrupt();
    }

    @Override
    public void close() {
        shell.close();
    }
}
