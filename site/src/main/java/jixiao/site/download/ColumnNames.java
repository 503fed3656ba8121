package jixiao.site.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import jixiao.transform.RateBand;

/**
 * The downloads' vocabulary, loaded from {@code columns.tsv} beside this class: each table's Chinese sheet name and
 * whether it gets a CSV of its own, each column's Chinese header, format and meaning. A column means the same in
 * every table unless a line for that table says otherwise. The execution-rate band columns are named from
 * {@link RateBand}, where their edges live.
 */
public final class ColumnNames {
    static final String RESOURCE = "columns.tsv";
    private static final String ANY = "*";
    private static final ColumnNames DEFAULT = load();

    private final Map<String, Column> columns;
    private final Map<String, String> sheets;
    private final Map<String, Boolean> ownCsv;
    private final String fingerprint;

    private ColumnNames(Map<String, Column> columns, Map<String, String> sheets, Map<String, Boolean> ownCsv, String fingerprint) {
        this.columns = Map.copyOf(columns);
        this.sheets = Map.copyOf(sheets);
        this.ownCsv = Map.copyOf(ownCsv);
        this.fingerprint = fingerprint;
    }

    public static ColumnNames get() {
        return DEFAULT;
    }

    static ColumnNames load() {
        try (InputStream in = ColumnNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ColumnNames parse(String tsv) {
        Map<String, Column> columns = new HashMap<>();
        Map<String, String> sheets = new HashMap<>();
        Map<String, Boolean> ownCsv = new HashMap<>();
        for (RateBand b : RateBand.values()) {
            columns.put(key(ANY, b.column()), new Column(b.column(), "执行率" + b.label(), ColumnFormat.COUNT,
                    "预算执行率" + b.label() + "的自评表张数"));
        }
        int n = 0;
        for (String line : tsv.split("\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 5 || f[2].isBlank()) throw new IllegalStateException(RESOURCE + " line " + n + ": want 5 fields: " + line);
            String table = f[0].strip(), column = f[1].strip(), chinese = f[2].strip(), format = f[3].strip();
            if (column.equals(ANY)) {
                sheets.put(table, chinese);
                if (!format.equals("csv") && !format.equals("zip")) throw new IllegalStateException(RESOURCE + " line " + n + ": csv or zip");
                ownCsv.put(table, format.equals("csv"));
            } else if (columns.put(key(table, column), new Column(column, chinese, ColumnFormat.of(format), f[4].strip())) != null) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": " + table + " " + column + " given twice");
            }
        }
        return new ColumnNames(columns, sheets, ownCsv, sha256(tsv));
    }

    /** The column of {@code table} as shown; a column the vocabulary lacks keeps its name and its values ({@link ColumnFormat#RAW}). */
    public Column column(String table, String name) {
        Column c = find(table, name);
        return c != null ? c : new Column(name, name, ColumnFormat.RAW, "");
    }

    /** Whether the vocabulary names this column (in this table or in every table). */
    public boolean knows(String table, String name) {
        return find(table, name) != null;
    }

    /** The table's sheet name, or its short name when the vocabulary lacks it. */
    public String sheet(String table) {
        return sheets.getOrDefault(table, table.substring(table.lastIndexOf('/') + 1));
    }

    /** Whether the table gets a CSV file of its own besides its entry in the CSV zip (tables not listed do). */
    public boolean ownCsv(String table) {
        return ownCsv.getOrDefault(table, true);
    }

    /** SHA-256 of the vocabulary's text: a changed word rewrites the downloads. */
    public String fingerprint() {
        return fingerprint;
    }

    private Column find(String table, String name) {
        Column c = columns.get(key(table, name));
        return c != null ? c : columns.get(key(ANY, name));
    }

    private static String key(String table, String column) {
        return table + '\u001f' + column;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
