package jixiao.notebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

/**
 * A cell that did not compile or threw: its message is the Jupyter error's value, its traceback
 * the lines the notebook shows (plain text, so CI logs read well).
 */
public final class CellException extends RuntimeException {
    private static final int MAX_FRAMES = 25;
    private final List<String> traceback;

    private CellException(String message, List<String> traceback) {
        super(message, null, false, false);
        this.traceback = List.copyOf(traceback);
    }

    public List<String> traceback() {
        return traceback;
    }

    /** Compile errors: each diagnostic with the line it points at. */
    static CellException rejected(Snippet snippet, List<Diag> diagnostics, List<String> unresolved) {
        List<String> lines = new ArrayList<>();
        String source = snippet.source();
        for (Diag d : diagnostics) {
            if (!d.isError()) continue;
            // javac's "location: class" names JShell's wrapper, not anything in the cell
            lines.add("error: " + d.getMessage(null).lines().filter(l -> !l.strip().startsWith("location:"))
                    .collect(Collectors.joining("\n")));
            if (d.getStartPosition() >= 0) lines.addAll(pointAt(source, (int) d.getPosition()));
        }
        if (!unresolved.isEmpty()) {
            lines.add("error: " + firstLine(source) + " refers to what is not declared: " + String.join(", ", unresolved));
        }
        if (lines.isEmpty()) lines.add("error: the snippet was rejected: " + firstLine(source));
        return new CellException(lines.get(0).substring("error: ".length()), lines);
    }

    static CellException incomplete(String remaining) {
        return new CellException("incomplete input", List.of("error: incomplete input (a missing ';', ')' or '}'?)",
                "    " + firstLine(remaining.strip())));
    }

    /** An exception thrown by a cell (JShell hands it over as an {@link EvalException}), with its causes. */
    static CellException thrown(JShellException e) {
        List<String> lines = new ArrayList<>();
        String headline = null;
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            String line = describe(t);
            if (headline == null) headline = line;
            else line = "Caused by: " + line;
            lines.add(line);
            StackTraceElement[] frames = t.getStackTrace();
            int shown = 0;
            for (StackTraceElement f : frames) {
                if (shown == MAX_FRAMES) {
                    lines.add("\t... " + (frames.length - shown) + " more");
                    break;
                }
                shown++;
                if (f.getFileName() != null && f.getFileName().startsWith("#")) { // JShell names snippets #1, #2, …
                    lines.add("\tat (cell, line " + f.getLineNumber() + " of its statement)");
                    break; // below the cell are JShell's and the kernel's own frames
                }
                lines.add("\tat " + f);
            }
        }
        return new CellException(headline, lines);
    }

    private static String describe(Throwable t) {
        if (t instanceof UnresolvedReferenceException u) {
            return "cannot run " + firstLine(u.getSnippet().source()) + ": it refers to what is not declared";
        }
        String type = t instanceof EvalException ee ? ee.getExceptionClassName() : t.getClass().getName();
        return t.getMessage() == null ? type : type + ": " + t.getMessage();
    }

    /** The source line holding {@code pos}, and a caret under it. */
    private static List<String> pointAt(String source, int pos) {
        int p = Math.max(0, Math.min(pos, source.length()));
        int start = source.lastIndexOf('\n', p - 1) + 1;
        int end = source.indexOf('\n', p);
        String line = source.substring(start, end < 0 ? source.length() : end);
        return List.of("    " + line, "    " + " ".repeat(p - start) + "^");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }
}
