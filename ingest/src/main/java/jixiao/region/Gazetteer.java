package jixiao.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * China's administrative divisions (province, city and county levels) from {@code gb2260.csv}
 * ({@code code,province,city,county}; see data/reference/SOURCE.md). Immutable.
 */
public final class Gazetteer {

    static final String RESOURCE = "/jixiao/region/gb2260.csv";
    private static final String HEADER = "code,province,city,county";
    // "广西壮族自治区" is written "广西" in running text; the ethnic part goes with the suffix.
    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("(壮族|回族|维吾尔)?(自治区|省|市)$");

    private static volatile Gazetteer shared;

    private final List<Division> divisions;
    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName;
    private final Map<String, Division> provinceByShortName;
    private final int longestName;

    private Gazetteer(List<Division> divisions) {
        this.divisions = List.copyOf(divisions);
        Map<String, Division> codes = new HashMap<>();
        Map<String, List<Division>> names = new HashMap<>();
        for (Division d : this.divisions) {
            if (codes.put(d.code(), d) != null) {
                throw new IllegalArgumentException("duplicate division code " + d.code());
            }
            names.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
        }
        Map<String, List<Division>> shortNames = new HashMap<>();
        for (Division d : this.divisions) {
            if (d.isProvince()) {
                String s = PROVINCE_SUFFIX.matcher(d.province()).replaceFirst("");
                shortNames.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, Division> provinceShort = new HashMap<>();
        shortNames.forEach((s, ds) -> {
            // Only short forms that cannot be read any other way.
            if (s.length() >= 2 && ds.size() == 1 && !names.containsKey(s)) provinceShort.put(s, ds.get(0));
        });
        Map<String, List<Division>> frozen = new HashMap<>();
        names.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byCode = Map.copyOf(codes);
        this.byName = Map.copyOf(frozen);
        this.provinceByShortName = Map.copyOf(provinceShort);
        this.longestName = names.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The gazetteer shipped on the classpath; read once, then shared. */
    public static Gazetteer load() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = shared;
                if (g == null) {
                    g = readResource();
                    shared = g;
                }
            }
        }
        return g;
    }

    private static Gazetteer readResource() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + RESOURCE
                    + " is missing (it is copied from data/reference/gb2260.csv by the build)");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromCsv(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads {@code code,province,city,county} rows (RFC 4180 quoting; empty field = no such level). */
    public static Gazetteer fromCsv(Reader reader) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Division> rows = new ArrayList<>();
        try {
            String header = in.readLine();
            if (header != null && header.startsWith("\uFEFF")) header = header.substring(1);
            if (!HEADER.equals(header)) {
                throw new IllegalArgumentException("gazetteer CSV must start with '" + HEADER + "', got: " + header);
            }
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                rows.add(parseRow(line, lineNo));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(rows);
    }

    private static Division parseRow(String line, int lineNo) {
        List<String> f = splitCsv(line, lineNo);
        if (f.size() != 4) throw new IllegalArgumentException("line " + lineNo + ": expected 4 fields: " + line);
        String code = f.get(0);
        String province = emptyToNull(f.get(1));
        String city = emptyToNull(f.get(2));
        String county = emptyToNull(f.get(3));
        if (!isSixDigits(code) || province == null) {
            throw new IllegalArgumentException("line " + lineNo + ": needs a 6-digit code and a province: " + line);
        }
        return new Division(code, province, city, county);
    }

    private static List<String> splitCsv(String line, int lineNo) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cur.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException("line " + lineNo + ": unterminated quote");
        fields.add(cur.toString());
        return fields;
    }

    private static String emptyToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static boolean isSixDigits(String s) {
        if (s == null || s.length() != 6) return false;
        for (int i = 0; i < 6; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    public Optional<Division> byCode(String sixDigits) {
        return isSixDigits(sixDigits) ? Optional.ofNullable(byCode.get(sixDigits)) : Optional.empty();
    }

    /** Divisions whose full name (with suffix: 省, 市, 区, 县, 旗...) is exactly {@code name}; may be several. */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** A province written without its suffix ("四川", "广西"), if that short form is unambiguous. */
    public Optional<Division> provinceByShortName(String shortName) {
        return Optional.ofNullable(provinceByShortName.get(shortName));
    }

    /** Length of the longest full or short name, to bound substring searches. */
    public int longestName() {
        return longestName;
    }

    /** All divisions, sorted as in the CSV. */
    public List<Division> divisions() {
        return divisions;
    }

    /** Row counts by level: keys "province", "city", "county". */
    public Map<String, Integer> countsByLevel() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("province", 0);
        counts.put("city", 0);
        counts.put("county", 0);
        for (Division d : divisions) {
            String level = d.isCounty() ? "county" : d.isCity() ? "city" : "province";
            counts.merge(level, 1, Integer::sum);
        }
        return counts;
    }
}
