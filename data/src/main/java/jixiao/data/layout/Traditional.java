package jixiao.data.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Simplified text as the web converters behind some mirror sites print it (real 004, 011, 033, 034):
 * characters turned traditional one by one, with a pinyin note after some of them (項(xiàng)目).
 *
 * <p>The character table is OpenCC's traditional-to-simplified table ({@code reference/t2s.tsv})
 * read backwards, so every character it writes folds back to the one it came from. Where several
 * traditional characters share a simplified one, the lowest code point is taken, except where the
 * usual form is another ({@link #PREFERRED}); characters that are already the usual traditional form
 * in these documents stay ({@link #KEPT}: 局 is not 侷, 里 in 公里 is not 裏).
 */
public final class Traditional {
    /** Where several traditional characters share a simplified one, the one converters print. */
    private static final Map<Integer, Integer> PREFERRED = pairs("干幹台臺发發复復系係历歷采採钟鐘镇鎮证證当當苏蘇");
    /**
     * Simplified characters that are also the usual traditional ones in these documents, which the
     * backwards table would wrongly change (局 is not 侷, 表 not 錶, 合格 not 閤格, 猪舍 not 猪捨).
     */
    private static final Set<Integer> KEPT = "局里面云只才几余准范制出克千升占合同周回困家布床志扣折搜教查核注群舍表冲"
            .codePoints().boxed().collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Map<Integer, Integer> S2T = load();
    private static final Map<Integer, String> PINYIN = pinyin();

    private Traditional() {
    }

    /** The text in traditional characters, as the converter prints it (what the truth keeps). */
    public static String of(String s) {
        if (s == null) return null;
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(S2T.getOrDefault(cp, cp)));
        return out.toString();
    }

    /** Traditional text with the converter's pinyin notes after the characters it annotates. */
    public static String withPinyin(String traditional) {
        if (traditional == null) return null;
        StringBuilder out = new StringBuilder(traditional.length() + 16);
        traditional.codePoints().forEach(cp -> {
            out.appendCodePoint(cp);
            String note = PINYIN.get(cp);
            if (note != null) out.append('(').append(note).append(')');
        });
        return out.toString();
    }

    private static Map<Integer, Integer> pairs(String simplifiedTraditional) {
        int[] cps = simplifiedTraditional.codePoints().toArray();
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i + 1 < cps.length; i += 2) out.put(cps[i], cps[i + 1]);
        return Map.copyOf(out);
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, List<Integer>> candidates = new TreeMap<>();
        try (InputStream in = Traditional.class.getResourceAsStream("/jixiao/data/t2s.tsv")) {
            if (in == null) throw new IllegalStateException("jixiao/data/t2s.tsv is missing (copied from data/reference by the build)");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab <= 0) continue;
                int traditional = line.codePointAt(0);
                int simplified = line.codePointAt(tab + 1);
                candidates.computeIfAbsent(simplified, k -> new ArrayList<>()).add(traditional);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, Integer> out = new HashMap<>();
        candidates.forEach((s, ts) -> {
            if (KEPT.contains(s)) return;
            Integer preferred = PREFERRED.get(s);
            out.put(s, preferred != null && ts.contains(preferred) ? preferred : ts.stream().min(Integer::compare).orElseThrow());
        });
        return Map.copyOf(out);
    }

    private static Map<Integer, String> pinyin() {
        Map<Integer, String> out = new HashMap<>();
        try (InputStream in = Traditional.class.getResourceAsStream("/jixiao/data/pinyin.tsv")) {
            if (in == null) throw new IllegalStateException("jixiao/data/pinyin.tsv is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                out.put(f[0].codePointAt(0), f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
