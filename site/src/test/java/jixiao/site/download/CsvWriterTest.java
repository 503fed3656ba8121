package jixiao.site.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jixiao.site.load.GoldTable;

class CsvWriterTest {
    static byte[] csv(GoldTable t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(DownloadTable.of(t), out);
        return out.toByteArray();
    }

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
    static List<List<String>> parse(String s) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char q = s.charAt(i++);
                    if (q == '"') {
                        if (i < s.length() && s.charAt(i) == '"') { field.append('"'); i++; }
                        else break;
                    } else field.append(q);
                }
                char next = s.charAt(i);
                if (next != ',' && next != '\r') throw new AssertionError("text after a closing quote at " + i);
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                assertEquals('\n', s.charAt(i + 1), "CR not followed by LF outside quotes at " + i);
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '\n') {
                throw new AssertionError("bare LF outside quotes at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        assertTrue(record.isEmpty() && field.isEmpty(), "last record not ended by CRLF");
        return records;
    }

    @Test
    void startsWithUtf8Bom() throws IOException {
        byte[] bytes = csv(Tables.findings());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    }

    @Test
    void roundTrips() throws IOException {
        String text = new String(csv(Tables.findings()), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        List<List<String>> records = parse(text.substring(1));
        assertEquals(5, records.size());
        assertEquals(List.of("单位", "得分", "条数", "日期", "说明", "分布", "标签", "通过"), records.get(0));
        assertEquals(List.of("北京市财政局", "92.5", "3", "2025-03-01", "预算执行率, \"偏低\"\r\n第二行", "低=1; 高=2", "a; b", "true"),
                records.get(1));
        assertEquals(List.of("'=1+1", "-3.5", "-2", "", "'+SUM(A1)", "", "", "false"), records.get(2));
        assertEquals(List.of("'-2+3", "0.1", "0", "2024-12-31", "'@cmd", "", "", ""), records.get(3));
        assertEquals(List.of("'\t=x", "", "7", "", "'\r=y", "", "'-1.5; 2", ""), records.get(4));
    }

    @Test
    void emptyTableIsTheHeader() throws IOException {
        GoldTable t = Tables.table("gold/empty", 0, List.of("a", "b,c"), List.of());
        assertEquals("\uFEFFa,\"b,c\"\r\n", new String(csv(t), StandardCharsets.UTF_8));
    }
}
