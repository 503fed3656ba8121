package jixiao.site.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A table read in part tells a page that asks for a column left out, instead of showing it empty. */
class GoldTableTest {
    private static List<List<Object>> oneRow(Object... values) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(values));
        return rows;
    }

    @Test
    void aColumnLeftOutIsAnErrorAndAnUnknownOneIsEmpty() {
        GoldTable t = new GoldTable("silver/indicators_normalised", 3, "t", List.of("form_id", "name"), oneRow("f1", "培训人次"),
                Set.of("attainment"));
        Map<String, Object> row = t.records().get(0);
        assertEquals("培训人次", row.get("name"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> row.get("attainment"));
        assertTrue(e.getMessage().contains("silver/indicators_normalised.attainment"), e.getMessage());
        // a column the table never had (a lake older than the column) reads as null, as before
        assertNull(row.get("not_a_column"));
    }

    @Test
    void aTableReadWholeLeavesNothingOut() {
        GoldTable t = new GoldTable("gold/findings", 1, "t", List.of("form_id"), oneRow("f1"));
        assertEquals(Set.of(), t.notRead());
        assertNull(t.records().get(0).get("anything"));
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GoldTable("gold/x", 1, "t", List.of("a", "a"), oneRow(1, 2)));
    }
}
