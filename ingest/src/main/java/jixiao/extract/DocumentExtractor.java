package jixiao.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jixiao.model.DocumentResult;
import jixiao.model.Form;
import jixiao.model.Reject;
import jixiao.model.RejectReason;
import jixiao.read.Grid;
import jixiao.read.FormatSniffer;
import jixiao.read.GridReader;
import jixiao.read.ReadBudget;
import jixiao.read.Input;
import jixiao.read.UnreadableInput;
import jixiao.recognise.FormRecogniser;
import jixiao.recognise.Recognised;
import jixiao.recognise.RecognisedForm;
import jixiao.region.Gazetteer;
import jixiao.region.RegionResolver;

/**
 * One input file to a {@link DocumentResult}: read → grids → forms → regions. Never throws for bad
 * input: whatever cannot be read comes back as a reject naming the file, the place and the reason.
 */
public final class DocumentExtractor {
    private final Formats formats;
    private final FormRecogniser recogniser = new FormRecogniser();
    private final RegionResolver regions;
    private final long maxBytes;
    private final long readSeconds;
    private final long readCells;

    /** Larger inputs are rejected unread: no published form is this big, and memory is finite. */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    public DocumentExtractor() {
        this(new Formats(), new RegionResolver(Gazetteer.load()));
    }

    public DocumentExtractor(Formats formats, RegionResolver regions) {
        this(formats, regions, DEFAULT_MAX_BYTES);
    }

    public DocumentExtractor(Formats formats, RegionResolver regions, long maxBytes) {
        this(formats, regions, maxBytes, ReadBudget.DEFAULT_SECONDS, ReadBudget.DEFAULT_CELLS);
    }

    private DocumentExtractor(Formats formats, RegionResolver regions, long maxBytes, long readSeconds, long readCells) {
        this.formats = formats;
        this.regions = regions;
        this.maxBytes = maxBytes;
        this.readSeconds = readSeconds;
        this.readCells = readCells;
    }

    /** The same extractor with another budget per file (time, cells made): see {@link ReadBudget}. */
    public DocumentExtractor withReadBudget(long seconds, long cells) {
        return new DocumentExtractor(formats, regions, maxBytes, seconds, cells);
    }

