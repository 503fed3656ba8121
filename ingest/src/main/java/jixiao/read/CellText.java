package jixiao.read;

import java.text.Normalizer;

/** How raw cell text is cleaned before recognition: the one place for it. */
public final class CellText {
    private CellText() {
    }

    /**
     * NFKC (full-width letters, digits, punctuation and the ideographic space become ASCII), then
     * trims each line and drops blank lines; line breaks inside a cell are kept as '\n'.
     */
    public static String clean(String raw) {
        if (raw == null) return "";
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC)
                .replace('\u00A0', ' ')
                .replace("\r", "");
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(t);
        }
        return out.toString();
    }
}
