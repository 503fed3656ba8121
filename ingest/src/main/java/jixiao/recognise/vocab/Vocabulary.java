package jixiao.recognise.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed vocabulary of forms across provinces, loaded from {@code vocabulary.tsv}: canonical
 * fields (label.project_name, ind.target, level2 …), their printed variants and how each may match.
 * The recogniser, the generator and the analytics read headings from here, so a variant seen in a
 * new province is one line in that file.
 */
public final class Vocabulary {
    static final String RESOURCE = "/jixiao/recognise/vocabulary.tsv";
    private static final Pattern TRAILING_NOTE = Pattern.compile("[(（][^()（）]*[)）]$");
    /** Families never cut out of run-together text: units and signs are read with their numbers. */
    private static final java.util.Set<String> UNSCANNED = java.util.Set.of("unit", "comparator");
    private static final Vocabulary INSTANCE = load();

    /** How a variant may match printed text (see the file's header). */
    public enum Mode { EXACT, PREFIX, CONTAINED, PATTERN }

    /** One printed variant of a field; {@code key} is its {@link Key} form. */
    public record Entry(String field, String variant, Mode mode, String key, Pattern pattern) {
        /** The field's family: "label", "ind", "budget", "level1", "title" … */
        public String family() {
            int dot = field.indexOf('.');
            return dot < 0 ? field : field.substring(0, dot);
        }

        /** family().equals(family) without cutting the field: readers ask it in their inner loops. */
        public boolean inFamily(String family) {
            int dot = field.indexOf('.');
            int length = dot < 0 ? field.length() : dot;
            return length == family.length() && field.startsWith(family);
        }
    }

    /** A variant found inside a longer text: its entries (one variant may name several fields) and span in the key. */
    public record Hit(String variant, List<Entry> entries, int start, int end) {
        public boolean has(String field) {
            for (Entry e : entries) if (e.field().equals(field)) return true;
            return false;
        }

        public boolean hasFamily(String family) {
            for (Entry e : entries) if (e.inFamily(family)) return true;
            return false;
        }
    }

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byField = new LinkedHashMap<>();
    private final Map<String, List<Entry>> byKey = new LinkedHashMap<>();
    private final Map<String, List<Entry>> byWhole = new java.util.HashMap<>();
    private final Map<String, List<Entry>> byBare = new java.util.HashMap<>();
    private final List<String> containedKeys;
    /** Contained keys by their first character, longest first: where a scan looks at each place of a text. */
    private final Map<Character, List<String>> containedByFirst = new java.util.HashMap<>();
    private final Map<String, List<Entry>> containedEntries = new java.util.HashMap<>();