    public DocumentResult extract(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return rejected(file, name, "", size, Formats.extension(name), new Reject(name, "file",
                        RejectReason.TOO_LARGE, String.format("%,d bytes: above the limit of %,d bytes", size, maxBytes)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            return rejected(file, name, "", 0, Formats.extension(name),
                    new Reject(name, "file", RejectReason.UNREADABLE, String.valueOf(e.getMessage())));
        }
        return extract(file.toString(), new Input(name, bytes, file));
    }

    /** Opens a file's bytes on any file system (the Hadoop file systems of a cluster run). */
    @FunctionalInterface
    public interface Opener {
        java.io.InputStream open() throws IOException;
    }

    /**
     * A file on any file system, by its stored path, name and listed length: the size limit is applied
     * before a byte is read, as for a local file.
     */
    public DocumentResult extract(String path, String name, long size, Opener opener) {
        if (size > maxBytes) {
            return rejected(path, name, "", size, Formats.extension(name), new Reject(name, "file",
                    RejectReason.TOO_LARGE, String.format("%,d bytes: above the limit of %,d bytes", size, maxBytes)));
        }
        byte[] bytes;
        try (java.io.InputStream in = opener.open()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException | OutOfMemoryError e) {
            return rejected(path, name, "", 0, Formats.extension(name),
                    new Reject(name, "file", RejectReason.UNREADABLE, String.valueOf(e.getMessage())));
        }
        return extract(path, Input.of(name, bytes));
    }

    public DocumentResult extract(String path, Input input) {
        String name = input.name();
        byte[] bytes = input.bytes();
        String sha = Hashes.sha256(bytes);
        String format = Formats.extension(name);
        FormatSniffer.Kind kind = FormatSniffer.sniff(bytes);
        if (kind == FormatSniffer.Kind.EMPTY) {
            return rejected(path, name, sha, 0, format, new Reject(name, "file", RejectReason.EMPTY_FILE, "the file has no bytes"));
        }
        if (!FormatSniffer.matches(format, kind)) {
            return rejected(path, name, sha, bytes.length, format, new Reject(name, "file", RejectReason.FORMAT_MISMATCH,
                    "the extension says ." + format + " but the content is " + describe(kind)));
        }
        Optional<GridReader> reader = formats.forFile(name);
        if (reader.isEmpty()) {
            return rejected(path, name, sha, bytes.length, format, new Reject(name, "file",
                    RejectReason.UNSUPPORTED_FORMAT, "no reader for ." + format + " files"));
        }
        GridReader with = reader.get();
        ReadBudget budget = ReadBudget.open(readSeconds, readCells);
        try {
            return read(with, path, name, sha, bytes.length, input);
        } catch (ReadBudget.Exceeded e) {
            return rejected(path, name, sha, bytes.length, with.format(), new Reject(name, "file", e.reason(), e.getMessage()));
        } catch (UnreadableInput e) {
            // a reader may have caught the budget's stop and called the file damaged: say what happened
            if (budget.exceeded() != null) return overBudget(path, name, sha, bytes.length, with.format(), budget);
            return rejected(path, name, sha, bytes.length, with.format(), new Reject(name, e.place(), e.reason(), e.getMessage()));
        } catch (RuntimeException e) {
            if (budget.exceeded() != null) return overBudget(path, name, sha, bytes.length, with.format(), budget);
            return rejected(path, name, sha, bytes.length, with.format(), new Reject(name, "file",
                    RejectReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (StackOverflowError e) {
            // one file must not end the batch: whatever a reader or the recogniser cannot get through is this file's reject
            return rejected(path, name, sha, bytes.length, with.format(), new Reject(name, "file", RejectReason.UNREADABLE,
                    "StackOverflowError: the file's structure is nested or repeated too deeply to read"));
        } catch (OutOfMemoryError e) {
            return rejected(path, name, sha, bytes.length, with.format(), new Reject(name, "file", RejectReason.TOO_LARGE,
                    "OutOfMemoryError: reading it needs more memory than this run has (JIXIAO_JAVA_OPTS=-Xmx…)"));
        } catch (VirtualMachineError e) {
            throw e; // the JVM itself is failing: no file's fault, and the batch cannot go on
        } catch (Error e) {
            // a library's assertion or linkage error on this file's content: the file's reject
            return rejected(path, name, sha, bytes.length, with.format(), new Reject(name, "file", RejectReason.UNREADABLE,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        } finally {
            budget.close();
        }
    }

    private DocumentResult overBudget(String path, String name, String sha, long size, String format, ReadBudget budget) {
        ReadBudget.Exceeded e = budget.exceeded();
        return rejected(path, name, sha, size, format, new Reject(name, "file", e.reason(), e.getMessage()));
    }

    private DocumentResult read(GridReader reader, String path, String name, String sha, long size, Input input)
            throws UnreadableInput {
        List<Grid> grids = reader.read(input);
        Recognised r = recogniser.recognise(name, grids);
        List<Form> forms = new ArrayList<>();
        for (RecognisedForm rf : r.forms()) {
            forms.add(rf.form().withRegion(regions.resolve(rf.form().projectCode(), rf.regionNames())));
        }
        List<Reject> rejects = new ArrayList<>(r.rejects());
        if (forms.isEmpty() && r.summaries().isEmpty()) {
            String seen = r.setAside().isEmpty() ? "; " + whatWasSeen(grids) : "; set aside: " + String.join(", ",
                    r.setAside().stream().map(s -> s.kind()).distinct().toList());
            rejects.add(new Reject(name, "file", RejectReason.NO_FORMS,
                    "no project self-evaluation form (项目支出绩效自评表) found" + seen));
        }
        List<String> notes = grids.stream().flatMap(g -> g.notes().stream()).toList();
        return new DocumentResult(path, name, sha, size, reader.format(), forms, r.summaries(),
                r.setAside(), rejects, notes);
    }

    /** What a document without forms shows, so a reviewer can tell a wrong file from a missed form. */
    static String whatWasSeen(List<Grid> grids) {
        int rows = 0;
        int cells = 0;
        String first = null;
        for (Grid g : grids) {
            for (jixiao.read.Row row : g.rows()) {
                List<String> texts = row.nonBlankTexts();
                if (texts.isEmpty()) continue;
                rows++;
                cells += texts.size();
                if (first == null) first = String.join(" ", texts).strip();
            }
        }
        if (rows == 0) return "the document holds no text";
        String head = first.length() > 40 ? first.substring(0, 40) + "…" : first;
        return "saw " + rows + " line(s), " + cells + " cell(s) of text, beginning 「" + head + "」";
    }

    private static String describe(FormatSniffer.Kind kind) {
        return switch (kind) {
            case XLSX -> "an Excel workbook (.xlsx)";
            case DOCX -> "a Word document (.docx)";
            case ZIP -> "a zip archive";
            case OLE2 -> "an old Office file (.xls/.doc) or an encrypted one";
            case PDF -> "a PDF";
            case HTML -> "a web page (HTML)";
            case TEXT -> "plain text";
            case EMPTY -> "empty";
        };
    }

    private static DocumentResult rejected(Object path, String name, String sha, long size, String format, Reject reject) {
        return new DocumentResult(path.toString(), name, sha, size, format, List.of(), List.of(), List.of(),
                List.of(reject), List.of());
    }

}
