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
    /** T2S for the basic plane as a flat table (-1: no entry): every key of every piece is looked up here. */
    private static final int[] BMP_T2S = bmpTable(T2S);

    private Key() {
    }

    public static String of(String printed) {
        if (printed == null || printed.isEmpty()) return "";
        String s = Normalizer.normalize(printed, Normalizer.Form.NFKC);
        s = dropPinyin(s);
        if (hasSpace(s)) s = SPACE.matcher(s).replaceAll("");
        return simplified(s);
    }

    /** Printed text without a converter's pinyin notes; characters stay as printed. */
    public static String dropPinyin(String printed) {
        if (printed == null || !mayHoldPinyin(printed)) return printed;
        return PINYIN.matcher(printed).replaceAll("");
    }

    /** Traditional characters replaced by their simplified forms, code point by code point. */
    public static String simplified(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int to = simplifiedOf(cp);
            if (to >= 0 && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (out != null) out.appendCodePoint(to >= 0 ? to : cp);
            i += Character.charCount(cp);
        }
        return out == null ? s : out.toString();
    }

    /** Whether PINYIN could match: a bracket with a Latin letter right after it (brackets alone are common). */
    private static boolean mayHoldPinyin(String s) {
        for (int i = s.indexOf('('); i >= 0; i = s.indexOf('(', i + 1)) if (latinAfter(s, i)) return true;
        for (int i = s.indexOf('（'); i >= 0; i = s.indexOf('（', i + 1)) if (latinAfter(s, i)) return true;
        return false;
    }

    /** The letters PINYIN allows inside its brackets: [a-zA-Z\u00C0-\u024F\u1E00-\u1EFF]. */
    private static boolean latinAfter(String s, int bracket) {
        if (bracket + 1 >= s.length()) return false;
        char c = s.charAt(bracket + 1);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '\u00C0' && c <= '\u024F' || c >= '\u1E00' && c <= '\u1EFF';
    }

    /** A code point's simplified form, or -1 when the table has none. */
    private static int simplifiedOf(int cp) {
        if (cp < BMP_T2S.length) return BMP_T2S[cp];
        Integer to = T2S.get(cp);
        return to == null ? -1 : to;
    }

    /** Whether SPACE would find anything: most keys are made of text without white space. */
    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000' || c == '\u00A0') return true;
        }
        return false;
    }

    private static int[] bmpTable(Map<Integer, Integer> t2s) {
        int[] table = new int[Character.MIN_SUPPLEMENTARY_CODE_POINT];
        java.util.Arrays.fill(table, -1);
        t2s.forEach((from, to) -> {
            if (from < table.length) table[from] = to;
        });
        return table;
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