    private Vocabulary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            byField.computeIfAbsent(e.field(), k -> new ArrayList<>()).add(e);
            if (e.mode() != Mode.PATTERN) byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
            if (e.mode() == Mode.EXACT || e.mode() == Mode.CONTAINED) {
                byWhole.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
                byBare.computeIfAbsent(bare(e.key()), k -> new ArrayList<>()).add(e);
            }
        }
        containedKeys = entries.stream().filter(e -> e.mode() == Mode.CONTAINED && !UNSCANNED.contains(e.family()))
                .map(Entry::key).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String k : containedKeys) {
            containedByFirst.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(k);
            containedEntries.put(k, byKey.get(k).stream().filter(e -> e.mode() == Mode.CONTAINED).toList());
        }
        unitKeys = entries.stream().filter(e -> e.field().equals("unit")).map(Entry::key).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        unitKeySet = java.util.Set.copyOf(unitKeys);
    }

    private final List<String> unitKeys;
    /** The same keys, for asking whether a text is one (asked of most pieces an aligner weighs). */
    private final java.util.Set<String> unitKeySet;

    /** The longest unit printed at {@code from} in {@code text} (550万粒 → 万粒), or null. */
    public String unitAt(String text, int from) {
        for (String u : unitKeys) if (text.startsWith(u, from)) return u;
        return null;
    }

    /** True when the whole text is a unit of the catalogue. */
    public boolean isUnit(String text) {
        return unitKeySet.contains(text);
    }

    public static Vocabulary get() {
        return INSTANCE;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The printed variants of a field, in catalogue order. */
    public List<String> variants(String field) {
        return byField.getOrDefault(field, List.of()).stream().map(Entry::variant).toList();
    }

    /** The entries of a whole cell: the cell says this variant and nothing else (notes and a colon aside). */
    public List<Entry> whole(String printed) {
        if (printed == null) return List.of();
        // the same cells recur in every form (headings, level names): their entries are computed once
        return cached(wholeCache, printed, this::wholeUncached);
    }

    /** A lookup remembered per text; the map is emptied when it grows past a bound, so memory stays flat. */
    private static <T> List<T> cached(Map<String, List<T>> cache, String text, java.util.function.Function<String, List<T>> compute) {
        List<T> hit = cache.get(text);
        if (hit != null) return hit;
        List<T> out = List.copyOf(compute.apply(text));
        if (cache.size() > 100_000) cache.clear();
        cache.put(text, out);
        return out;
    }

    private final Map<String, List<Entry>> wholeCache = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Entry> wholeUncached(String printed) {
        String key = Key.of(printed);
        if (key.isEmpty()) return List.of();
        String bare = bare(key);
        List<Entry> out = new ArrayList<>();
        // entries in catalogue order: those equal to the key or its bare form, by index; prefixes and patterns by scan
        java.util.Set<Entry> equal = new java.util.HashSet<>();
        equal.addAll(byWhole.getOrDefault(key, List.of()));
        equal.addAll(byWhole.getOrDefault(bare, List.of()));
        equal.addAll(byBare.getOrDefault(bare, List.of()));
        for (Entry e : entries) {
            boolean match = switch (e.mode()) {
                case PATTERN -> e.pattern().matcher(key).find();
                case PREFIX -> key.startsWith(e.key());
                case EXACT, CONTAINED -> equal.contains(e);
            };
            if (match) out.add(e);
        }
        return out;
    }

    /** True when the whole cell is a variant of this field. */
    public boolean is(String printed, String field) {
        for (Entry e : whole(printed)) if (e.field().equals(field)) return true;
        return false;
    }

    /** True when the whole cell is a variant of a field of this family (label, ind, level2 …). */
    public boolean isFamily(String printed, String family) {
        for (Entry e : whole(printed)) if (e.inFamily(family)) return true;
        return false;
    }

    /** The first field of a whole cell, or empty. */
    public Optional<String> field(String printed) {
        return whole(printed).stream().map(Entry::field).findFirst();
    }

    /**
     * Contained variants inside a key ({@link Key#of}), leftmost first and longest at each place,
     * never overlapping: how run-together text ("项目名称城镇建设管理主管部门…") is cut.
     */
    public List<Hit> scan(String key) {
        return cached(scanCache, key, this::scanUncached);
    }

    private final Map<String, List<Hit>> scanCache = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Hit> scanUncached(String key) {
        // every occurrence of every variant, then the non-overlapping set that covers most text,
        // titles first: "…项目绩效目标自评表" is a title, not the level-one heading 项目绩效
        List<Hit> all = new ArrayList<>();
        for (int at = 0; at < key.length(); at++) {
            for (String k : containedByFirst.getOrDefault(key.charAt(at), List.of())) {
                if (key.startsWith(k, at)) all.add(new Hit(containedEntries.get(k).get(0).variant(), containedEntries.get(k), at, at + k.length()));
            }
        }
        if (all.isEmpty()) return List.of();
        all.sort(Comparator.comparingInt(Hit::end).thenComparingInt(Hit::start));
        int n = all.size();
        double[] best = new double[n + 1];
        int[] choice = new int[n + 1];
        int[] prev = new int[n];
        for (int i = 0; i < n; i++) {
            int p = -1;
            for (int j = i - 1; j >= 0; j--) {
                if (all.get(j).end() <= all.get(i).start()) {
                    p = j;
                    break;
                }
            }
            prev[i] = p;
        }
        for (int i = 1; i <= n; i++) {
            Hit h = all.get(i - 1);
            double take = weight(h) + best[prev[i - 1] + 1];
            if (take > best[i - 1]) {
                best[i] = take;
                choice[i] = 1;
            } else {
                best[i] = best[i - 1];
            }
        }
        List<Hit> out = new ArrayList<>();
        for (int i = n; i > 0; ) {
            if (choice[i] == 1) {
                out.add(all.get(i - 1));
                i = prev[i - 1] + 1;
            } else {
                i--;
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static double weight(Hit h) {
        double w = h.end() - h.start();
        if (h.hasFamily("title")) w += 6;
        return w * w; // one long heading outweighs two short ones it overlaps
    }

    /** A key without parenthesised notes — （万元）, （A）, （盖章）, （10分） — and a trailing colon. */
    public static String bare(String key) {
        String s = key;
        for (boolean changed = true; changed; ) {
            changed = false;
            while (s.endsWith(":")) {
                s = s.substring(0, s.length() - 1);
                changed = true;
            }
            Matcher m = TRAILING_NOTE.matcher(s);
            if (m.find() && m.start() > 0) {
                s = s.substring(0, m.start());
                changed = true;
            }
        }
        return s;
    }

    private static Vocabulary load() {
        InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the class path");
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 3) throw new IllegalStateException(RESOURCE + ":" + n + ": expected field<TAB>variant<TAB>mode");
                Mode mode = Mode.valueOf(f[2].strip().toUpperCase());
                Pattern p = mode == Mode.PATTERN ? Pattern.compile(f[1]) : null;
                entries.add(new Entry(f[0].strip(), f[1], mode, mode == Mode.PATTERN ? f[1] : Key.of(f[1]), p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(entries);
    }

    /** Matches a pattern entry's regex against a key (for callers that hold a Matcher). */
    public static Matcher matcher(Entry e, String key) {
        return e.pattern().matcher(key);
    }
}
