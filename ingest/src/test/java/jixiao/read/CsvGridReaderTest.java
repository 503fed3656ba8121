package jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvGridReaderTest {
    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() throws Exception {
        String csv = "项目名称,\"互联网,维护\",,\r\n三级指标,\"名称\n续\",\"说\"\"明\"\n";
        List<Row> rows = new CsvGridReader().read(Input.of("t.csv", csv.getBytes(StandardCharsets.UTF_8))).get(0).rows();
        assertEquals(List.of("项目名称", "互联网,维护", "", ""), rows.get(0).cells().stream().map(Cell::text).toList());
        assertEquals(List.of("三级指标", "名称\n续", "说\"明"), rows.get(1).cells().stream().map(Cell::text).toList());
        assertEquals(2, rows.get(1).cells().get(0).row());
    }
}
