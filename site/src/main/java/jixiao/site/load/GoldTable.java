package jixiao.site.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lake table as the site holds it: its name, Delta version and commit time, column names and rows.
 * Values are plain Java: String, Long, Integer, Double, Boolean, java.time.LocalDate / Instant, Map (sorted), or null.
 */
public record GoldTable(String name, long version, String committed, List<String> columns, List<List<Object>> rows) {
    public GoldTable {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(rows);
    }

    /** The rows as column → value maps (column order kept), the form templates read them in. */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) out.add(record(row));
        return out;
    }

    Map<String, Object> record(List<Object> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) m.put(columns.get(i), row.get(i));
        return Collections.unmodifiableMap(m);
    }

    /** The file name part: {@code gold/findings} → {@code findings}. */
    public String shortName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
