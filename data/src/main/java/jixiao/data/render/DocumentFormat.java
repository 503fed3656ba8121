package jixiao.data.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jixiao.data.layout.Layout;

/** Every format forms can be written in; text formats name their layout. */
public enum DocumentFormat {
    TXT_TAB, TXT_CELLS, TXT_PIPE, TXT_SPACE, XLSX, XLS, DOCX, PDF;

    public String extension() {
        return name().startsWith("TXT") ? "txt" : name().toLowerCase(Locale.ROOT);
    }

    public void write(List<Layout> forms, OutputStream out) throws IOException {
        switch (this) {
            case TXT_TAB -> text(forms, TextStyle.TAB, out);
            case TXT_CELLS -> text(forms, TextStyle.CELL_PER_LINE, out);
            case TXT_PIPE -> text(forms, TextStyle.PIPE, out);
            case TXT_SPACE -> text(forms, TextStyle.SPACE, out);
            case XLSX -> new XlsxRenderer().render(forms, out);
            case XLS -> new XlsxRenderer().renderXls(forms, out);
            case DOCX -> new DocxRenderer().render(forms, out);
            case PDF -> new PdfRenderer().render(forms, out);
        }
    }

    private static void text(List<Layout> forms, TextStyle style, OutputStream out) throws IOException {
        out.write(new TextRenderer(style).render(forms).getBytes(StandardCharsets.UTF_8));
    }
}
