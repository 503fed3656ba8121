package jixiao.site.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FlatRowsTest {
    /** Rows across several chunks read back as they were set, before and after the last chunk is cut to size. */
    @Test
    void rowsAcrossChunksReadBackAsSet() {
        FlatRows rows = new FlatRows(3);
        List<List<Object>> expected = new ArrayList<>();
        for (int r = 0; r < 10_000; r++) {
            int row = rows.append();
            assertEquals(r, row);
            List<Object> values = java.util.Arrays.asList("r" + r, r % 7 == 0 ? null : (long) r, r / 2.0);
            for (int c = 0; c < 3; c++) rows.set(row, c, values.get(c));
            expected.add(values);
        }
        assertEquals(expected, rows);
        assertEquals(expected, rows.trimmed());
        assertEquals(List.of("r4097", 4097L, 2048.5), rows.get(4097));
        assertEquals(3, rows.get(9_999).size());
        assertThrows(IndexOutOfBoundsException.class, () -> rows.get(10_000));
        assertThrows(IndexOutOfBoundsException.class, () -> rows.get(0).get(3));
        assertThrows(UnsupportedOperationException.class, () -> rows.get(0).set(0, "x"));
    }

    @Test
    void anEmptyTableHasNoRows() {
        assertEquals(List.of(), new FlatRows(2).trimmed());
    }
}
