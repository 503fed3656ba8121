package jixiao.site.download;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jixiao.site.load.GoldTable;

/**
 * A gold table as CSV that Excel opens as is: UTF-8 with a byte order mark (without it Excel reads the Chinese
 * as the local code page), RFC 4180 fields and CRLF line ends, the column names as the header row.
 */
public final class CsvWriter {
    /** The UTF-8 byte order mark, U+FEFF. */
    public static final char BOM = '\uFEFF';

    private CsvWriter() {}

    /** Writes the table to {@code out} (not closed). */
    public static void write(GoldTable table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(BOM);
        line(w, table.columns());
        for (List<Object> row : table.rows()) line(w, row);
        w.flush();
    }

    private static void line(Writer w, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) w.write(',');
            w.write(CsvCell.field(values.get(i)));
        }
        w.write("\r\n");
    }
}
