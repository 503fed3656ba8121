package jixiao.recognise.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The comparable form of printed text, for matching it against the vocabulary: NFKC, traditional
 * characters made simplified (OpenCC's table, {@code t2s.tsv}), the pinyin that some converters print
 * after each character ({@code 項(xiàng)目}) dropped, white space removed. Output text keeps its
 * printed characters; only {@link #dropPinyin} is applied to it.
 */
public final class Key {
    static final String T2S_RESOURCE = "/jixiao/recognise/t2s.tsv";
    /** A converter's pinyin note after a Chinese character: 項(xiàng), 區(qū), 衛(wèi). */
    private static final Pattern PINYIN = Pattern.compile("(?<=\\p{IsHan})[(（][a-zA-Z\\u00C0-\\u024F\\u1E00-\\u1EFF]{1,8}[)）]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Map<Integer, Integer> T2S = loadT2s();

    private Key() {
    }

    public static String of(String printed) {
        if (printed == null || printed.isEmpty()) return "";
        String s = Normalizer.normalize(printed, Normalizer.Form.NFKC);
        s = dropPinyin(s);
        s = SPACE.matcher(s).replaceAll("");
        return simplified(s);
    }

    /** Printed text without a converter's pinyin notes; characters stay as printed. */
    public static String dropPinyin(String printed) {
        if (printed == null || printed.indexOf('(') < 0 && printed.indexOf('（') < 0) return printed;
        return PINYIN.matcher(printed).replaceAll("");
    }

    /** Traditional characters replaced by their simplified forms, code point by code point. */
    public static String simplified(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            Integer to = T2S.get(cp);
            if (to != null && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (out != null) out.appendCodePoint(to != null ? to : cp);
            i += Character.charCount(cp);
        }
        return out == null ? s : out.toString();
    }

    /** True when the text holds traditional characters the table knows (a converted page). */
    public static boolean hasTraditional(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (T2S.containsKey(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    private static Map<Integer, Integer> loadT2s() {
        Map<Integer, Integer> map = new HashMap<>();
        InputStream in = Key.class.getResourceAsStream(T2S_RESOURCE);
        if (in == null) throw new IllegalStateException(T2S_RESOURCE + " is missing (copied from data/reference/t2s.tsv by the build)");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab <= 0) continue;
                map.put(line.codePointAt(0), line.codePointAt(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
