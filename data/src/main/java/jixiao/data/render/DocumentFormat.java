package jixiao.data.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jixiao.data.layout.Layout;

/** Every format forms can be written in; text formats name their layout. */
public enum DocumentFormat {
    TXT_TAB, TXT_CELLS, TXT_PIPE, TXT_SPACE, XLSX, XLS, DOCX, PDF,
    TXT_LOOSE_PIPE, TXT_WEB_CELLS, TXT_RUN_ROWS, TXT_RUN_DOC, TXT_SCRAMBLED;

    /** The four clean text layouts the generator has always written. */
    public static final List<DocumentFormat> CLEAN_TEXT = List.of(TXT_TAB, TXT_CELLS, TXT_PIPE, TXT_SPACE);

    public String extension() {
        return name().startsWith("TXT") ? "txt" : name().toLowerCase(Locale.ROOT);
    }

    public boolean isText() {
        return name().startsWith("TXT");
    }

    /** The name options use: tab, cells, pipe, space, loose-pipe, web-cells, run-rows, run-doc, scrambled, xlsx… */
    public String optionName() {
        String n = name().toLowerCase(Locale.ROOT).replace('_', '-');
        return n.startsWith("txt-") ? n.substring(4) : n;
    }

    public static DocumentFormat byOptionName(String name) {
        for (DocumentFormat f : values()) if (f.optionName().equals(name)) return f;
        throw new IllegalArgumentException("unknown layout '" + name + "'");
    }

    public TextStyle textStyle() {
        return switch (this) {
            case TXT_TAB -> TextStyle.TAB;
            case TXT_CELLS -> TextStyle.CELL_PER_LINE;
            case TXT_PIPE -> TextStyle.PIPE;
            case TXT_SPACE -> TextStyle.SPACE;
            case TXT_LOOSE_PIPE -> TextStyle.LOOSE_PIPE;
            case TXT_WEB_CELLS -> TextStyle.WEB_CELLS;
            case TXT_RUN_ROWS -> TextStyle.RUN_ROWS;
            case TXT_RUN_DOC -> TextStyle.RUN_DOC;
            case TXT_SCRAMBLED -> TextStyle.SCRAMBLED;
            default -> throw new IllegalStateException(this + " is not a text layout");
        };
    }

    public void write(List<Layout> forms, OutputStream out) throws IOException {
        write(forms, Page.NONE, out);
    }

    /** The forms as one document; {@code page} (file title, page markers, site chrome) applies to text only. */
    public void write(List<Layout> forms, Page page, OutputStream out) throws IOException {
        switch (this) {
            case XLSX -> new XlsxRenderer().render(forms, out);
            case XLS -> new XlsxRenderer().renderXls(forms, out);
            case DOCX -> new DocxRenderer().render(forms, out);
            case PDF -> new PdfRenderer().render(forms, out);
            default -> out.write(new TextRenderer(textStyle()).render(forms, page).getBytes(StandardCharsets.UTF_8));
        }
    }
}
