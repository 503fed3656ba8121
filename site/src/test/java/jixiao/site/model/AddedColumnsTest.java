package jixiao.site.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jixiao.site.load.GoldTable;

/** A row with added columns reads exactly as the copied map it replaced (the templates and data files see no change). */
class AddedColumnsTest {
    private static final List<String> TABLE = List.of("form_id", "units", "project_name");
    private static final List<String> ADDED = List.of("units", "url", "place");

    private static Map<String, Object> tableRow(Object... values) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList(values));
        return new GoldTable("silver/forms_normalised", 1, "t", TABLE, rows).records().get(0);
    }

    @Test
    void readsLikeTheCopyItReplaces() {
        Map<String, Object> row = tableRow("f1", 0.5, "道路养护");
        Map<String, Object> view = new AddedColumns(TABLE, ADDED).over(row, 1.0, "forms/f1.html", null);

        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.put("units", 1.0);
        copy.put("url", "forms/f1.html");
        copy.put("place", null);

        assertEquals(copy, view);
        assertEquals(copy.hashCode(), view.hashCode());
        assertEquals(List.copyOf(copy.keySet()), List.copyOf(view.keySet()), "the table's order, then the new columns");
        assertEquals(new ArrayList<>(copy.values()), new ArrayList<>(view.values()));
        assertEquals(1.0, view.get("units"), "an added column replaces the table's value");
        assertTrue(view.containsKey("place"), "a null added value is still a column");
        assertNull(view.get("place"));
        assertFalse(view.containsKey("nothing"));
        assertEquals("道路养护", view.get("project_name"));
    }

    @Test
    void refusesAWrongNumberOfValuesAndAColumnAddedTwice() {
        AddedColumns columns = new AddedColumns(TABLE, ADDED);
        Map<String, Object> row = tableRow("f1", 0.5, "x");
        assertThrows(IllegalArgumentException.class, () -> columns.over(row, "only one"));
        assertThrows(IllegalArgumentException.class, () -> new AddedColumns(TABLE, List.of("url", "url")));
    }

    @Test
    void isReadOnly() {
        Map<String, Object> view = new AddedColumns(TABLE, ADDED).over(tableRow("f1", 0.5, "x"), 1.0, "u", "p");
        assertThrows(UnsupportedOperationException.class, () -> view.put("url", "other"));
    }
}
