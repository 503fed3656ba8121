package jixiao.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jixiao.read.GridReader;
import jixiao.read.CsvGridReader;
import jixiao.read.DocGridReader;
import jixiao.read.DocxGridReader;
import jixiao.read.PdfGridReader;
import jixiao.read.TextGridReader;
import jixiao.read.XlsGridReader;
import jixiao.read.XlsxGridReader;

/** The readers, by file extension: the one place a new format is registered. */
public final class Formats {
    private final Map<String, GridReader> byExtension = new LinkedHashMap<>();

    public Formats() {
        GridReader text = new TextGridReader();
        byExtension.put("txt", text);
        byExtension.put("text", text);
        byExtension.put("md", text);
        byExtension.put("csv", new CsvGridReader());
        GridReader xlsx = new XlsxGridReader();
        byExtension.put("xlsx", xlsx);
        byExtension.put("xlsm", xlsx);
        byExtension.put("xls", new XlsGridReader());
        byExtension.put("pdf", new PdfGridReader());
        byExtension.put("docx", new DocxGridReader());
        byExtension.put("doc", new DocGridReader());
    }

    public Optional<GridReader> forFile(String fileName) {
        return Optional.ofNullable(byExtension.get(extension(fileName)));
    }

    public boolean accepts(String fileName) {
        return byExtension.containsKey(extension(fileName));
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
