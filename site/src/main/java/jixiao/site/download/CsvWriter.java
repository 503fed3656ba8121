package jixiao.site.download;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as CSV that Excel opens as is: UTF-8 with a byte order mark (without it Excel reads the Chinese as the
 * local code page), RFC 4180 fields and CRLF line ends, the Chinese column headers as the header row. Values as
 * the site shows them: numbers rounded, rates as percentages with a % sign ("85.3%", which Excel reads as the
 * number 0.853), codes in the site's Chinese words.
 */
public final class CsvWriter {
    /** The UTF-8 byte order mark, U+FEFF. */
    public static final char BOM = '\uFEFF';

    private CsvWriter() {}

    /** Writes the table to {@code out} (not closed). */
    public static void write(DownloadTable table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write(BOM);
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) w.write(',');
            w.write(CsvCell.field(columns.get(c).header()));
        }
        w.write("\r\n");
        for (List<Object> row : table.table().rows()) {
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) w.write(',');
                w.write(field(table.format(row, c), table.shown(row, c)));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    /** A rounded number is our own digits (a minus sign included) and is never neutralised; other values are. */
    private static String field(ColumnFormat format, Object shown) {
        if (shown == null) return "";
        if (format.numeric() && shown instanceof Number) return format.csvNumber(shown);
        return CsvCell.field(shown);
    }
}
